// .tb7 template translation: threat types whose generation filters translate become flow
// templates that load and derive; every other one is listed with the terms that did not
// translate, never guessed; hostile XML is refused with its line and column.

#include "core/propertycatalog.h"
#include "engine/templatelibrary.h"
#include "importtestutil.h"
#include "io/tb7import.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace tb;
using namespace tb::test;

class tst_Tb7Import : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts();
    void conditions_data();
    void conditions();
    void texts();
    void untranslated_data();
    void untranslated();
    void approximationsAreReported();
    void libraryLoads();
    void errors_data();
    void errors();
    void robustAgainstTruncation();
};

namespace {

const Tb7Translation &sample()
{
    static const Tb7Translation t = [] {
        Result<Tb7Translation> r = translateTb7(readData(QStringLiteral("tb7/sample.tb7")),
                                                QStringLiteral("sample.tb7"));
        if (!r)
            qFatal("%s", qPrintable(r.error().text()));
        return r.value();
    }();
    return t;
}

QJsonObject templateFor(const QString &suffix)
{
    for (const QJsonValue &v : sample().templates.value(QLatin1String("templates")).toArray()) {
        if (v.toObject().value(QLatin1String("id")).toString().endsWith(suffix))
            return v.toObject();
    }
    return {};
}

QJsonValue json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray("[") + text + "]").array().first();
}

} // namespace

void tst_Tb7Import::counts()
{
    const Tb7Translation &t = sample();
    QCOMPARE(t.library, QStringLiteral("tmt-test-bench-kb"));
    QCOMPARE(t.templates.value(QLatin1String("format")).toString(),
             QStringLiteral("threatbench-templates"));
    QCOMPARE(t.templates.value(QLatin1String("version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(t.translated.size(), 4);
    QCOMPARE(t.untranslated.size(), 5);
    QCOMPARE(t.templates.value(QLatin1String("templates")).toArray().size(), 4);
}

void tst_Tb7Import::conditions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QJsonValue>("condition");
    QTest::addRow("kinds, boundary, exclude")
        << "a1"
        << "spoofing" << json(R"({"all": [{"all": [{"prop": "source.kind", "eq": "external"},
                                     {"prop": "target.kind", "eq": "process"},
                                     {"any": [{"fact": "crossesBoundary"}, {"fact": "crossesBoundary"}]}]},
                            {"not": {"prop": "flow.authenticated", "eq": true}}]})");
    QTest::addRow("stencil") << "b2"
                             << "tampering"
                             << json(R"({"all": [{"prop": "target.stencil", "eq": "database"},
                                                 {"prop": "source.kind", "eq": "process"}]})");
    QTest::addRow("protocol") << "c3"
                              << "information-disclosure"
                              << json(R"({"prop": "flow.protocol", "eq": "HTTP"})");
    QTest::addRow("always-true term folded, not, No")
        << "i9"
        << "elevation-of-privilege"
        << json(R"({"all": [{"all": [{"prop": "target.storesLogs", "eq": false},
                                     {"not": {"prop": "target.kind", "eq": "external"}}]},
                            {"not": {"prop": "target.storesCredentials", "eq": true}}]})");
}

void tst_Tb7Import::conditions()
{
    QFETCH(QString, id);
    QFETCH(QString, category);
    QFETCH(QJsonValue, condition);
    const QJsonObject t = templateFor(QLatin1Char('.') + id);
    QVERIFY2(!t.isEmpty(), qPrintable(id));
    QCOMPARE(t.value(QLatin1String("id")).toString(), QStringLiteral("tmt.test-bench-kb.") + id);
    QCOMPARE(t.value(QLatin1String("appliesTo")).toString(), QStringLiteral("flow"));
    QCOMPARE(t.value(QLatin1String("category")).toString(), category);
    QCOMPARE(t.value(QLatin1String("condition")), condition);
}

void tst_Tb7Import::texts()
{
    const QJsonObject a1 = templateFor(QStringLiteral(".a1"));
    QCOMPARE(a1.value(QLatin1String("title")).toString(),
             QStringLiteral("Spoofing of {source.name} towards {target.name}"));
    QCOMPARE(a1.value(QLatin1String("name")).toString(), QStringLiteral("Spoofing of towards"));
    QCOMPARE(a1.value(QLatin1String("description")).toString(),
             QStringLiteral("{source.name} may be impersonated when it talks to {target.name}."));
    // No description: the title stands in.
    QCOMPARE(templateFor(QStringLiteral(".c3")).value(QLatin1String("description")).toString(),
             QStringLiteral("Sniffing {flow.name}"));
    // A placeholder the engine does not have becomes plain text.
    QCOMPARE(templateFor(QStringLiteral(".i9")).value(QLatin1String("title")).toString(),
             QStringLiteral("Unlogged access to {target.name} by Owner"));
}

