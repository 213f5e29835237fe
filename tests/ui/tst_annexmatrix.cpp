#include "core/project.h"
#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "panelfixture.h"
#include "panels/annexmatrixview.h"
#include "panels/tasklistmodel.h"
#include "panels/taskspanel.h"
#include "panels/threatfilterproxy.h"
#include "panels/threatspanel.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tb;

class tst_AnnexMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsVerdicts();
    void drillDown();
    void drillDownFiltersPanels();
    void followsEdits();

private:
    QTreeWidgetItem *itemOf(const QString &annexId) const;
    QString tracedRequirement() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<AnnexMatrixView> m_view;
};

void tst_AnnexMatrix::init()
{
    static int serial = 0;
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("a%1.threatbench").arg(++serial));
    QVERIFY(m_doc);
    m_view = std::make_unique<AnnexMatrixView>();
    m_view->setDocument(m_doc.get());
    m_view->resize(1000, 760);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // Coverage is computed on a worker thread.
    QTRY_VERIFY(!m_view->isComputing());
}

void tst_AnnexMatrix::cleanup()
{
    m_view.reset();
    m_doc.reset();
}

QTreeWidgetItem *tst_AnnexMatrix::itemOf(const QString &annexId) const
{
    const QList<QTreeWidgetItem *> found
        = m_view->matrix()->findItems(annexId, Qt::MatchExactly | Qt::MatchRecursive, 0);
    return found.value(0);
}

// A requirement (not I(1), which traces to every threat) with threats and tasks.
QString tst_AnnexMatrix::tracedRequirement() const
{
    for (const RequirementCoverage &c : computeCoverage(m_doc->data(), AnnexCatalog::builtIn())) {
        if (c.id != QLatin1String("I(1)") && !c.threats.isEmpty() && !c.tasks.isEmpty())
            return c.id;
    }
    return {};
}

void tst_AnnexMatrix::showsVerdicts()
{
    const QList<RequirementCoverage> coverage
        = computeCoverage(m_doc->data(), AnnexCatalog::builtIn());
    QCOMPARE(coverage.size(), AnnexCatalog::builtIn().requirements().size());
    QSet<Verdict> seen;
    for (const RequirementCoverage &c : coverage) {
        QTreeWidgetItem *item = itemOf(c.id);
        QVERIFY2(item, qPrintable(c.id));
        QCOMPARE(item->text(2), verdictLabel(c.verdict));
        QCOMPARE(item->text(4), QString::number(c.tasks.size()));
        QVERIFY(item->text(3).startsWith(QString::number(c.threats.size())));
        seen.insert(c.verdict);
    }
    // The assessed example has more than one kind of verdict, each in its own colour.
    QVERIFY(seen.size() >= 2);
    QSet<QRgb> colours;
    for (const RequirementCoverage &c : coverage)
        colours.insert(itemOf(c.id)->background(2).color().rgb());
    QCOMPARE(colours.size(), seen.size());
}

void tst_AnnexMatrix::drillDown()
{
    const QString req = tracedRequirement();
    QVERIFY(!req.isEmpty());
    RequirementCoverage expected;
    for (const RequirementCoverage &c : computeCoverage(m_doc->data(), AnnexCatalog::builtIn()))
        if (c.id == req)
            expected = c;
    QSignalSpy selected(m_view.get(), &AnnexMatrixView::requirementSelected);
    QTreeWidget *tree = m_view->matrix();
    uitest::clickIndex(tree, tree->indexFromItem(itemOf(req), 1));
    QCOMPARE(m_view->currentRequirement(), req);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_view->threatList()->count(), expected.threats.size());
    QCOMPARE(m_view->taskList()->count(), expected.tasks.size());

    QSignalSpy threat(m_view.get(), &AnnexMatrixView::threatActivated);
    QListWidget *threats = m_view->threatList();
    uitest::clickIndex(threats, threats->model()->index(0, 0));
    QTest::keyClick(threats, Qt::Key_Return);
    QCOMPARE(threat.count(), 1);
    QCOMPARE(threat.at(0).at(0).toUuid(), expected.threats.first());

    QSignalSpy task(m_view.get(), &AnnexMatrixView::taskActivated);
    QListWidget *tasks = m_view->taskList();
    uitest::clickIndex(tasks, tasks->model()->index(0, 0));
    QTest::keyClick(tasks, Qt::Key_Return);
    QCOMPARE(task.count(), 1);
    QVERIFY(expected.tasks.contains(task.at(0).at(0).toUuid()));
}

void tst_AnnexMatrix::drillDownFiltersPanels()
{
    ThreatsPanel threats;
    threats.setDocument(m_doc.get());
    TasksPanel tasks;
    tasks.setDocument(m_doc.get());
    connect(m_view.get(), &AnnexMatrixView::requirementActivated, &threats,
            &ThreatsPanel::showRequirement);
    connect(m_view.get(), &AnnexMatrixView::requirementActivated, &tasks,
            &TasksPanel::showRequirement);
    const QString req = tracedRequirement();
    m_view->selectRequirement(req);
    QTest::mouseClick(m_view->findChild<QPushButton *>(QStringLiteral("showRequirement")),
                      Qt::LeftButton);
    int threatCount = 0;
    for (const Threat &t : m_doc->data().threats)
        threatCount += t.annex.contains(req) ? 1 : 0;
    QCOMPARE(threats.proxy()->annex(), req);
    QCOMPARE(threats.proxy()->rowCount(), threatCount);
    int taskCount = 0;
    for (const MitigationTask &t : m_doc->data().tasks)
        taskCount += t.annex.contains(req) ? 1 : 0;
    QCOMPARE(tasks.proxy()->rowCount(), taskCount);
}

void tst_AnnexMatrix::followsEdits()
{
    const QString req = tracedRequirement();
    m_view->selectRequirement(req);
    QVERIFY(m_doc->apply(SetRequirementApplicability{req, true, QStringLiteral("No radio")}));
    QTRY_COMPARE(itemOf(req)->text(2), verdictLabel(Verdict::NotApplicable));
    QCOMPARE(m_view->currentRequirement(), req);
    m_doc->undoStack()->undo();
    QTRY_VERIFY(itemOf(req)->text(2) != verdictLabel(Verdict::NotApplicable));
}

QTEST_MAIN(tst_AnnexMatrix)
#include "tst_annexmatrix.moc"
