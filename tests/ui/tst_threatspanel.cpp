#include "core/project.h"
#include "derive/derivationworker.h"
#include "panelfixture.h"
#include "panels/threatdetaileditor.h"
#include "panels/threatfilterproxy.h"
#include "panels/threatspanel.h"
#include "panels/threattablemodel.h"
#include "uisample.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace tb;

class tst_ThreatsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void deriveShowsThreats();
    void statusNeedsJustification();
    void undoStatusChange();
    void ratingComboEditsThreat();
    void createTaskFromSuggestedMitigation();
    void filters_data();
    void filters();
    void elementFilterAndActivation();
    void selectionSurvivesEdits();
    void explanationShowsWhy();

private:
    Id selectFirstWhere(const std::function<bool(const Threat &)> &pick);
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
    std::unique_ptr<ThreatsPanel> m_panel;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_ThreatsPanel::init()
{
    static int serial = 0;
    m_doc = uitest::openAssessedExample(m_dir, QStringLiteral("p%1.threatbench").arg(++serial));
    QVERIFY(m_doc);
    QVERIFY(!m_doc->data().threats.isEmpty());
    m_panel = std::make_unique<ThreatsPanel>();
    m_panel->setLibrary(uitest::builtInLibrary().get());
    m_panel->setDocument(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_panel->resize(1300, 700);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void tst_ThreatsPanel::cleanup()
{
    m_tester.reset();
    m_panel.reset();
    m_doc.reset();
}

// Selects, by clicking its row, the first threat (in table order) that `pick` accepts.
Id tst_ThreatsPanel::selectFirstWhere(const std::function<bool(const Threat &)> &pick)
{
    QTableView *table = m_panel->table();
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ThreatTableModel::TitleColumn);
        const Id id = index.data(ThreatTableModel::IdRole).toUuid();
        if (pick(m_doc->data().threats.value(id))) {
            uitest::clickIndex(table, index);
            return id;
        }
    }
    return {};
}

void tst_ThreatsPanel::deriveShowsThreats()
{
    // A fresh sample with no threats: deriving fills the table.
    Project sample(Project::blank(QStringLiteral("Sample")));
    uitest::UiSampleIds ids;
    QVERIFY(uitest::buildUiSample(sample, &ids));
    auto doc
        = Document::create(m_dir.filePath(QStringLiteral("sample.threatbench")), sample.data());
    QVERIFY(doc);
    m_panel->setDocument(doc.value().get());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    DerivationWorker worker;
    worker.setLibrary(uitest::builtInLibrary());
    worker.setDocument(doc.value().get());
    worker.deriveNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->model()->rowCount() > 0, 20000);
    QCOMPARE(m_panel->model()->rowCount(), doc.value()->data().threats.size());
    // Every threat of the register is in the table under its title.
    for (const Threat &t : doc.value()->data().threats) {
        const QModelIndex i = m_panel->model()->indexOf(t.id, ThreatTableModel::TitleColumn);
        QVERIFY(i.isValid());
        QCOMPARE(i.data().toString(), t.title);
    }
    QCOMPARE(child<QLabel>("count")->text(),
             QStringLiteral("%1 threats").arg(doc.value()->data().threats.size()));
    m_panel->setDocument(m_doc.get());
}

