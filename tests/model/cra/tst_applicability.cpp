// The CRA applicability questionnaire: the shipped category lists, the classification of
// products in every class and of excluded ones, the list of missing or invalid answers, and
// the stored profile going through the edit funnel.

#include "core/project.h"
#include "core/projectsettings.h"
#include "core/propertycatalog.h"
#include "cra/annexcatalog.h"
#include "cra/applicability.h"
#include "cra/classification.h"
#include "cra/coverage.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tb;

class tst_Applicability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLists();
    void catalogueErrors_data();
    void catalogueErrors();
    void classify_data();
    void classify();
    void incompleteAnswers_data();
    void incompleteAnswers();
    void supportPeriodRule();
    void unchangedAnswersKeepWhoAndWhen();
    void profileIsAProjectSetting();
    void classificationEditRoundTrip();
    void profileFeedsPartTwoEvidence();

private:
    static QJsonObject sheet(const QJsonObject &answers, const QJsonObject &profile = {})
    {
        QJsonObject o{{QStringLiteral("format"), QStringLiteral("threatbench-cra-answers")},
                      {QStringLiteral("answeredBy"), QStringLiteral("Ada Tester")},
                      {QStringLiteral("answers"), answers}};
        if (!profile.isEmpty())
            o.insert(QStringLiteral("profile"), profile);
        return o;
    }
    // Answers of an in-scope product with the given categories.
    static QJsonObject inScope(const QStringList &categories, const QString &standards = {})
    {
        QJsonObject a{{QStringLiteral("digitalElements"), true},
                      {QStringLiteral("dataConnection"), true},
                      {QStringLiteral("commercialActivity"), true},
                      {QStringLiteral("sectoralRegime"), QStringLiteral("none")},
                      {QStringLiteral("sparePart"), false},
                      {QStringLiteral("nationalSecurity"), false},
                      {QStringLiteral("categories"), QJsonArray::fromStringList(categories)}};
        if (!categories.isEmpty()) {
            a.insert(QStringLiteral("harmonisedStandards"),
                     standards.isEmpty() ? QStringLiteral("partial-or-none") : standards);
            a.insert(QStringLiteral("openSource"), false);
        }
        return a;
    }
    static ClassifyResult run(const QJsonObject &file, std::optional<CraProfile> previous = {},
                              const QString &by = {})
    {
        return tb::classify(
            ApplicabilityCatalog::builtIn(),
            {file, by, QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC), std::move(previous)});
    }
    static QStringList list(std::initializer_list<const char *> texts)
    {
        QStringList out;
        for (const char *t : texts)
            out.append(QLatin1String(t));
        return out;
    }
    static QByteArray shipped()
    {
        QFile f(test::sourcePath(QStringLiteral("templates/cra/applicability.json")));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
};

void tst_Applicability::builtInLists()
{
    const ApplicabilityCatalog &c = ApplicabilityCatalog::builtIn();
    QMap<CraClass, int> perClass;
    for (const ProductCategory &cat : c.categories())
        ++perClass[cat.cls];
    // Regulation (EU) 2024/2847: Annex III has 19 class I and 4 class II points, Annex IV 3.
    QCOMPARE(perClass.value(CraClass::ImportantClassI), 19);
    QCOMPARE(perClass.value(CraClass::ImportantClassII), 4);
    QCOMPARE(perClass.value(CraClass::Critical), 3);
    QVERIFY(
        c.category(QStringLiteral("III-I-17"))->title.contains(QLatin1String("smart door locks")));
    QCOMPARE(c.category(QStringLiteral("IV-3"))->annex, QStringLiteral("IV"));
    QVERIFY(c.sourceDocument().contains(QLatin1String("2024/2847")));
    QMap<QString, QDate> dates;
    for (const KeyDate &d : c.dates())
        dates.insert(d.id, d.date);
    QCOMPARE(dates.value(QStringLiteral("reporting")), QDate(2026, 9, 11));
    QCOMPARE(dates.value(QStringLiteral("full-application")), QDate(2027, 12, 11));
    QCOMPARE(dates.value(QStringLiteral("entry-into-force")), QDate(2024, 12, 10));
    QCOMPARE(c.minimumSupportYears(), 5);
    // The file on disk is the one embedded.
    QVERIFY(ApplicabilityCatalog::fromJson(shipped(), QStringLiteral("x")).ok());
}

