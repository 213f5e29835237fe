// Copy, cut, paste and duplicate on the canvas, through the real view's keyboard shortcuts.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/selectionclipboard.h"
#include "canvasfixture.h"
#include "document/document.h"
#include "uisample.h"

#include <QApplication>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace tb;

class tst_CanvasClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void copyPasteTakesInnerFlows();
    void repeatedPasteSteps();
    void cutThenPaste();
    void duplicateLeavesClipboard();
    void pasteFollowsZones();
    void pasteIntoOtherProject();
    void foreignTextIsIgnored();

private:
    void click(const Id &id, Qt::KeyboardModifiers mods = {});
    void key(DiagramView *view, Qt::Key k) { QTest::keyClick(view, k, Qt::ControlModifier); }
    QRectF rectOf(const Document *doc, const Id &id) const;
    QRectF rectOf(const Id &id) const { return rectOf(m_doc, id); }
    /// The one element whose name is `name` and whose id is not `except`.
    Id copyOf(const ProjectData &data, const QString &name, const QSet<Id> &except) const;
    QUndoStack *undo() const { return m_doc->undoStack(); }
    const ProjectData &data() const { return m_doc->data(); }

    QTemporaryDir m_dir;
    uitest::UiSampleIds m_ids;
    uitest::CanvasFixture m_fx;
    Document *m_doc = nullptr;
    DiagramView *m_view = nullptr;
};

void tst_CanvasClipboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void tst_CanvasClipboard::init()
{
    QVERIFY(m_fx.open(m_dir));
    m_ids = m_fx.ids();
    m_doc = m_fx.doc();
    m_view = m_fx.view();
    QGuiApplication::clipboard()->clear();
}

void tst_CanvasClipboard::cleanup()
{
    m_fx.close();
    m_view = nullptr;
    m_doc = nullptr;
}

void tst_CanvasClipboard::click(const Id &id, Qt::KeyboardModifiers mods)
{
    QTest::mouseClick(m_view->viewport(), Qt::LeftButton, mods,
                      m_view->mapFromDiagram(rectOf(id).center()).toPoint());
}

QRectF tst_CanvasClipboard::rectOf(const Document *doc, const Id &id) const
{
    const ProjectData &d = doc->data();
    const Id diagram = ProjectData::sortedIds(d.diagrams).value(0);
    return d.diagrams[diagram].placements.value(id).rect;
}

Id tst_CanvasClipboard::copyOf(const ProjectData &d, const QString &name,
                               const QSet<Id> &except) const
{
    Id found;
    for (const Element &e : d.elements) {
        if (e.name == name && !except.contains(e.id)) {
            if (!found.isNull())
                return {}; // more than one: ambiguous
            found = e.id;
        }
    }
    return found;
}

void tst_CanvasClipboard::copyPasteTakesInnerFlows()
{
    click(m_ids.cloud);
    click(m_ids.log, Qt::ControlModifier);
    QCOMPARE(m_view->selectedIds().size(), 2);
    key(m_view, Qt::Key_C);
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    QVERIFY(mime->hasFormat(QString::fromLatin1(kSelectionMimeType)));
    QVERIFY(mime->text().contains(QStringLiteral("Audit Log")));
    QCOMPARE(undo()->count(), 0); // copying changes nothing

    const qsizetype elements = data().elements.size(), flows = data().flows.size();
    key(m_view, Qt::Key_V);
    QCOMPARE(data().elements.size(), elements + 2);
    // Only "Write event" runs between the two; the flows to the firmware stay behind.
    QCOMPARE(data().flows.size(), flows + 1);
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->undoText(), QStringLiteral("Paste 2 Elements"));
    const Id cloud = copyOf(data(), QStringLiteral("Cloud API"), {m_ids.cloud});
    const Id log = copyOf(data(), QStringLiteral("Audit Log"), {m_ids.log});
    QVERIFY(!cloud.isNull() && !log.isNull());
    QCOMPARE(rectOf(cloud), rectOf(m_ids.cloud).translated(20, 20));
    QCOMPARE(rectOf(log), rectOf(m_ids.log).translated(20, 20));
    QCOMPARE(data().elements[cloud].stencil, data().elements[m_ids.cloud].stencil);
    Id write;
    for (const Flow &f : data().flows) {
        if (f.source == cloud)
            write = f.id;
    }
    QVERIFY(!write.isNull());
    QCOMPARE(data().flows[write].target, log);
    QCOMPARE(data().flows[write].name, QStringLiteral("Write event"));
    const Id diagram = m_ids.diagram;
    QCOMPARE(data().diagrams[diagram].placements[write].points,
             QList<QPointF>{QPointF(780, 250)}); // the bend moved with them
    QVERIFY(m_view->selectedIds().contains(cloud));
    QVERIFY(m_view->selectedIds().contains(log));
    QVERIFY(!m_view->selectedIds().contains(m_ids.cloud));
    QVERIFY(m_view->diagramScene()->elementItem(cloud));
    QVERIFY(m_view->diagramScene()->flowItem(write));

    undo()->undo();
    QCOMPARE(data().elements.size(), elements);
    QCOMPARE(data().flows.size(), flows);
    QVERIFY(!m_view->diagramScene()->elementItem(cloud));
    undo()->redo();
    QVERIFY(data().flows.contains(write));
    QVERIFY(m_view->diagramScene()->flowItem(write));
}

