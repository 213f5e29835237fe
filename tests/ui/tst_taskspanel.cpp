#include "core/project.h"
#include "panelfixture.h"
#include "panels/taskeditor.h"
#include "panels/tasklistmodel.h"
#include "panels/taskspanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tb;

class tst_TasksPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void listsTasks();
    void editOwnerDueStatusAndUndo();
    void addEvidence();
    void wontDoNeedsJustification();
    void linkAndUnlinkThreat();
    void annexRequirement();
    void newAndDeleteTask();
    void requirementFilter();

private:
    Id selectRow(int row);
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning() << "no child" << name;
        return w;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<TasksPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_TasksPanel::init()
{
    static int serial = 0;
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("t%1.threatbench").arg(++serial));
    QVERIFY(m_doc);
    QVERIFY(m_doc->data().tasks.size() >= 2);
    m_panel = std::make_unique<TasksPanel>();
    m_panel->setDocument(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1200, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_TasksPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_doc.reset();
}

Id tst_TasksPanel::selectRow(int row)
{
    const QModelIndex index = m_panel->proxy()->index(row, TaskListModel::TitleColumn);
    uitest::clickIndex(m_panel->table(), index);
    return index.data(TaskListModel::IdRole).toUuid();
}

void tst_TasksPanel::listsTasks()
{
    QCOMPARE(m_panel->model()->rowCount(), m_doc->data().tasks.size());
    for (const MitigationTask &t : m_doc->data().tasks) {
        const QModelIndex i = m_panel->model()->indexOf(t.id, TaskListModel::TitleColumn);
        QCOMPARE(i.data().toString(), t.title);
        QCOMPARE(i.siblingAtColumn(TaskListModel::StatusColumn).data().toString(),
                 taskStatusLabel(t.status));
        QCOMPARE(i.siblingAtColumn(TaskListModel::EvidenceColumn).data().toInt(),
                 t.evidence.size());
    }
}

void tst_TasksPanel::editOwnerDueStatusAndUndo()
{
    const Id id = selectRow(0);
    QCOMPARE(m_panel->currentTask(), id);
    const MitigationTask before = m_doc->data().tasks[id];
    auto *owner = child<QLineEdit>("owner");
    owner->selectAll();
    QTest::keyClicks(owner, QStringLiteral("Firmware team"));
    auto *hasDue = child<QCheckBox>("hasDue");
    if (!hasDue->isChecked())
        QTest::mouseClick(hasDue, Qt::LeftButton);
    child<QDateEdit>("due")->setDate(QDate(2027, 3, 31));
    auto *status = child<QComboBox>("status");
    status->setCurrentIndex(status->findData(int(TaskStatus::InProgress)));
    QVERIFY(m_panel->editor()->isModified());
    const int undoBefore = m_doc->undoStack()->count();
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_panel->editor()->errorText().isEmpty(), qPrintable(m_panel->editor()->errorText()));
    const MitigationTask &after = m_doc->data().tasks[id];
    QCOMPARE(after.owner, QStringLiteral("Firmware team"));
    QCOMPARE(after.due, QDate(2027, 3, 31));
    QCOMPARE(after.status, TaskStatus::InProgress);
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
    const QModelIndex row = m_panel->model()->indexOf(id);
    QCOMPARE(row.siblingAtColumn(TaskListModel::OwnerColumn).data().toString(),
             QStringLiteral("Firmware team"));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().tasks[id], before);
    QCOMPARE(owner->text(), before.owner); // the editor follows the undo
    QCOMPARE(m_panel->currentTask(), id);
}

