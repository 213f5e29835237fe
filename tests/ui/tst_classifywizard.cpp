// CRA > Classify Product: the questionnaire as a wizard, driven by clicks and keys. Questions
// follow the catalogue's conditions; Finish stores the profile as one undoable edit, the same
// profile `threatbench-cli cra classify` makes from the same answers.

#include "cra/classifyanswers.h"
#include "dialogs/classifyquestionpage.h"
#include "dialogs/classifywizard.h"
#include "document/document.h"
#include "mainwindow/mainwindow.h"
#include "panelfixture.h"
#include "uisample.h"

#include "clirunner.h"

#include <QAction>
#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QPointer>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace tb;

namespace {

void click(QWizard *w, QWizard::WizardButton which)
{
    QAbstractButton *b = w->button(which);
    QVERIFY2(b->isVisible() && b->isEnabled(), qPrintable(w->currentPage()->objectName()));
    QTest::mouseClick(b, Qt::LeftButton);
}

// "sparePart=no", "sectoralRegime=none", "categories=III-I-17,III-I-12" (or "categories=").
void answer(ClassifyWizard *w, const QString &pair)
{
    const QString id = pair.section(QLatin1Char('='), 0, 0);
    const QString value = pair.section(QLatin1Char('='), 1);
    QWizardPage *page = w->currentPage();
    QCOMPARE(page->objectName(), id + QStringLiteral("Page"));
    if (id == QLatin1String("categories")) {
        auto *list = page->findChild<QTreeWidget *>(id + QStringLiteral("_list"));
        QVERIFY(list);
        for (const QString &category : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto found = list->findItems(QStringLiteral("*"), Qt::MatchWildcard);
            const auto it = std::find_if(found.cbegin(), found.cend(), [&](QTreeWidgetItem *i) {
                return i->data(0, Qt::UserRole).toString() == category;
            });
            QVERIFY2(it != found.cend(), qPrintable(category));
            uitest::clickIndex(list, list->indexFromItem(*it));
            QTest::keyClick(list, Qt::Key_Space); // toggles the check box of the current row
            QCOMPARE((*it)->checkState(0), Qt::Checked);
        }
    } else {
        auto *button = page->findChild<QRadioButton *>(id + QLatin1Char('_') + value);
        QVERIFY2(button, qPrintable(pair));
        QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // no answer yet
        // On the indicator: a radio button only takes clicks on it and its label.
        QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(6, button->height() / 2));
        QVERIFY(button->isChecked());
    }
    click(w, QWizard::NextButton);
}

void type(QWidget *page, const QString &name, const QString &text)
{
    auto *edit = page->findChild<QLineEdit *>(name);
    QVERIFY2(edit, qPrintable(name));
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
    QCOMPARE(edit->text(), text);
}

// The current data tag as a file name.
QString tagName()
{
    return QString::fromLatin1(QTest::currentDataTag())
        .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
}

QJsonObject withoutTimes(QJsonObject profile)
{
    profile.remove(QStringLiteral("classifiedAt"));
    profile.remove(QStringLiteral("stored"));
    return profile;
}

} // namespace

class tst_ClassifyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void answerAndFinish_data();
    void answerAndFinish();
    void startsFromStoredAnswers();
    void cannotFinishUntilValid_data();
    void cannotFinishUntilValid();

private:
    ClassifyWizard *openWizard(const QString &project);
    QString sampleProject(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void tst_ClassifyWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("ThreatbenchTest"));
    QApplication::setApplicationName(QStringLiteral("tst_classifywizard"));
    QVERIFY(m_dir.isValid());
}

void tst_ClassifyWizard::cleanup()
{
    m_window.reset();
    QSettings().remove(QStringLiteral("mainWindow"));
}