void tst_CanvasClipboard::repeatedPasteSteps()
{
    click(m_ids.owner);
    key(m_view, Qt::Key_C);
    key(m_view, Qt::Key_V);
    const Id first = copyOf(data(), QStringLiteral("Home Owner"), {m_ids.owner});
    QVERIFY(!first.isNull());
    key(m_view, Qt::Key_V);
    const Id second = copyOf(data(), QStringLiteral("Home Owner"), {m_ids.owner, first});
    QVERIFY(!second.isNull());
    QCOMPARE(rectOf(first), rectOf(m_ids.owner).translated(20, 20));
    QCOMPARE(rectOf(second), rectOf(m_ids.owner).translated(40, 40));
    QCOMPARE(undo()->count(), 2);
}

void tst_CanvasClipboard::cutThenPaste()
{
    click(m_ids.firmware);
    const QRectF firmware = rectOf(m_ids.firmware);
    key(m_view, Qt::Key_X);
    QVERIFY(!data().elements.contains(m_ids.firmware));
    for (const Id &f : {m_ids.unlock, m_ids.status, m_ids.update})
        QVERIFY(!data().flows.contains(f));
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->undoText(), QStringLiteral("Cut Item"));
    const qsizetype flows = data().flows.size();
    key(m_view, Qt::Key_V);
    const Id pasted = copyOf(data(), QStringLiteral("Lock Firmware"), {});
    QVERIFY(!pasted.isNull());
    QVERIFY(pasted != m_ids.firmware);
    QCOMPARE(rectOf(pasted), firmware.translated(20, 20));
    QCOMPARE(data().flows.size(), flows); // its flows went to other elements
    QCOMPARE(undo()->count(), 2);
    undo()->undo();
    undo()->undo();
    QVERIFY(data().elements.contains(m_ids.firmware));
    QVERIFY(data().flows.contains(m_ids.unlock));
}

void tst_CanvasClipboard::duplicateLeavesClipboard()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("keep me"));
    click(m_ids.owner);
    click(m_ids.firmware, Qt::ControlModifier);
    const qsizetype flows = data().flows.size();
    key(m_view, Qt::Key_D);
    QCOMPARE(undo()->count(), 1);
    QCOMPARE(undo()->undoText(), QStringLiteral("Duplicate 2 Elements"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("keep me"));
    const Id owner = copyOf(data(), QStringLiteral("Home Owner"), {m_ids.owner});
    const Id firmware = copyOf(data(), QStringLiteral("Lock Firmware"), {m_ids.firmware});
    QVERIFY(!owner.isNull() && !firmware.isNull());
    QCOMPARE(data().flows.size(), flows + 1); // the unlock command between them
    QCOMPARE(rectOf(firmware), rectOf(m_ids.firmware).translated(20, 20));
    QCOMPARE(m_view->selectedIds().size(), 3);
}

void tst_CanvasClipboard::pasteFollowsZones()
{
    // A copy lands in the zone under it, whatever zone the original was in.
    click(m_ids.owner);
    key(m_view, Qt::Key_C);
    key(m_view, Qt::Key_V);
    const Id inside = copyOf(data(), QStringLiteral("Home Owner"), {m_ids.owner});
    QCOMPARE(data().elements[inside].zone, m_ids.internet);
    // Edit the clipboard so the copy lands far outside every zone.
    QJsonObject json
        = QJsonDocument::fromJson(QGuiApplication::clipboard()->text().toUtf8()).object();
    QJsonArray items = json.value(QStringLiteral("elements")).toArray();
    QJsonObject item = items[0].toObject();
    item.insert(QStringLiteral("rect"), QJsonArray{2000, 2000, 140, 70});
    items[0] = item;
    json.insert(QStringLiteral("elements"), items);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(QJsonDocument(json).toJson()));
    key(m_view, Qt::Key_V);
    const Id outside = copyOf(data(), QStringLiteral("Home Owner"), {m_ids.owner, inside});
    QVERIFY(!outside.isNull());
    QVERIFY(data().elements[outside].zone.isNull());
}

void tst_CanvasClipboard::pasteIntoOtherProject()
{
    click(m_ids.cloud);
    click(m_ids.firmware, Qt::ControlModifier);
    key(m_view, Qt::Key_C);

    const QString path = m_dir.filePath(QStringLiteral("other.threatbench"));
    QFile::remove(path);
    auto created = Document::create(path, Project::blank(QStringLiteral("Other product")));
    QVERIFY(created.ok());
    std::unique_ptr<Document> other = std::move(created).value();
    DiagramView view;
    view.resize(800, 600);
    view.setDocument(other.get());
    view.setDiagram(ProjectData::sortedIds(other->data().diagrams).value(0));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setFocus();
    key(&view, Qt::Key_V);
    QCOMPARE(other->data().elements.size(), 2);
    QCOMPARE(other->data().flows.size(), 2); // status report and firmware update
    QCOMPARE(other->undoStack()->count(), 1);
    const Id cloud = copyOf(other->data(), QStringLiteral("Cloud API"), {});
    QVERIFY(!cloud.isNull());
    QVERIFY(!data().elements.contains(cloud));
    QVERIFY(other->data().elements[cloud].zone.isNull()); // no zones there
    QCOMPARE(rectOf(other.get(), cloud), rectOf(m_ids.cloud).translated(20, 20));
    QVERIFY(view.diagramScene()->elementItem(cloud));
    QCOMPARE(undo()->count(), 0); // the source project is untouched
}

void tst_CanvasClipboard::foreignTextIsIgnored()
{
    QGuiApplication::clipboard()->setText(QStringLiteral("{\"elements\": []}"));
    const qsizetype elements = data().elements.size();
    key(m_view, Qt::Key_V);
    QCOMPARE(data().elements.size(), elements);
    QCOMPARE(undo()->count(), 0);
    // Nothing selected: copy leaves the clipboard alone.
    m_view->diagramScene()->selectIds({});
    key(m_view, Qt::Key_C);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("{\"elements\": []}"));
}

QTEST_MAIN(tst_CanvasClipboard)
#include "tst_canvasclipboard.moc"
