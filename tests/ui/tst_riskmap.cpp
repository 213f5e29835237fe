#include "core/project.h"
#include "panelfixture.h"
#include "panels/riskmapview.h"
#include "panels/threatfilterproxy.h"
#include "panels/threatspanel.h"
#include "panels/threattablemodel.h"
#include "risk/rating.h"

#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace tb;

class tst_RiskMap : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void countsMatchRatings_data();
    void countsMatchRatings();
    void clickFiltersThreatTable_data();
    void clickFiltersThreatTable();
    void keyboardActivates();
    void followsEdits();

private:
    QPoint busiestCell() const;

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<RiskMapView> m_map;
};

void tst_RiskMap::init()
{
    static int serial = 0;
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("r%1.threatbench").arg(++serial));
    QVERIFY(m_doc);
    m_map = std::make_unique<RiskMapView>();
    m_map->setDocument(m_doc.get());
    m_map->resize(560, 440);
    m_map->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_map.get()));
}

void tst_RiskMap::cleanup()
{
    m_map.reset();
    m_doc.reset();
}

QPoint tst_RiskMap::busiestCell() const
{
    QPoint best;
    int most = 0;
    const RiskCriteria &c = m_doc->data().criteria;
    for (int l = 1; l <= c.likelihoodLevels(); ++l)
        for (int i = 1; i <= c.impactLevels(); ++i)
            if (m_map->count(l, i) > most) {
                most = m_map->count(l, i);
                best = QPoint(l, i);
            }
    return best;
}

void tst_RiskMap::countsMatchRatings_data()
{
    QTest::addColumn<bool>("residual");
    QTest::addRow("inherent") << false;
    QTest::addRow("residual") << true;
}

void tst_RiskMap::countsMatchRatings()
{
    QFETCH(bool, residual);
    QSignalSpy toggled(m_map.get(), &RiskMapView::residualChanged);
    if (residual)
        QTest::mouseClick(m_map->findChild<QToolButton *>(QStringLiteral("residual")),
                          Qt::LeftButton);
    QCOMPARE(m_map->isResidual(), residual);
    QCOMPARE(toggled.count(), residual ? 1 : 0);
    const ProjectData &pd = m_doc->data();
    QMap<QPair<int, int>, int> expected;
    for (const Threat &t : pd.threats) {
        if (t.status == ThreatStatus::NotApplicable)
            continue;
        if (residual) {
            const ResidualRating r = residualRating(pd, t);
            if (!r.avoided)
                ++expected[{r.rating.likelihood, r.rating.impact}];
        } else {
            ++expected[{t.likelihood, t.impact}];
        }
    }
    for (int l = 1; l <= pd.criteria.likelihoodLevels(); ++l)
        for (int i = 1; i <= pd.criteria.impactLevels(); ++i)
            QCOMPARE(m_map->count(l, i), expected.value({l, i}));
}

void tst_RiskMap::clickFiltersThreatTable_data()
{
    countsMatchRatings_data();
}

void tst_RiskMap::clickFiltersThreatTable()
{
    QFETCH(bool, residual);
    m_map->setResidual(residual);
    ThreatsPanel panel;
    panel.setDocument(m_doc.get());
    connect(m_map.get(), &RiskMapView::cellActivated, &panel, &ThreatsPanel::showCell);
    const QPoint cell = busiestCell();
    QVERIFY(!cell.isNull());
    QSignalSpy activated(m_map.get(), &RiskMapView::cellActivated);
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {},
                      m_map->cellRect(cell.x(), cell.y()).center());
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), cell.x());
    QCOMPARE(activated.at(0).at(1).toInt(), cell.y());
    QCOMPARE(activated.at(0).at(2).toBool(), residual);
    // The table shows that cell's threats (not-applicable ones too: the filter is the cell).
    int expected = 0;
    for (int row = 0; row < panel.model()->rowCount(); ++row) {
        const QModelIndex i = panel.model()->index(row, 0);
        using M = ThreatTableModel;
        const int l = i.data(residual ? M::ResidualLikelihoodRole : M::LikelihoodRole).toInt();
        const int im = i.data(residual ? M::ResidualImpactRole : M::ImpactRole).toInt();
        expected += l == cell.x() && im == cell.y() ? 1 : 0;
    }
    QVERIFY(expected >= m_map->count(cell.x(), cell.y()));
    QCOMPARE(panel.proxy()->rowCount(), expected);
    QVERIFY(panel.proxy()->rowCount() < panel.model()->rowCount());
    // Clicking outside the grid does nothing.
    QTest::mouseClick(m_map.get(), Qt::LeftButton, {}, QPoint(2, m_map->height() - 2));
    QCOMPARE(activated.count(), 1);
}

void tst_RiskMap::keyboardActivates()
{
    QSignalSpy activated(m_map.get(), &RiskMapView::cellActivated);
    m_map->setFocus();
    QTest::keyClick(m_map.get(), Qt::Key_Up);
    QTest::keyClick(m_map.get(), Qt::Key_Right);
    QTest::keyClick(m_map.get(), Qt::Key_Right);
    QTest::keyClick(m_map.get(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 2);
    QCOMPARE(activated.at(0).at(1).toInt(), 3);
}

void tst_RiskMap::followsEdits()
{
    const QPoint cell = busiestCell();
    const int before = m_map->count(cell.x(), cell.y());
    Id moved;
    for (const Threat &t : m_doc->data().threats)
        if (t.likelihood == cell.x() && t.impact == cell.y()
            && t.status != ThreatStatus::NotApplicable)
            moved = t.id;
    const int other = cell.x() == 1 ? 2 : 1;
    QVERIFY(m_doc->apply(SetAttribute{moved, QStringLiteral("likelihood"), other}));
    QTRY_COMPARE(m_map->count(cell.x(), cell.y()), before - 1);
    m_doc->undoStack()->undo();
    QTRY_COMPARE(m_map->count(cell.x(), cell.y()), before);
}

QTEST_MAIN(tst_RiskMap)
#include "tst_riskmap.moc"
