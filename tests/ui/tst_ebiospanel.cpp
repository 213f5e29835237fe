#include "core/project.h"
#include "panelfixture.h"
#include "panels/ebiospanel.h"
#include "risk/strategicpaths.h"

#include <QLabel>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using namespace tb;

class tst_EbiosPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void tablesShowTheStudy();
    void decideAndUndo_data();
    void decideAndUndo();
    void deriveIsOneUndoStep();
    void emptyStudy();

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *w = m_panel->findChild<T *>(QLatin1String(name));
        if (!w)
            qFatal("no child %s", name);
        return w;
    }
    void showTab(const char *table);
    void clickRowOf(const char *table, const Id &id);

    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<EbiosPanel> m_panel;
};

void tst_EbiosPanel::init()
{
    static int n = 0; // a fresh file for every test and data row
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("ebios-%1.threatbench").arg(++n));
    QVERIFY(m_doc);
    m_panel = std::make_unique<EbiosPanel>();
    m_panel->resize(900, 600);
    m_panel->setDocument(m_doc.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_EbiosPanel::cleanup()
{
    m_panel.reset();
    m_doc.reset();
}

void tst_EbiosPanel::showTab(const char *table)
{
    auto *tabs = child<QTabWidget>("workshops");
    const int index = tabs->indexOf(child<QTableWidget>(table));
    QVERIFY(index >= 0);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    QCOMPARE(tabs->currentIndex(), index);
}

void tst_EbiosPanel::clickRowOf(const char *table, const Id &id)
{
    auto *w = child<QTableWidget>(table);
    for (int r = 0; r < w->rowCount(); ++r) {
        if (w->item(r, 0)->data(Qt::UserRole).value<Id>() == id) {
            uitest::clickIndex(w, w->model()->index(r, 1));
            QCOMPARE(w->currentRow(), r);
            return;
        }
    }
    QFAIL("row not found");
}

void tst_EbiosPanel::tablesShowTheStudy()
{
    const EbiosStudy &s = m_doc->data().study;
    const std::pair<const char *, qsizetype> expected[] = {
        {"businessValues", s.all<BusinessValue>().size()},
        {"fearedEvents", s.all<FearedEvent>().size()},
        {"pairs", s.all<RoToPair>().size()},
        {"ecosystem", s.all<Stakeholder>().size()},
        {"strategic", s.all<StrategicScenario>().size()},
        {"operational", s.all<OperationalScenario>().size()},
    };
    auto *tabs = child<QTabWidget>("workshops");
    for (const auto &[name, count] : expected) {
        QVERIFY2(count > 0, name); // the example has every workshop
        auto *table = child<QTableWidget>(name);
        QCOMPARE(table->rowCount(), count);
        QVERIFY(tabs->tabText(tabs->indexOf(table)).endsWith(QStringLiteral("(%1)").arg(count)));
    }
    // The ecosystem shows each stakeholder's zone; danger rows are tinted.
    auto *eco = child<QTableWidget>("ecosystem");
    int danger = 0, tinted = 0;
    for (int r = 0; r < eco->rowCount(); ++r) {
        const Stakeholder *h = s.get<Stakeholder>(eco->item(r, 0)->data(Qt::UserRole).value<Id>());
        QVERIFY(h);
        QCOMPARE(eco->item(r, 0)->text(), h->name);
        const bool isDanger = zoneOf(*h, s.settings) == EcosystemZone::Danger;
        danger += isDanger ? 1 : 0;
        tinted += isDanger && eco->item(r, 0)->background().style() != Qt::NoBrush ? 1 : 0;
    }
    QVERIFY(danger > 0);
    QCOMPARE(tinted, danger);
    QVERIFY(child<QLabel>("ebiosSummary")
                ->text()
                .contains(QStringLiteral("%1 in the danger zone").arg(danger)));
}

void tst_EbiosPanel::decideAndUndo_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<bool>("retain");
    QTest::addRow("retain a pair") << QStringLiteral("pairs") << true;
    QTest::addRow("reject a pair") << QStringLiteral("pairs") << false;
    QTest::addRow("retain a strategic scenario") << QStringLiteral("strategic") << true;
    QTest::addRow("reject a strategic scenario") << QStringLiteral("strategic") << false;
}