QString tst_ClassifyWizard::sampleProject(const QString &name)
{
    Project project;
    uitest::UiSampleIds ids;
    if (!uitest::buildUiSample(project, &ids))
        return {};
    const QString path = m_dir.filePath(name + QStringLiteral(".threatbench"));
    return ProjectStore::create(path, project.data()) ? path : QString();
}

// Opens `project` in a window and the wizard from the CRA menu.
ClassifyWizard *tst_ClassifyWizard::openWizard(const QString &project)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->openProject(project))
        return nullptr;
    auto *action = m_window->findChild<QAction *>(QStringLiteral("classifyProduct"));
    if (!action || !action->isEnabled())
        return nullptr;
    action->trigger();
    auto *wizard = m_window->findChild<ClassifyWizard *>(QStringLiteral("classifyWizard"));
    return wizard && QTest::qWaitForWindowExposed(wizard) ? wizard : nullptr;
}

void tst_ClassifyWizard::answerAndFinish_data()
{
    QTest::addColumn<QStringList>("answers"); // in the order the pages must come
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("route"); // a route the profile must list ("" for none)

    const QStringList inScope{QStringLiteral("digitalElements=yes"),
                              QStringLiteral("dataConnection=yes"),
                              QStringLiteral("commercialActivity=yes")};
    const QStringList noExclusion{QStringLiteral("sectoralRegime=none"),
                                  QStringLiteral("sparePart=no"),
                                  QStringLiteral("nationalSecurity=no")};
    QTest::addRow("smart lock, class I")
        << inScope + noExclusion
               + QStringList{QStringLiteral("categories=III-I-17"),
                             QStringLiteral("harmonisedStandards=partial-or-none"),
                             QStringLiteral("openSource=no")}
        << QStringLiteral("important-class-1") << QStringLiteral("module-b-c");
    QTest::addRow("router on full standards")
        << inScope + noExclusion
               + QStringList{QStringLiteral("categories=III-I-12"),
                             QStringLiteral("harmonisedStandards=full"),
                             QStringLiteral("openSource=no")}
        << QStringLiteral("important-class-1") << QStringLiteral("module-a");
    QTest::addRow("no category: default, two questions skipped")
        << inScope + noExclusion + QStringList{QStringLiteral("categories=")}
        << QStringLiteral("default") << QStringLiteral("module-a");
    QTest::addRow("medical device: categories skipped")
        << inScope
               + QStringList{QStringLiteral("sectoralRegime=medical-devices"),
                             QStringLiteral("sparePart=no"), QStringLiteral("nationalSecurity=no")}
        << QString(kOutOfScope) << QString();
    QTest::addRow("no data connection: the rest skipped")
        << QStringList{QStringLiteral("digitalElements=yes"), QStringLiteral("dataConnection=no")}
        << QString(kOutOfScope) << QString();
}