void tst_Applicability::catalogueErrors_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("where");
    QTest::addRow("format") << QByteArray("\"threatbench-cra-applicability\"")
                            << QByteArray("\"other\"") << "$.format";
    QTest::addRow("point skipped")
        << QByteArray("\"annex\": \"III\", \"point\": 3,")
        << QByteArray("\"annex\": \"III\", \"point\": 4,") << "$.categories[2].point";
    QTest::addRow("critical in Annex III")
        << QByteArray("\"class\": \"critical\", \"annex\": \"IV\", \"point\": 1")
        << QByteArray("\"class\": \"critical\", \"annex\": \"III\", \"point\": 1")
        << "$.categories[23].annex";
    QTest::addRow("condition on a later question")
        << QByteArray("\"when\": [{\"question\": \"digitalElements\", \"equals\": true}]")
        << QByteArray("\"when\": [{\"question\": \"openSource\", \"equals\": true}]")
        << "$.questions[1].when[0].question";
    QTest::addRow("unknown type") << QByteArray("\"type\": \"categories\"")
                                  << QByteArray("\"type\": \"list\"") << "$.questions[6].type";
    QTest::addRow("date out of order")
        << QByteArray("\"2026-09-11\"") << QByteArray("\"2025-01-01\"") << "$.dates[2].date";
}

void tst_Applicability::catalogueErrors()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, where);
    QByteArray json = shipped();
    QVERIFY2(json.contains(from), from.constData());
    json.replace(json.indexOf(from), from.size(), to);
    Result<ApplicabilityCatalog> r = ApplicabilityCatalog::fromJson(json, QStringLiteral("c.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, QStringLiteral("c.json: ") + where);
}

void tst_Applicability::classify_data()
{
    QTest::addColumn<QJsonObject>("answers");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("routes");
    QTest::addColumn<QString>("because");
    const QStringList thirdParty{QStringLiteral("module-b-c"), QStringLiteral("module-h")};
    QTest::addRow("default: no category")
        << inScope({}) << "default"
        << QStringList{QStringLiteral("module-a"), QStringLiteral("module-b-c"),
                       QStringLiteral("module-h"), QStringLiteral("eucc")}
        << "default category";
    QTest::addRow("class I: smart door lock, standards not in full")
        << inScope({QStringLiteral("III-I-17")}) << "important-class-1" << thirdParty
        << "smart door locks";
    QTest::addRow("class I: password manager, standards in full")
        << inScope({QStringLiteral("III-I-3")}, QStringLiteral("full")) << "important-class-1"
        << QStringList{QStringLiteral("module-a"), QStringLiteral("module-b-c"),
                       QStringLiteral("module-h"), QStringLiteral("eucc")}
        << "Password managers";
    QJsonObject foss = inScope({QStringLiteral("III-I-11")});
    foss.insert(QStringLiteral("openSource"), true);
    QTest::addRow("class I: open-source operating system")
        << foss << "important-class-1"
        << QStringList{QStringLiteral("module-a-foss"), QStringLiteral("module-b-c"),
                       QStringLiteral("module-h")}
        << "Operating systems";
    QTest::addRow("class II: firewall")
        << inScope({QStringLiteral("III-II-2")}) << "important-class-2"
        << QStringList{QStringLiteral("module-b-c"), QStringLiteral("module-h"),
                       QStringLiteral("eucc")}
        << "Firewalls";
    QTest::addRow("critical: smartcard")
        << inScope({QStringLiteral("IV-3")}) << "critical"
        << QStringList{QStringLiteral("module-b-c"), QStringLiteral("module-h"),
                       QStringLiteral("eucc-required")}
        << "Smartcards";
    QTest::addRow("class I and II: the strictest wins")
        << inScope({QStringLiteral("III-I-12"), QStringLiteral("III-II-2")}) << "important-class-2"
        << QStringList{QStringLiteral("module-b-c"), QStringLiteral("module-h"),
                       QStringLiteral("eucc")}
        << "strictest";
    QJsonObject medical = inScope({});
    medical.insert(QStringLiteral("sectoralRegime"), QStringLiteral("medical-devices"));
    medical.remove(QStringLiteral("categories"));
    QTest::addRow("excluded: medical device")
        << medical << "out-of-scope" << QStringList{} << "2017/745";
    QJsonObject spare = inScope({});
    spare.insert(QStringLiteral("sparePart"), true);
    spare.remove(QStringLiteral("categories"));
    QTest::addRow("excluded: spare part")
        << spare << "out-of-scope" << QStringList{} << "Art. 2(6)";
    QJsonObject defence = inScope({});
    defence.insert(QStringLiteral("nationalSecurity"), true);
    defence.remove(QStringLiteral("categories"));
    QTest::addRow("excluded: defence") << defence << "out-of-scope" << QStringList{} << "Art. 2(7)";
    QTest::addRow("out: non-commercial open source")
        << QJsonObject{{QStringLiteral("digitalElements"), true},
                       {QStringLiteral("dataConnection"), true},
                       {QStringLiteral("commercialActivity"), false}}
        << "out-of-scope" << QStringList{} << "open-source";
    QTest::addRow("out: no data connection")
        << QJsonObject{{QStringLiteral("digitalElements"), true},
                       {QStringLiteral("dataConnection"), false}}
        << "out-of-scope" << QStringList{} << "Art. 2(1)";
    QTest::addRow("out: no digital elements")
        << QJsonObject{{QStringLiteral("digitalElements"), false}} << "out-of-scope"
        << QStringList{} << "Art. 3(1)";
}

void tst_Applicability::classify()
{
    QFETCH(QJsonObject, answers);
    QFETCH(QString, outcome);
    QFETCH(QStringList, routes);
    QFETCH(QString, because);
    const ClassifyResult r = run(sheet(answers));
    QVERIFY2(r.problems.isEmpty(), qPrintable(r.problems.value(0).text()));
    QVERIFY(r.profile);
    QCOMPARE(r.profile->outcome, outcome);
    QStringList ids;
    for (const CraProfileRef &route : r.profile->routes)
        ids.append(route.id);
    QCOMPARE(ids, routes);
    QVERIFY2(r.profile->reasoning.join(QLatin1Char('\n')).contains(because),
             qPrintable(r.profile->reasoning.join(QLatin1Char('\n'))));
    // Every answer that was asked is kept with who and when; nothing else.
    QCOMPARE(r.profile->answers.size(), answers.size());
    for (const CraAnswer &a : r.profile->answers) {
        QCOMPARE(a.by, QStringLiteral("Ada Tester"));
        QCOMPARE(a.at, QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC));
    }
    QCOMPARE(r.profile->dates.size(), ApplicabilityCatalog::builtIn().dates().size());
}