void tst_EbiosPanel::decideAndUndo()
{
    QFETCH(QString, table);
    QFETCH(bool, retain);
    const EbiosStudy before = m_doc->data().study;
    const bool pairs = table == QLatin1String("pairs");
    // A row whose decision the click changes.
    Id target;
    if (pairs) {
        for (const RoToPair *p : before.all<RoToPair>())
            if (target.isNull() && p->retained != retain)
                target = p->id;
    } else {
        const ScenarioStatus want = retain ? ScenarioStatus::Retained : ScenarioStatus::Rejected;
        for (const StrategicScenario *sc : before.all<StrategicScenario>())
            if (target.isNull() && sc->status != want)
                target = sc->id;
    }
    QVERIFY(!target.isNull());
    const QByteArray name = table.toLatin1();
    showTab(name.constData());
    auto *button = child<QPushButton>(retain ? "retain" : "reject");
    QVERIFY(!button->isEnabled()); // nothing selected yet
    clickRowOf(name.constData(), target);
    QVERIFY(button->isEnabled());
    const int steps = m_doc->undoStack()->count();
    QTest::mouseClick(button, Qt::LeftButton);

    const EbiosStudy &after = m_doc->data().study;
    if (pairs)
        QCOMPARE(after.get<RoToPair>(target)->retained, retain);
    else
        QCOMPARE(after.get<StrategicScenario>(target)->status,
                 retain ? ScenarioStatus::Retained : ScenarioStatus::Rejected);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(m_doc->undoStack()->undoText().startsWith(retain ? QStringLiteral("Retain")
                                                             : QStringLiteral("Reject")));
    // The row stays selected, and shows the decision.
    auto *w = child<QTableWidget>(name.constData());
    QCOMPARE(w->item(w->currentRow(), 0)->data(Qt::UserRole).value<Id>(), target);
    QCOMPARE(w->item(w->currentRow(), 2)->text().isEmpty(), pairs && !retain);
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().study == before);
}

void tst_EbiosPanel::deriveIsOneUndoStep()
{
    // Retain every pair: the derivation then has paths to propose for each.
    Batch all{QStringLiteral("Retain all"), {}};
    for (const RoToPair *p : m_doc->data().study.all<RoToPair>()) {
        RoToPair r = *p;
        r.retained = true;
        all.edits.push_back(PutStudyItem{r});
    }
    QVERIFY(m_doc->apply(all).ok());
    const EbiosStudy before = m_doc->data().study;
    const StrategicMerge expected
        = mergeStrategicProposals(before, deriveStrategicScenarios(before));
    QVERIFY(!expected.put.isEmpty());
    const int steps = m_doc->undoStack()->count();

    QTest::mouseClick(child<QPushButton>("deriveStrategic"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const EbiosStudy &after = m_doc->data().study;
    for (const StrategicScenario &s : expected.put)
        QVERIFY(after.get<StrategicScenario>(s.id));
    for (const Id &id : expected.remove)
        QVERIFY(!after.get<StrategicScenario>(id));
    QCOMPARE(child<QTableWidget>("strategic")->rowCount(), after.all<StrategicScenario>().size());
    QCOMPARE(child<QTabWidget>("workshops")->currentWidget(), child<QTableWidget>("strategic"));
    QVERIFY(child<QLabel>("ebiosNote")
                ->text()
                .contains(QStringLiteral("%1 scenario(s) added").arg(expected.put.size())));

    // Again: nothing left to change, and no empty undo step.
    QTest::mouseClick(child<QPushButton>("deriveStrategic"), Qt::LeftButton);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QVERIFY(child<QLabel>("ebiosNote")->text().contains(QStringLiteral("up to date")));

    m_doc->undoStack()->undo();
    QVERIFY(m_doc->data().study == before);
}

void tst_EbiosPanel::emptyStudy()
{
    m_panel->setDocument(nullptr);
    QVERIFY(!child<QPushButton>("deriveStrategic")->isEnabled());
    QCOMPARE(child<QTableWidget>("pairs")->rowCount(), 0);
    Result<std::unique_ptr<Document>> blank = Document::create(
        m_dir.filePath(QStringLiteral("blank.threatbench")), Project::blank(QStringLiteral("B")));
    QVERIFY(blank.ok());
    m_panel->setDocument(blank.value().get());
    QVERIFY(child<QLabel>("ebiosSummary")->text().contains(QStringLiteral("no EBIOS RM study")));
    QVERIFY(!child<QPushButton>("deriveStrategic")->isEnabled());
    m_panel->setDocument(nullptr);
}

QTEST_MAIN(tst_EbiosPanel)
#include "tst_ebiospanel.moc"