void tst_ThreatsPanel::statusNeedsJustification()
{
    const Id id = selectFirstWhere([](const Threat &t) {
        return t.status == ThreatStatus::New || t.status == ThreatStatus::NeedsReview;
    });
    QVERIFY(!id.isNull());
    QCOMPARE(m_panel->currentThreat(), id);
    QCOMPARE(m_panel->editor()->threat(), id);
    const ThreatStatus before = m_doc->data().threats[id].status;

    auto *status = child<QComboBox>("status");
    auto *justification = child<QPlainTextEdit>("justification");
    auto *applyButton = child<QPushButton>("applyStatus");
    justification->clear();
    status->setCurrentIndex(status->findData(int(ThreatStatus::Accepted)));
    QTest::mouseClick(applyButton, Qt::LeftButton);
    // Refused by the model, whose message is shown; nothing changed.
    QVERIFY2(m_panel->editor()->errorText().contains(QLatin1String("needs a justification")),
             qPrintable(m_panel->editor()->errorText()));
    QVERIFY(child<QLabel>("error")->isVisible());
    QCOMPARE(m_doc->data().threats[id].status, before);

    justification->setFocus();
    QTest::keyClicks(justification, QStringLiteral("Only reachable over a paired BLE link."));
    QTest::mouseClick(applyButton, Qt::LeftButton);
    QVERIFY(m_panel->editor()->errorText().isEmpty());
    QVERIFY(!child<QLabel>("error")->isVisible());
    QCOMPARE(m_doc->data().threats[id].status, ThreatStatus::Accepted);
    QCOMPARE(m_doc->data().threats[id].justification,
             QStringLiteral("Only reachable over a paired BLE link."));
    const QModelIndex cell = m_panel->model()->indexOf(id, ThreatTableModel::StatusColumn);
    QCOMPARE(cell.data().toString(), QStringLiteral("Accepted"));
    // The table kept the selection on the edited threat.
    QCOMPARE(m_panel->currentThreat(), id);
}

void tst_ThreatsPanel::undoStatusChange()
{
    const Id id
        = selectFirstWhere([](const Threat &t) { return t.status != ThreatStatus::NotApplicable; });
    QVERIFY(!id.isNull());
    const Threat before = m_doc->data().threats[id];
    auto *status = child<QComboBox>("status");
    status->setCurrentIndex(status->findData(int(ThreatStatus::NotApplicable)));
    auto *justification = child<QPlainTextEdit>("justification");
    justification->selectAll();
    QTest::keyClicks(justification, QStringLiteral("No radio in this variant."));
    QTest::mouseClick(child<QPushButton>("applyStatus"), Qt::LeftButton);
    QCOMPARE(m_doc->data().threats[id].status, ThreatStatus::NotApplicable);
    QVERIFY(m_doc->undoStack()->canUndo());

    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().threats[id], before);
    // Table and editor follow the undo.
    QCOMPARE(m_panel->model()->indexOf(id, ThreatTableModel::StatusColumn).data().toString(),
             threatStatusLabel(before.status));
    QCOMPARE(status->currentData().toInt(), int(before.status));
    QCOMPARE(justification->toPlainText(), before.justification);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->data().threats[id].status, ThreatStatus::NotApplicable);
}

void tst_ThreatsPanel::ratingComboEditsThreat()
{
    const Id id = selectFirstWhere([](const Threat &t) { return t.likelihood < 3; });
    QVERIFY(!id.isNull());
    const int before = m_doc->data().threats[id].likelihood;
    auto *likelihood = child<QComboBox>("likelihood");
    likelihood->setFocus();
    QTest::keyClick(likelihood, Qt::Key_Down); // a keyboard change is an "activated" choice
    QCOMPARE(m_doc->data().threats[id].likelihood, before + 1);
    QCOMPARE(m_panel->model()->indexOf(id, ThreatTableModel::LikelihoodColumn).data().toInt(),
             before + 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->data().threats[id].likelihood, before);
    QCOMPARE(likelihood->currentData().toInt(), before);
}