void tst_TasksPanel::addEvidence()
{
    const Id id = selectRow(0);
    const qsizetype before = m_doc->data().tasks[id].evidence.size();
    auto *kind = child<QComboBox>("evidenceKind");
    kind->setCurrentIndex(kind->findData(QStringLiteral("url")));
    auto *value = child<QLineEdit>("evidenceValue");
    QTest::keyClicks(value, QStringLiteral("https://example.invalid/ci/run/42"));
    child<QDateEdit>("evidenceDate")->setDate(QDate(2026, 11, 2));
    QTest::mouseClick(child<QPushButton>("addEvidence"), Qt::LeftButton);
    QCOMPARE(child<QTreeWidget>("evidence")->topLevelItemCount(), before + 1);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    const QList<Evidence> &ev = m_doc->data().tasks[id].evidence;
    QCOMPARE(ev.size(), before + 1);
    QCOMPARE(ev.last(),
             (Evidence{QStringLiteral("url"), QStringLiteral("https://example.invalid/ci/run/42"),
                       QDate(2026, 11, 2)}));
    // Remove it again through the list.
    auto *list = child<QTreeWidget>("evidence");
    uitest::clickIndex(list, list->model()->index(int(before), 1));
    QTest::mouseClick(child<QPushButton>("removeEvidence"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_doc->data().tasks[id].evidence.size(), before);
}

void tst_TasksPanel::wontDoNeedsJustification()
{
    const Id id = selectRow(0);
    const MitigationTask before = m_doc->data().tasks[id];
    auto *status = child<QComboBox>("status");
    status->setCurrentIndex(status->findData(int(TaskStatus::WontDo)));
    auto *justification = child<QLineEdit>("justification");
    justification->clear();
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY2(m_panel->editor()->errorText().contains(QLatin1String("justification")),
             qPrintable(m_panel->editor()->errorText()));
    QCOMPARE(m_doc->data().tasks[id], before);
    QTest::keyClicks(justification, QStringLiteral("Hardware revision B removes the port."));
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(m_panel->editor()->errorText().isEmpty());
    QCOMPARE(m_doc->data().tasks[id].status, TaskStatus::WontDo);
}

void tst_TasksPanel::linkAndUnlinkThreat()
{
    const Id id = selectRow(0);
    const MitigationTask before = m_doc->data().tasks[id];
    Id candidate;
    for (const Id &t : ProjectData::sortedIds(m_doc->data().threats))
        if (!before.threats.contains(t))
            candidate = t;
    QVERIFY(!candidate.isNull());
    m_panel->setCandidateThreat(candidate);
    QTest::mouseClick(child<QPushButton>("linkThreat"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(m_doc->data().tasks[id].threats.contains(candidate));
    auto *list = child<QListWidget>("threats");
    QListWidgetItem *item = list->item(list->count() - 1);
    QCOMPARE(item->data(Qt::UserRole + 1).toUuid(), candidate);
    QSignalSpy activated(m_panel.get(), &TasksPanel::threatActivated);
    uitest::clickIndex(list, list->indexFromItem(item));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toUuid(), candidate);
    QTest::mouseClick(child<QPushButton>("unlinkThreat"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_doc->data().tasks[id].threats, before.threats);
}

void tst_TasksPanel::annexRequirement()
{
    const Id id = selectRow(0);
    const MitigationTask before = m_doc->data().tasks[id];
    auto *annex = child<QListWidget>("annex");
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < annex->count() && !item; ++i)
        if (!before.annex.contains(annex->item(i)->data(Qt::UserRole + 1).toString()))
            item = annex->item(i);
    QVERIFY(item);
    const QString req = item->data(Qt::UserRole + 1).toString();
    annex->scrollToItem(item);
    const QRect r = annex->visualItemRect(item);
    // The check box sits at the left of the item.
    QTest::mouseClick(annex->viewport(), Qt::LeftButton, {},
                      QPoint(r.left() + r.height() / 2 + 2, r.center().y()));
    QCOMPARE(item->checkState(), Qt::Checked);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QVERIFY(m_doc->data().tasks[id].annex.contains(req));
}

void tst_TasksPanel::newAndDeleteTask()
{
    const qsizetype before = m_doc->data().tasks.size();
    QTest::mouseClick(child<QPushButton>("newTask"), Qt::LeftButton);
    QCOMPARE(m_doc->data().tasks.size(), before + 1);
    const Id created = m_panel->currentTask();
    QVERIFY(m_doc->data().tasks.contains(created));
    auto *title = child<QLineEdit>("title");
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Rotate BLE pairing keys"));
    QTest::keyClick(title, Qt::Key_Return);
    QTest::mouseClick(child<QPushButton>("save"), Qt::LeftButton);
    QCOMPARE(m_doc->data().tasks[created].title, QStringLiteral("Rotate BLE pairing keys"));
    QTest::mouseClick(child<QPushButton>("deleteTask"), Qt::LeftButton);
    QCOMPARE(m_doc->data().tasks.size(), before);
    QVERIFY(!m_panel->model()->indexOf(created).isValid());
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().tasks[created].title, QStringLiteral("Rotate BLE pairing keys"));
}

void tst_TasksPanel::requirementFilter()
{
    QString req;
    for (const MitigationTask &t : m_doc->data().tasks)
        if (!t.annex.isEmpty())
            req = t.annex.first();
    QVERIFY(!req.isEmpty());
    m_panel->showRequirement(req);
    int expected = 0;
    for (const MitigationTask &t : m_doc->data().tasks)
        expected += t.annex.contains(req) ? 1 : 0;
    QCOMPARE(m_panel->proxy()->rowCount(), expected);
    auto *chip = child<QToolButton>("annexFilter");
    QVERIFY(chip->isVisible());
    QTest::mouseClick(chip, Qt::LeftButton);
    QCOMPARE(m_panel->proxy()->rowCount(), m_doc->data().tasks.size());
}

QTEST_MAIN(tst_TasksPanel)
#include "tst_taskspanel.moc"
