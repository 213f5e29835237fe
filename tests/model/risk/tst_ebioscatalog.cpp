// The EBIOS RM catalogue of typical risk origins and target objectives is data: the built-in copy
// loads with every entry in file order, and malformed catalogues are refused with file and JSON
// path.

#include "risk/ebioscatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace tb;

class tst_EbiosCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtIn();
    void builtInMatchesSourceFile();
    void find();
    void badCatalogues_data();
    void badCatalogues();

private:
    static QJsonObject sourceRoot();
};

QJsonObject tst_EbiosCatalog::sourceRoot()
{
    QFile f(test::sourcePath(QStringLiteral("templates/ebios/catalogue.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_EbiosCatalog::builtIn()
{
    const EbiosCatalog &c = EbiosCatalog::builtIn();
    QCOMPARE(c.version(), QStringLiteral("1.0.0"));
    QStringList origins, objectives;
    for (const EbiosCatalogEntry &e : c.riskOrigins())
        origins.append(e.id);
    for (const EbiosCatalogEntry &e : c.targetObjectives())
        objectives.append(e.id);
    QCOMPARE(origins.join(QLatin1Char(' ')),
             QStringLiteral("state organised-crime terrorist hacktivist cyber-mercenary amateur "
                            "insider pathological competitor"));
    QCOMPARE(objectives.join(QLatin1Char(' ')),
             QStringLiteral("espionage data-theft sabotage extortion fraud reputation botnet "
                            "privacy"));
    for (const QList<EbiosCatalogEntry> *list : {&c.riskOrigins(), &c.targetObjectives()}) {
        for (const EbiosCatalogEntry &e : *list) {
            QVERIFY2(!e.name.isEmpty() && !e.nameFr.isEmpty(), qPrintable(e.id));
            QVERIFY2(e.description.size() > 60, qPrintable(e.id));
        }
    }
    // The resource is read as UTF-8.
    QCOMPARE(c.riskOrigins().first().nameFr, QStringLiteral("Étatique"));
    QCOMPARE(c.findOrigin(QStringLiteral("pathological"))->nameFr,
             QStringLiteral("Malveillant pathologique"));
}

void tst_EbiosCatalog::builtInMatchesSourceFile()
{
    QFile f(test::sourcePath(QStringLiteral("templates/ebios/catalogue.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<EbiosCatalog> r = EbiosCatalog::fromJson(f.readAll(), f.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    const EbiosCatalog &b = EbiosCatalog::builtIn();
    QCOMPARE(r->riskOrigins().size(), b.riskOrigins().size());
    QCOMPARE(r->targetObjectives().size(), b.targetObjectives().size());
    for (qsizetype i = 0; i < b.riskOrigins().size(); ++i)
        QCOMPARE(r->riskOrigins().at(i).description, b.riskOrigins().at(i).description);
    for (qsizetype i = 0; i < b.targetObjectives().size(); ++i)
        QCOMPARE(r->targetObjectives().at(i).description, b.targetObjectives().at(i).description);
}

void tst_EbiosCatalog::find()
{
    const EbiosCatalog &c = EbiosCatalog::builtIn();
    // The categories core/ebios.h names for RiskOrigin::category are catalogue ids.
    for (const char *category : {"organised-crime", "state", "hacktivist", "insider", "competitor"})
        QVERIFY2(c.findOrigin(QString::fromLatin1(category)), category);
    QCOMPARE(c.findOrigin(QStringLiteral("organised-crime"))->name,
             QStringLiteral("Organised crime"));
    QCOMPARE(c.findObjective(QStringLiteral("botnet"))->name,
             QStringLiteral("Using the product as a botnet platform"));
    QVERIFY(!c.findOrigin(QStringLiteral("botnet")));   // lists are separate
    QVERIFY(!c.findObjective(QStringLiteral("state"))); // ditto
    QVERIFY(!c.findOrigin(QStringLiteral("Organised-Crime")));
    QVERIFY(!c.findOrigin(QString()));
}

void tst_EbiosCatalog::badCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // a part of it
    const QJsonObject good = sourceRoot();
    QVERIFY(!good.isEmpty());
    const auto doc = [](const QJsonObject &o) {
        return QJsonDocument(o).toJson();
    };
    const auto root = [&](const std::function<void(QJsonObject &)> &change) {
        QJsonObject o = good;
        change(o);
        return doc(o);
    };
    const auto entry
        = [&](const char *list, int i, const std::function<void(QJsonObject &)> &change) {
              return root([&](QJsonObject &o) {
                  const QString key = QString::fromLatin1(list);
                  QJsonArray a = o.value(key).toArray();
                  QJsonObject e = a.at(i).toObject();
                  change(e);
                  a.replace(i, e);
                  o.insert(key, a);
              });
          };
    const auto set = [](const char *key, const QJsonValue &v) {
        return [key, v](QJsonObject &o) {
            o.insert(QString::fromLatin1(key), v);
        };
    };
    const auto drop = [](const char *key) {
        return [key](QJsonObject &o) {
            o.remove(QString::fromLatin1(key));
        };
    };

    QTest::addRow("not JSON") << QByteArray("{\n\"format\": ") << "x.json: line 2"
                              << "not valid JSON";
    QTest::addRow("array") << QByteArray("[]") << "x.json: $"
                           << "expected an object";
    QTest::addRow("format") << root(set("format", QStringLiteral("threatbench-annex-i")))
                            << "x.json: $.format"
                            << "threatbench-ebios-catalogue";
    QTest::addRow("no version") << root(drop("version")) << "x.json: $.version"
                                << "expected a version";
    QTest::addRow("unknown key") << root(set("origins", QJsonArray())) << "x.json: $.origins"
                                 << "unknown key";
    QTest::addRow("no origins") << root(drop("riskOrigins")) << "x.json: $.riskOrigins"
                                << "expected a non-empty list";
    QTest::addRow("no objectives")
        << root(set("targetObjectives", QJsonArray())) << "x.json: $.targetObjectives"
        << "expected a non-empty list";
    QTest::addRow("not an object") << root([](QJsonObject &o) {
        QJsonArray a = o.value(QStringLiteral("riskOrigins")).toArray();
        a.replace(2, 5);
        o.insert(QStringLiteral("riskOrigins"), a);
    }) << "x.json: $.riskOrigins[2]"
                                   << "expected an object";
    QTest::addRow("no nameFr") << entry("targetObjectives", 3, drop("nameFr"))
                               << "x.json: $.targetObjectives[3].nameFr"
                               << "expected non-empty text";
    QTest::addRow("blank description")
        << entry("riskOrigins", 0, set("description", QStringLiteral("  ")))
        << "x.json: $.riskOrigins[0].description"
        << "expected non-empty text";
    QTest::addRow("number name") << entry("riskOrigins", 1, set("name", 3))
                                 << "x.json: $.riskOrigins[1].name"
                                 << "expected non-empty text";
    QTest::addRow("unknown entry key")
        << entry("riskOrigins", 4, set("category", QStringLiteral("x")))
        << "x.json: $.riskOrigins[4].category"
        << "unknown key";
    QTest::addRow("bad id") << entry("targetObjectives", 0, set("id", QStringLiteral("Espionage")))
                            << "x.json: $.targetObjectives[0].id"
                            << "\"Espionage\" is not an id";
    QTest::addRow("duplicate id") << entry("targetObjectives", 5,
                                           set("id", QStringLiteral("data-theft")))
                                  << "x.json: $.targetObjectives[5].id"
                                  << "duplicate id \"data-theft\"";
}

void tst_EbiosCatalog::badCatalogues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<EbiosCatalog> r = EbiosCatalog::fromJson(json, QStringLiteral("x.json"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
}

QTEST_APPLESS_MAIN(tst_EbiosCatalog)
#include "tst_ebioscatalog.moc"
