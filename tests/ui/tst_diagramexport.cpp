#include "mainwindow/diagramexport.h"
#include "panelfixture.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QSvgRenderer>

using namespace tb;

class tst_DiagramExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writes_data();
    void writes();
    void refusals();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Id m_diagram;
};

void tst_DiagramExport::initTestCase()
{
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("export.threatbench"));
    QVERIFY(m_doc);
    m_diagram = ProjectData::sortedIds(m_doc->data().diagrams).first();
}

void tst_DiagramExport::writes_data()
{
    QTest::addColumn<QString>("name");
    QTest::addRow("svg") << QStringLiteral("diagram.svg");
    QTest::addRow("SVG upper case") << QStringLiteral("DIAGRAM.SVG");
    QTest::addRow("png") << QStringLiteral("diagram.png");
}

void tst_DiagramExport::writes()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QCOMPARE(exportDiagramTo(m_doc->data(), m_diagram, path), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    // Every element placed on the diagram is drawn with its name.
    const Diagram &diagram = m_doc->data().diagrams[m_diagram];
    QStringList names;
    for (auto it = diagram.placements.cbegin(); it != diagram.placements.cend(); ++it)
        if (const auto e = m_doc->data().elements.constFind(it.key());
            e != m_doc->data().elements.cend())
            names.append(e->name);
    QVERIFY(names.size() > 5);
    if (name.endsWith(QLatin1String("svg"), Qt::CaseInsensitive)) {
        QSvgRenderer svg(bytes);
        QVERIFY(svg.isValid());
        QVERIFY(svg.defaultSize().width() > 400);
        for (const QString &n : std::as_const(names)) {
            // Long names are wrapped over lines: look for the first word.
            const QString word = n.section(QLatin1Char(' '), 0, 0).toHtmlEscaped();
            QVERIFY2(bytes.contains(word.toUtf8()), qPrintable(n));
        }
    } else {
        QImage image;
        QVERIFY(image.loadFromData(bytes, "PNG"));
        QVERIFY(image.width() > 800);
        // Drawn, on white: the corner is white and the picture is not one colour.
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
        int dark = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY(dark > 100);
    }
}

void tst_DiagramExport::refusals()
{
    // No such folder: an error naming the path, and nothing written.
    const QString missing = m_dir.filePath(QStringLiteral("no/such/folder/d.svg"));
    const QString error = exportDiagramTo(m_doc->data(), m_diagram, missing);
    QVERIFY2(error.contains(missing), qPrintable(error));
    QVERIFY(!QFile::exists(missing));
    // An unknown diagram: an error, and no file left behind.
    const QString path = m_dir.filePath(QStringLiteral("unknown.png"));
    QVERIFY(!exportDiagramTo(m_doc->data(), newId(), path).isEmpty());
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(tst_DiagramExport)
#include "tst_diagramexport.moc"