void tst_ThreatsPanel::createTaskFromSuggestedMitigation()
{
    // A threat with a suggested mitigation that no task answers for it yet.
    const ProjectData &data = m_doc->data();
    auto unanswered = [&data](const Threat &t) {
        for (const QString &m : t.mitigations) {
            bool answered = false;
            for (const MitigationTask &task : data.tasks)
                answered = answered || (task.mitigationId == m && task.threats.contains(t.id));
            if (!answered)
                return true;
        }
        return false;
    };
    const Id id = selectFirstWhere(unanswered);
    QVERIFY(!id.isNull());
    auto *list = child<QListWidget>("mitigations");
    QListWidgetItem *pick = nullptr;
    QString mitigation;
    for (int i = 0; i < list->count() && !pick; ++i) {
        mitigation = list->item(i)->data(Qt::UserRole + 1).toString();
        bool answered = false;
        for (const MitigationTask &task : data.tasks)
            answered = answered || (task.mitigationId == mitigation && task.threats.contains(id));
        if (!answered)
            pick = list->item(i);
    }
    QVERIFY(pick);
    auto *create = child<QPushButton>("createTask");
    uitest::clickIndex(list, list->indexFromItem(pick));
    QVERIFY(create->isEnabled());
    const qsizetype undoBefore = m_doc->undoStack()->count();
    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY2(m_panel->editor()->errorText().isEmpty(), qPrintable(m_panel->editor()->errorText()));

    bool linked = false;
    for (const MitigationTask &task : m_doc->data().tasks)
        linked = linked || (task.mitigationId == mitigation && task.threats.contains(id));
    QVERIFY(linked);
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
    // The editor's task list shows it.
    auto *tasks = child<QListWidget>("tasks");
    bool listed = false;
    for (int i = 0; i < tasks->count(); ++i)
        listed = listed || !tasks->item(i)->data(Qt::UserRole + 1).toUuid().isNull();
    QVERIFY(listed);
    m_doc->undoStack()->undo();
    bool still = false;
    for (const MitigationTask &task : m_doc->data().tasks)
        still = still || (task.mitigationId == mitigation && task.threats.contains(id));
    QVERIFY(!still);
}

void tst_ThreatsPanel::filters_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addRow("text") << QStringLiteral("text");
    QTest::addRow("status") << QStringLiteral("status");
    QTest::addRow("category") << QStringLiteral("category");
    QTest::addRow("risk") << QStringLiteral("risk");
    QTest::addRow("annex") << QStringLiteral("annex");
}

void tst_ThreatsPanel::filters()
{
    QFETCH(QString, kind);
    const ProjectData &data = m_doc->data();
    const Threat &sample = data.threats[ProjectData::sortedIds(data.threats).first()];
    std::function<bool(const Threat &)> want;
    auto pickCombo = [this](const char *name, const QVariant &value) {
        auto *box = child<QComboBox>(name);
        const int index = box->findData(value);
        QVERIFY(index >= 0);
        box->setFocus();
        // Walk there with the keyboard, as a user would; each step applies the filter.
        QTest::keyClick(box, Qt::Key_Home);
        for (int i = 0; i < index; ++i)
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(box->currentIndex(), index);
    };
    if (kind == QLatin1String("text")) {
        const QString word = sample.title.section(u' ', 0, 0);
        QTest::keyClicks(child<QLineEdit>("search"), word);
        want = [word](const Threat &t) {
            return QString(t.title + t.description + t.justification + categoryTitle(t.category)
                           + idString(t.id))
                       .contains(word, Qt::CaseInsensitive)
                   || [&] {
                          for (const Involved &i : t.involved)
                              if (i.name.contains(word, Qt::CaseInsensitive))
                                  return true;
                          return false;
                      }();
        };
    } else if (kind == QLatin1String("status")) {
        pickCombo("statusFilter", int(sample.status));
        want = [&sample](const Threat &t) {
            return t.status == sample.status;
        };
    } else if (kind == QLatin1String("category")) {
        pickCombo("categoryFilter", int(sample.category));
        want = [&sample](const Threat &t) {
            return t.category == sample.category;
        };
    } else if (kind == QLatin1String("risk")) {
        const int level = data.criteria.level(sample.likelihood, sample.impact);
        pickCombo("riskFilter", level);
        want = [&data, level](const Threat &t) {
            return data.criteria.level(t.likelihood, t.impact) == level;
        };
    } else {
        // The filter lists Part I requirements; pick one in a fixed order (QHash order is random).
        QString annex;
        for (const QUuid &id : ProjectData::sortedIds(data.threats))
            for (const QString &a : data.threats[id].annex)
                if (annex.isEmpty() && a.startsWith(QLatin1String("I(2)")))
                    annex = a;
        QVERIFY(!annex.isEmpty());
        pickCombo("annexFilter", annex);
        want = [annex](const Threat &t) {
            return t.annex.contains(annex);
        };
    }
    int expected = 0;
    for (const Threat &t : data.threats)
        expected += want(t) ? 1 : 0;
    QVERIFY(expected > 0);
    QVERIFY(expected < data.threats.size() || kind == QLatin1String("text"));
    QCOMPARE(m_panel->proxy()->rowCount(), expected);
    for (int row = 0; row < m_panel->proxy()->rowCount(); ++row)
        QVERIFY(want(
            data.threats[m_panel->proxy()->index(row, 0).data(ThreatTableModel::IdRole).toUuid()]));
    m_panel->clearFilters();
    QCOMPARE(m_panel->proxy()->rowCount(), data.threats.size());
}