void tst_Applicability::incompleteAnswers_data()
{
    QTest::addColumn<QJsonObject>("file");
    QTest::addColumn<QStringList>("paths");
    QTest::addRow("nothing answered") << sheet({}) << list({"$.answers.digitalElements"});
    QTest::addRow("exclusions unanswered")
        << sheet({{QStringLiteral("digitalElements"), true},
                  {QStringLiteral("dataConnection"), true},
                  {QStringLiteral("commercialActivity"), true}})
        << list({"$.answers.sectoralRegime", "$.answers.sparePart", "$.answers.nationalSecurity"});
    QJsonObject a = inScope({QStringLiteral("III-I-17"), QStringLiteral("III-IX-1")});
    a.insert(QStringLiteral("dataConnection"), QStringLiteral("yes"));
    a.insert(QStringLiteral("colour"), QStringLiteral("blue"));
    a.remove(QStringLiteral("openSource"));
    // A wrong answer blocks the questions that depend on it: they are not reported missing.
    QTest::addRow("wrong types and unknown names")
        << sheet(a) << list({"$.answers.colour", "$.answers.dataConnection"});
    QJsonObject b = inScope({QStringLiteral("III-I-17"), QStringLiteral("III-IX-1")});
    b.insert(QStringLiteral("sectoralRegime"), QJsonObject{{QStringLiteral("value"), 3}});
    b.remove(QStringLiteral("openSource"));
    QTest::addRow("bad choice, unknown category")
        << sheet(b) << list({"$.answers.sectoralRegime.value"});
    QJsonObject c = inScope({QStringLiteral("III-I-17"), QStringLiteral("III-IX-1")});
    c.remove(QStringLiteral("openSource"));
    QTest::addRow("unknown category blocks its follow-ups")
        << sheet(c) << list({"$.answers.categories[1]"});
    QJsonObject d = inScope({QStringLiteral("III-I-17")});
    d.remove(QStringLiteral("openSource"));
    QTest::addRow("follow-up missing") << sheet(d) << list({"$.answers.openSource"});
    QJsonObject noBy = sheet(inScope({}));
    noBy.remove(QStringLiteral("answeredBy"));
    noBy.remove(QStringLiteral("format"));
    QTest::addRow("no format, nobody answering") << noBy << list({"$.format", "$.answeredBy"});
    QTest::addRow("profile fields")
        << sheet(inScope({}), {{QStringLiteral("supportEnd"), QStringLiteral("31/12/2030")},
                               {QStringLiteral("cvdPolicyUrl"), QStringLiteral("ftp://x")},
                               {QStringLiteral("securityContact"), QStringLiteral("nobody")},
                               {QStringLiteral("phone"), QStringLiteral("123")}})
        << list({"$.profile.cvdPolicyUrl", "$.profile.phone", "$.profile.securityContact",
                 "$.profile.supportEnd"});
}