void tst_ClassifyWizard::answerAndFinish()
{
    QFETCH(QStringList, answers);
    QFETCH(QString, outcome);
    QFETCH(QString, route);
    const QString project = sampleProject(QStringLiteral("answer-") + tagName());
    QPointer<ClassifyWizard> wizard = openWizard(project);
    QVERIFY(wizard);
    Document *doc = m_window->document();
    QVERIFY(!craProfileOf(doc->data()));
    const int steps = doc->undoStack()->count();

    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("introPage"));
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled()); // who answers is required
    type(wizard->currentPage(), QStringLiteral("answeredBy"), QStringLiteral("Test officer"));
    click(wizard, QWizard::NextButton);
    for (const QString &pair : answers) {
        answer(wizard, pair);
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("supportPage"));
    type(wizard->currentPage(), QStringLiteral("placedOnMarket"), QStringLiteral("2026-12-01"));
    type(wizard->currentPage(), QStringLiteral("supportEnd"), QStringLiteral("2031-12-31"));
    type(wizard->currentPage(), QStringLiteral("securityContact"),
         QStringLiteral("security@example.com"));
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("resultPage"));
    const QString shown
        = wizard->findChild<QTextBrowser *>(QStringLiteral("classifyResult"))->toPlainText();
    QVERIFY2(shown.contains(craOutcomeLabel(outcome)), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("Key dates")));
    const QJsonObject sheet = wizard->answersSheet();
    click(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!wizard);

    // One step, holding the profile as the CLI stores it.
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const std::optional<CraProfile> stored = craProfileOf(doc->data());
    QVERIFY(stored);
    QCOMPARE(stored->outcome, outcome);
    QCOMPARE(stored->classifiedBy, QStringLiteral("Test officer"));
    QCOMPARE(stored->answers.size(), answers.size());
    for (qsizetype i = 0; i < answers.size(); ++i)
        QCOMPARE(stored->answers.at(i).question, answers.at(i).section(QLatin1Char('='), 0, 0));
    QCOMPARE(stored->supportEnd, QDate(2031, 12, 31));
    QCOMPARE(stored->securityContact, QStringLiteral("security@example.com"));
    if (!route.isEmpty())
        QVERIFY(std::any_of(stored->routes.cbegin(), stored->routes.cend(),
                            [&](const CraProfileRef &r) { return r.id == route; }));
    QCOMPARE(craClassName(doc->data().product.craClass),
             outcome == kOutOfScope ? QStringLiteral("default") : outcome);
    QCOMPARE(doc->data().product.supportEnd, QDate(2031, 12, 31));

    const QString sheetPath = m_dir.filePath(QStringLiteral("sheet.json"));
    QFile file(sheetPath);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(sheet).toJson());
    file.close();
    const test::CliRun cli = test::runCli({QStringLiteral("cra"), QStringLiteral("classify"),
                                           project, QStringLiteral("--answers"), sheetPath,
                                           QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QVERIFY2(cli.exitCode == 0, cli.err.constData());
    QCOMPARE(withoutTimes(QJsonDocument::fromJson(cli.out).object()),
             withoutTimes(toJson(*stored)));

    doc->undoStack()->undo();
    QVERIFY(!craProfileOf(doc->data()));
    QVERIFY(!doc->data().settings.contains(kCraProfileKey));
    QCOMPARE(doc->data().product.craClass, CraClass::Default);
    QVERIFY(!doc->data().product.supportEnd.isValid());
}

// The assessed example's stored answers fill every page; finishing unchanged keeps who gave
// each answer and when, and undo gives back the profile as it was.
void tst_ClassifyWizard::startsFromStoredAnswers()
{
    QVERIFY(uitest::openAssessedExample(m_dir, QStringLiteral("assessed.threatbench")));
    QPointer<ClassifyWizard> wizard
        = openWizard(m_dir.filePath(QStringLiteral("assessed.threatbench")));
    QVERIFY(wizard);
    Document *doc = m_window->document();
    const std::optional<CraProfile> before = craProfileOf(doc->data());
    QVERIFY(before);
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("answeredBy"))->text(),
             before->classifiedBy);
    click(wizard, QWizard::NextButton);
    for (const CraAnswer &a : before->answers) {
        QCOMPARE(wizard->currentPage()->objectName(), a.question + QStringLiteral("Page"));
        auto *page = static_cast<ClassifyQuestionPage *>(wizard->currentPage());
        QCOMPARE(page->answer().value_or(QJsonValue()), a.value);
        QCOMPARE(page->findChild<QLineEdit *>(a.question + QStringLiteral("_note"))->text(),
                 a.note);
        if (a.value.isBool())
            QVERIFY(page->findChild<QRadioButton *>(
                            a.question
                            + (a.value.toBool() ? QStringLiteral("_yes") : QStringLiteral("_no")))
                        ->isChecked());
        click(wizard, QWizard::NextButton);
    }
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("supportPage"));
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("supportEnd"))->text(),
             before->supportEnd.toString(Qt::ISODate));
    QCOMPARE(wizard->findChild<QLineEdit *>(QStringLiteral("cvdPolicyUrl"))->text(),
             before->cvdPolicyUrl);
    click(wizard, QWizard::NextButton);
    const int steps = doc->undoStack()->count();
    click(wizard, QWizard::FinishButton);
    QTRY_VERIFY(!wizard);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    const std::optional<CraProfile> after = craProfileOf(doc->data());
    QVERIFY(after);
    QCOMPARE(after->answers, before->answers); // who and when kept: nothing changed
    QCOMPARE(after->reasoning, before->reasoning);
    QCOMPARE(after->outcome, before->outcome);
    doc->undoStack()->undo();
    QCOMPARE(craProfileOf(doc->data()), before);
}