void tst_Tb7Import::untranslated_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("reason");
    QTest::addRow("attribute") << "D4"
                               << "include term source.codeType is 'Unmanaged'";
    QTest::addRow("v3 catch-all") << "E5"
                                  << "include term source is 'ROOT'";
    QTest::addRow("typed boundary") << "F6"
                                    << "flow crosses 'SE.TB.L.TMCore.Machine'";
    QTest::addRow("not STRIDE") << "G7"
                                << "category \"L\" is not a STRIDE category";
    QTest::addRow("syntax") << "H8"
                            << "does not parse (a parenthesis is never closed)";
}

void tst_Tb7Import::untranslated()
{
    QFETCH(QString, id);
    QFETCH(QString, reason);
    QString line;
    for (const QString &l : sample().untranslated) {
        if (l.startsWith(id + QLatin1Char(' ')))
            line = l;
    }
    QVERIFY2(line.contains(reason), qPrintable(line));
    QVERIFY(templateFor(QLatin1Char('.') + id.toLower()).isEmpty());
}

void tst_Tb7Import::approximationsAreReported()
{
    const QString all = sample().approximated.join(QLatin1Char('\n'));
    for (const char *needle :
         {"A1 \"Spoofing of {source.Name} towards {target.Name}\": flow crosses 'GE.TB.L' read as "
          "crossing any boundary",
          "flow.authenticatesSource is 'Yes' read as authenticated",
          "target is 'SE.DS.TMCore.SQL' read as stencil \"database\"",
          "flow is 'SE.DF.TMCore.HTTP' read as protocol \"HTTP\"",
          "placeholder {target.Owner} written as plain text",
          "CAPEC 151, CWE 287, Annex I I(2)(d) and mitigation mit.strong-authentication are the "
          "Spoofing defaults"})
        QVERIFY2(all.contains(QLatin1String(needle)), needle);
}

void tst_Tb7Import::libraryLoads()
{
    QTemporaryDir dir;
    QFile f(QDir(dir.path()).filePath(sample().library + QStringLiteral(".json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(sample().templates).toJson());
    f.close();
    const LibraryLoad load = loadTemplateLibrary({QStringLiteral(":/templates"), dir.path()},
                                                 PropertyCatalog::builtIn());
    QStringList problems;
    for (const Error &e : load.problems)
        problems.append(e.text());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    for (const char *id : {"a1", "b2", "c3", "i9"})
        QVERIFY(load.library.find(QStringLiteral("tmt.test-bench-kb.") + QLatin1String(id)));
}

void tst_Tb7Import::errors_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    QTest::addRow("doctype") << QByteArray("<!DOCTYPE KnowledgeBase [<!ENTITY x SYSTEM "
                                           "\"file:///etc/passwd\">]>\n<KnowledgeBase>&x;"
                                           "</KnowledgeBase>")
                             << "bad.tb7: line 1"
                             << "DOCTYPE";
    QTest::addRow("wrong root") << QByteArray("<ThreatModel/>") << "bad.tb7: line 1"
                                << "starts with <KnowledgeBase>";
    QTest::addRow("no threat types")
        << QByteArray("<KnowledgeBase><Manifest/></KnowledgeBase>") << "bad.tb7: line 1"
        << "no <ThreatTypes>";
    QTest::addRow("type without id")
        << QByteArray("<KnowledgeBase><ThreatTypes>\n<ThreatType><Category>S</Category>"
                      "</ThreatType></ThreatTypes></KnowledgeBase>")
        << "bad.tb7: line 2, column "
        << "without an <Id>";
    QTest::addRow("too deep") << QByteArray("<KnowledgeBase>" + QByteArray("<a>").repeated(80)
                                            + QByteArray("</a>").repeated(80) + "</KnowledgeBase>")
                              << "bad.tb7: line 1"
                              << "deeper than";
    QTest::addRow("not XML") << QByteArray("KnowledgeBase") << "bad.tb7: line 1"
                             << "XML";
}

void tst_Tb7Import::errors()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Tb7Translation> r = translateTb7(input, QStringLiteral("bad.tb7"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_Tb7Import::robustAgainstTruncation()
{
    const QByteArray full = readData(QStringLiteral("tb7/sample.tb7"));
    int refused = 0;
    for (qsizetype n = 0; n < full.size(); n += 41) {
        const Result<Tb7Translation> r = translateTb7(full.left(n), QStringLiteral("cut.tb7"));
        if (!r.ok()) {
            ++refused;
            QVERIFY2(r.error().where.startsWith(QLatin1String("cut.tb7")),
                     qPrintable(r.error().text()));
        }
    }
    QVERIFY(refused > 0);
}

QTEST_GUILESS_MAIN(tst_Tb7Import)
#include "tst_tb7import.moc"