void tst_Applicability::incompleteAnswers()
{
    QFETCH(QJsonObject, file);
    QFETCH(QStringList, paths);
    const ClassifyResult r = run(file);
    QVERIFY(!r.profile);
    QStringList where;
    for (const Error &e : r.problems) {
        where.append(e.where);
        QVERIFY(!e.message.isEmpty());
    }
    QCOMPARE(where, paths);
    // A missing answer quotes the question, so the message alone says what to answer.
    for (const Error &e : r.problems) {
        if (e.message.startsWith(QLatin1String("missing answer")))
            QVERIFY(e.message.contains(QLatin1String("?")));
    }
}

void tst_Applicability::supportPeriodRule()
{
    const QJsonObject shortPeriod{{QStringLiteral("placedOnMarket"), QStringLiteral("2027-01-01")},
                                  {QStringLiteral("supportEnd"), QStringLiteral("2029-12-31")}};
    ClassifyResult r = run(sheet(inScope({}), shortPeriod));
    QCOMPARE(r.problems.size(), 1);
    QCOMPARE(r.problems.at(0).where, QStringLiteral("$.profile.supportJustification"));
    QJsonObject justified = shortPeriod;
    justified.insert(QStringLiteral("supportJustification"),
                     QStringLiteral("Expected use time of three years (battery life)."));
    r = run(sheet(inScope({}), justified));
    QVERIFY(r.profile);
    QCOMPARE(r.profile->supportEnd, QDate(2029, 12, 31));
    QVERIFY(r.profile->reasoning.join(QLatin1Char(' ')).contains(QLatin1String("battery life")));
    // Five years or more needs no justification; an end before the start is refused.
    r = run(sheet(inScope({}), {{QStringLiteral("placedOnMarket"), QStringLiteral("2027-01-01")},
                                {QStringLiteral("supportEnd"), QStringLiteral("2032-01-01")}}));
    QVERIFY(r.profile);
    r = run(sheet(inScope({}), {{QStringLiteral("placedOnMarket"), QStringLiteral("2027-01-01")},
                                {QStringLiteral("supportEnd"), QStringLiteral("2026-01-01")}}));
    QCOMPARE(r.problems.value(0).where, QStringLiteral("$.profile.supportEnd"));
}

void tst_Applicability::unchangedAnswersKeepWhoAndWhen()
{
    ClassifyResult first
        = run(sheet(inScope({QStringLiteral("III-I-17")})), {}, QStringLiteral("Alice"));
    QVERIFY(first.profile);
    QJsonObject changed = inScope({QStringLiteral("III-I-17")}, QStringLiteral("full"));
    const ClassifyResult second
        = tb::classify(ApplicabilityCatalog::builtIn(),
                       {sheet(changed), QStringLiteral("Bob"),
                        QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC), first.profile});
    QVERIFY(second.profile);
    QCOMPARE(second.profile->classifiedBy, QStringLiteral("Bob"));
    for (const CraAnswer &a : second.profile->answers)
        QCOMPARE(a.by, a.question == QLatin1String("harmonisedStandards")
                           ? QStringLiteral("Bob")
                           : QStringLiteral("Alice"));
}