void tst_ClassifyWizard::cannotFinishUntilValid_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("bad");
    QTest::addColumn<QString>("fix");
    QTest::addColumn<QString>("said"); // the wizard's name for the place, then the problem

    QTest::addRow("short support without reason")
        << QStringLiteral("supportJustification") << QString()
        << QStringLiteral("Sold for a two-year pilot")
        << QStringLiteral("Why a shorter support period: missing");
    QTest::addRow("contact not an address")
        << QStringLiteral("securityContact") << QStringLiteral("nobody")
        << QStringLiteral("psirt@example.com")
        << QStringLiteral("Security contact: expected an e-mail address");
    QTest::addRow("date not ISO") << QStringLiteral("placedOnMarket")
                                  << QStringLiteral("01/12/2026") << QStringLiteral("2026-12-01")
                                  << QStringLiteral("Placed on the market: expected a date");
}

// The last page lists what is wrong and Finish stays disabled; fixing it enables Finish;
// Cancel stores nothing.
void tst_ClassifyWizard::cannotFinishUntilValid()
{
    QFETCH(QString, field);
    QFETCH(QString, bad);
    QFETCH(QString, fix);
    QFETCH(QString, said);
    QPointer<ClassifyWizard> wizard
        = openWizard(sampleProject(QStringLiteral("invalid-") + tagName()));
    QVERIFY(wizard);
    Document *doc = m_window->document();
    const int steps = doc->undoStack()->count();
    type(wizard->currentPage(), QStringLiteral("answeredBy"), QStringLiteral("Tester"));
    click(wizard, QWizard::NextButton);
    answer(wizard, QStringLiteral("digitalElements=yes"));
    answer(wizard, QStringLiteral("dataConnection=no"));
    QWizardPage *support = wizard->currentPage();
    QCOMPARE(support->objectName(), QStringLiteral("supportPage"));
    // Two years of support: a reason is needed.
    type(support, QStringLiteral("placedOnMarket"), QStringLiteral("2026-12-01"));
    type(support, QStringLiteral("supportEnd"), QStringLiteral("2028-12-01"));
    type(support, QStringLiteral("supportJustification"), QStringLiteral("Pilot"));
    type(support, QStringLiteral("securityContact"), QStringLiteral("psirt@example.com"));
    if (bad.isEmpty())
        support->findChild<QLineEdit *>(field)->clear();
    else
        type(support, field, bad);
    click(wizard, QWizard::NextButton);
    QCOMPARE(wizard->currentPage()->objectName(), QStringLiteral("resultPage"));
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled());
    const QString shown
        = wizard->findChild<QTextBrowser *>(QStringLiteral("classifyResult"))->toPlainText();
    QVERIFY2(shown.contains(said), qPrintable(shown));

    click(wizard, QWizard::BackButton);
    type(wizard->currentPage(), field, fix);
    click(wizard, QWizard::NextButton);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    click(wizard, QWizard::CancelButton);
    QTRY_VERIFY(!wizard);
    QCOMPARE(doc->undoStack()->count(), steps);
    QVERIFY(!craProfileOf(doc->data()));
}

QTEST_MAIN(tst_ClassifyWizard)
#include "tst_classifywizard.moc"
