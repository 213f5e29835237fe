#include "report/diagrampainter.h"
#include "report/diagramrender.h"
#include "uisample.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QSet>
#include <QTest>

using namespace tb;

class tst_DiagramPainter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void svgHasNames();
    void imageIsDrawn();
    void boundsCoverEverything();
    void fitKeepsAspect();
    void hitTest();
    void emptyDiagram();
    void unknownDiagram();

private:
    Project m_project;
    uitest::UiSampleIds m_ids;
};

void tst_DiagramPainter::initTestCase()
{
    QVERIFY(uitest::buildUiSample(m_project, &m_ids));
    QCOMPARE(m_project.data().elements.size(), 4);
    QCOMPARE(m_project.data().flows.size(), 4);
}

void tst_DiagramPainter::svgHasNames()
{
    QBuffer buffer;
    const Result<void> r = renderDiagramSvg(m_project.data(), m_ids.diagram, &buffer);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
    const QString svg = QString::fromUtf8(buffer.data());
    if (const QByteArray dump = qgetenv("TB_DUMP_SVG"); !dump.isEmpty()) {
        QFile f(QString::fromLocal8Bit(dump));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(buffer.data());
    }
    QVERIFY(svg.startsWith(QLatin1String("<?xml")));
    QVERIFY(svg.contains(QLatin1String("<svg")));
    // Names may be wrapped onto several lines inside their shape, so look for each word.
    for (const char *text :
         {"Home Owner", "Lock Firmware", "Cloud API", "Audit Log", "Unlock command",
          "Firmware update", "Write event", "BLE radio", "Backend"}) {
        for (const QString &word : QString::fromLatin1(text).split(QLatin1Char(' ')))
            QVERIFY2(svg.contains(word), text);
    }
    // Stencil labels come from the property catalogue, not the raw stencil id.
    QVERIFY(svg.contains(QLatin1String("Web application")));
    QVERIFY(svg.contains(QLatin1String("IoT device")));
}

void tst_DiagramPainter::imageIsDrawn()
{
    const Result<QImage> r = renderDiagramImage(m_project.data(), m_ids.diagram, 1.0);
    QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
    const QImage image = r.value();
    const QRectF bounds
        = DiagramPainter(m_project.data()).bounds(m_project.data().diagrams[m_ids.diagram]);
    QCOMPARE(image.size(), QSize(qCeil(bounds.width()), qCeil(bounds.height())));

    const QRgb background = image.pixel(0, 0);
    QCOMPARE(QColor(background), QColor(Qt::white));
    qsizetype painted = 0;
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb px = image.pixel(x, y);
            if (px != background)
                ++painted;
            colours.insert(px);
        }
    }
    // Zones, shapes, lines and text: a good share of the page, in many colours.
    QVERIFY2(painted > image.width() * image.height() / 5, qPrintable(QString::number(painted)));
    QVERIFY(colours.size() > 20);
    if (const QByteArray dump = qgetenv("TB_DUMP_DIAGRAM"); !dump.isEmpty())
        image.save(QString::fromLocal8Bit(dump));
}

void tst_DiagramPainter::boundsCoverEverything()
{
    const Diagram &diagram = m_project.data().diagrams[m_ids.diagram];
    const QRectF bounds = DiagramPainter(m_project.data()).bounds(diagram);
    for (auto it = diagram.placements.cbegin(); it != diagram.placements.cend(); ++it) {
        if (!it->rect.isNull())
            QVERIFY(bounds.contains(it->rect));
        for (const QPointF &p : it->points)
            QVERIFY(bounds.contains(p));
    }
}

void tst_DiagramPainter::fitKeepsAspect()
{
    const QRectF bounds(100, 50, 400, 200);
    const QTransform t = DiagramPainter::fitTransform(bounds, QRectF(0, 0, 200, 200), 10);
    const QRectF mapped = t.mapRect(bounds);
    QCOMPARE(mapped.width(), 200.0);
    QCOMPARE(mapped.height(), 100.0);
    QCOMPARE(mapped.center(), QPointF(100, 100));
    // Never enlarged beyond maxScale.
    const QRectF small
        = DiagramPainter::fitTransform(bounds, QRectF(0, 0, 4000, 4000), 1.0).mapRect(bounds);
    QCOMPARE(small.size(), bounds.size());
}

void tst_DiagramPainter::hitTest()
{
    const Diagram &diagram = m_project.data().diagrams[m_ids.diagram];
    const DiagramPainter painter(m_project.data());
    QCOMPARE(painter.objectAt(diagram, diagram.placements[m_ids.cloud].rect.center()), m_ids.cloud);
    // Inside the nested zone but on no element: the innermost zone.
    QCOMPARE(painter.objectAt(diagram, QPointF(640, 390)), m_ids.backend);
    QCOMPARE(painter.objectAt(diagram, QPointF(630, 40)), m_ids.vendor);
    QVERIFY(painter.objectAt(diagram, QPointF(-500, -500)).isNull());
}

void tst_DiagramPainter::emptyDiagram()
{
    const ProjectData blank = Project::blank(QStringLiteral("Empty"));
    const Id diagram = blank.diagrams.keys().value(0);
    const Result<QImage> r = renderDiagramImage(blank, diagram);
    QVERIFY(r.ok());
    QVERIFY(!r->isNull());
    QBuffer buffer;
    QVERIFY(renderDiagramSvg(blank, diagram, &buffer).ok());
}

void tst_DiagramPainter::unknownDiagram()
{
    QBuffer buffer;
    const Result<void> r = renderDiagramSvg(m_project.data(), newId(), &buffer);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY(!renderDiagramImage(m_project.data(), m_ids.diagram, -1).ok());
}

QTEST_MAIN(tst_DiagramPainter)
#include "tst_diagrampainter.moc"