void tst_Applicability::profileIsAProjectSetting()
{
    ClassifyResult r
        = run(sheet(inScope({QStringLiteral("IV-1")}),
                    {{QStringLiteral("securityContact"), QStringLiteral("psirt@x.example")}}));
    QVERIFY(r.profile);
    const QJsonObject body = toJson(*r.profile);
    Result<CraProfile> back = craProfileFromJson(body);
    QVERIFY2(back.ok(), qPrintable(back.error().text()));
    QVERIFY(back.value() == *r.profile);
    QVERIFY(checkProjectSetting(kCraProfileKey, body).ok());
    QJsonObject bad = body;
    bad.insert(QStringLiteral("outcome"), QStringLiteral("class-3"));
    Result<void> refused = checkProjectSetting(kCraProfileKey, bad);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().text().contains(QLatin1String("outcome")));
    bad = body;
    bad.insert(QStringLiteral("supportEnd"), QStringLiteral("soon"));
    QVERIFY(!checkProjectSetting(kCraProfileKey, bad).ok());
}

void tst_Applicability::classificationEditRoundTrip()
{
    ProjectData data;
    data.id = newId();
    data.product.name = QStringLiteral("Lock");
    ClassifyResult r = run(sheet(inScope({QStringLiteral("III-I-17")}),
                                 {{QStringLiteral("placedOnMarket"), QStringLiteral("2027-01-01")},
                                  {QStringLiteral("supportEnd"), QStringLiteral("2032-06-30")}}));
    QVERIFY(r.profile);
    const ProjectData before = data;
    const Edit edit = craProfileEdit(data, *r.profile);
    QCOMPARE(std::get<Batch>(edit.v).edits.size(), size_t(3));
    Result<Edit> inverse = applyEdit(data, PropertyCatalog::builtIn(), edit);
    QVERIFY2(inverse.ok(), qPrintable(inverse.error().text()));
    QCOMPARE(data.product.craClass, CraClass::ImportantClassI);
    QCOMPARE(data.product.supportEnd, QDate(2032, 6, 30));
    QCOMPARE(craProfileOf(data)->outcome, QStringLiteral("important-class-1"));
    const ProjectData after = data;
    QVERIFY(applyEdit(data, PropertyCatalog::builtIn(), inverse.value()).ok());
    QVERIFY(data == before);
    QVERIFY(applyEdit(data, PropertyCatalog::builtIn(), edit).ok());
    QVERIFY(data == after);
    // Out of scope sets the lowest class; the profile says why.
    ClassifyResult out = run(sheet({{QStringLiteral("digitalElements"), false}}));
    QVERIFY(applyEdit(data, PropertyCatalog::builtIn(), craProfileEdit(data, *out.profile)).ok());
    QCOMPARE(data.product.craClass, CraClass::Default);
    QVERIFY(!craProfileOf(data)->inScope());
}

void tst_Applicability::profileFeedsPartTwoEvidence()
{
    ProjectData data;
    data.id = newId();
    ClassifyResult r = run(sheet(
        inScope({}), {{QStringLiteral("cvdPolicyUrl"), QStringLiteral("https://x.example/cvd")},
                      {QStringLiteral("securityContact"), QStringLiteral("psirt@x.example")}}));
    QVERIFY(r.profile);
    const auto evidence = [&](const QString &id) {
        for (const RequirementCoverage &c : computeCoverage(data, AnnexCatalog::builtIn())) {
            if (c.id == id)
                return c.evidence.join(QLatin1Char(' '));
        }
        return QString();
    };
    QVERIFY(evidence(QStringLiteral("II(5)")).isEmpty());
    QVERIFY(applyEdit(data, PropertyCatalog::builtIn(), craProfileEdit(data, *r.profile)).ok());
    QVERIFY(evidence(QStringLiteral("II(5)")).contains(QLatin1String("https://x.example/cvd")));
    QVERIFY(evidence(QStringLiteral("II(6)")).contains(QLatin1String("psirt@x.example")));
    QVERIFY(evidence(QStringLiteral("II(7)")).isEmpty()); // no update channel given
}

QTEST_APPLESS_MAIN(tst_Applicability)
#include "tst_applicability.moc"