void tst_ThreatsPanel::elementFilterAndActivation()
{
    const ProjectData &data = m_doc->data();
    const Threat &sample = data.threats[ProjectData::sortedIds(data.threats).first()];
    const Id element = sample.involved.first().id;
    m_panel->showElement(element);
    int expected = 0;
    for (const Threat &t : data.threats) {
        for (const Involved &i : t.involved)
            if (i.id == element) {
                ++expected;
                break;
            }
    }
    QCOMPARE(m_panel->proxy()->rowCount(), expected);
    auto *chip = child<QToolButton>("elementFilter");
    QVERIFY(chip->isVisible());
    QVERIFY(chip->text().contains(data.elements.contains(element) ? data.elements[element].name
                                                                  : data.flows[element].name));
    QSignalSpy activated(m_panel.get(), &ThreatsPanel::elementActivated);
    const QModelIndex first = m_panel->proxy()->index(0, ThreatTableModel::TitleColumn);
    m_panel->table()->scrollTo(first);
    uitest::clickIndex(m_panel->table(), first);
    QTest::keyClick(m_panel->table(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    // The element, or the flow of a flow threat (source, flow, target).
    const QList<Involved> &inv
        = data.threats[first.data(ThreatTableModel::IdRole).toUuid()].involved;
    QCOMPARE(activated.at(0).at(0).toUuid(), inv.size() == 3 ? inv[1].id : inv[0].id);
    QTest::mouseClick(chip, Qt::LeftButton); // the chip clears its filter
    QCOMPARE(m_panel->proxy()->rowCount(), data.threats.size());
    QVERIFY(!chip->isVisible());
}

void tst_ThreatsPanel::selectionSurvivesEdits()
{
    const ProjectData &data = m_doc->data();
    const QList<Id> ids = ProjectData::sortedIds(data.threats);
    const Id target = ids.at(ids.size() / 2);
    QSignalSpy selected(m_panel.get(), &ThreatsPanel::threatSelected);
    m_panel->selectThreat(target);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(m_panel->currentThreat(), target);
    const int scroll = m_panel->table()->verticalScrollBar()->value();
    // Rename an element and add a threat by hand: rows move in, nothing resets.
    const Id element = ProjectData::sortedIds(data.elements).first();
    QVERIFY(m_doc->apply(SetAttribute{element, QStringLiteral("name"), QStringLiteral("Renamed")}));
    Threat extra;
    extra.id = newId();
    extra.title = QStringLiteral("Hand-written threat");
    QVERIFY(m_doc->apply(AddThreat{extra}));
    QCOMPARE(m_panel->currentThreat(), target);
    QCOMPARE(m_panel->table()->currentIndex().data(ThreatTableModel::IdRole).toUuid(), target);
    QCOMPARE(m_panel->table()->verticalScrollBar()->value(), scroll);
    QCOMPARE(selected.count(), 1);
    QVERIFY(m_panel->model()->indexOf(extra.id).isValid());
    m_doc->undoStack()->undo();
    QVERIFY(!m_panel->model()->indexOf(extra.id).isValid());
    QCOMPARE(m_panel->currentThreat(), target);
}

void tst_ThreatsPanel::explanationShowsWhy()
{
    const Id id = selectFirstWhere([](const Threat &t) { return !t.templateId.isEmpty(); });
    QVERIFY(!id.isNull());
    const ThreatTemplate *tpl
        = uitest::builtInLibrary()->find(m_doc->data().threats[id].templateId);
    QVERIFY(tpl);
    // Worked out on a worker thread, then shown.
    QTRY_VERIFY(m_panel->editor()->explanationText().contains(tpl->name));
    QVERIFY(m_panel->editor()->explanationText().contains(QLatin1String("Holds now")));
}

QTEST_MAIN(tst_ThreatsPanel)
#include "tst_threatspanel.moc"
