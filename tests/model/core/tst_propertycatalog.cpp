// The property catalogue is data: it loads, it checks values, and bad catalogues are refused.

#include "core/propertycatalog.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace tb;

class tst_PropertyCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInLoads();
    void everyTemplateFileParses();
    void check_data();
    void check();
    void badCatalogues_data();
    void badCatalogues();
};

void tst_PropertyCatalog::builtInLoads()
{
    const PropertyCatalog &c = PropertyCatalog::builtIn();
    QVERIFY(c.definitions().size() >= 20);
    QVERIFY(c.stencils().size() >= 15);
    QVERIFY(c.definition(QStringLiteral("encrypted")));
    QCOMPARE(c.stencil(QStringLiteral("database"))->kind, ElementKind::DataStore);
    for (const char *stencil : {"web-application", "mobile-app", "iot-device", "database",
                                "message-broker", "update-server", "browser", "cloud-storage"})
        QVERIFY2(c.stencil(QLatin1String(stencil)), stencil);
}

void tst_PropertyCatalog::everyTemplateFileParses()
{
    QDirIterator it(test::sourcePath(QStringLiteral("templates")), {QStringLiteral("*.json")},
                    QDir::Files, QDirIterator::Subdirectories);
    int count = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonParseError err;
        QJsonDocument::fromJson(f.readAll(), &err);
        QVERIFY2(err.error == QJsonParseError::NoError, qPrintable(f.fileName()));
        ++count;
    }
    QVERIFY(count >= 2);
}

void tst_PropertyCatalog::check_data()
{
    QTest::addColumn<int>("target");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("ok");
    const int flow = int(PropertyTarget::Flow), process = int(PropertyTarget::Process);
    QTest::addRow("bool ok") << flow << "encrypted" << QJsonValue(true) << true;
    QTest::addRow("bool as text") << flow << "encrypted" << QJsonValue(QStringLiteral("true"))
                                  << false;
    QTest::addRow("enum ok") << flow << "transport" << QJsonValue(QStringLiteral("bluetooth-le"))
                             << true;
    QTest::addRow("enum unknown") << flow << "transport"
                                  << QJsonValue(QStringLiteral("carrier-pigeon")) << false;
    QTest::addRow("multi ok") << process << "exposedInterfaces"
                              << QJsonValue(
                                     QJsonArray{QStringLiteral("ble"), QStringLiteral("http")})
                              << true;
    QTest::addRow("multi duplicate")
        << process << "exposedInterfaces"
        << QJsonValue(QJsonArray{QStringLiteral("ble"), QStringLiteral("ble")}) << false;
    QTest::addRow("multi not list")
        << process << "exposedInterfaces" << QJsonValue(QStringLiteral("ble")) << false;
    QTest::addRow("number ok") << process << "maxRequestsPerSecond" << QJsonValue(12.5) << true;
    QTest::addRow("number below minimum")
        << process << "maxRequestsPerSecond" << QJsonValue(-3) << false;
    QTest::addRow("text ok") << int(PropertyTarget::Zone) << "networkSegment"
                             << QJsonValue(QStringLiteral("lan")) << true;
    QTest::addRow("wrong target") << process << "encrypted" << QJsonValue(true) << false;
    QTest::addRow("unknown key") << flow << "speed" << QJsonValue(1) << false;
}

void tst_PropertyCatalog::check()
{
    QFETCH(int, target);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, ok);
    const Result<void> r = PropertyCatalog::builtIn().check(PropertyTarget(target), key, value);
    QCOMPARE(r.ok(), ok);
    if (!ok)
        QVERIFY(r.error().text().contains(key));
}

void tst_PropertyCatalog::badCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::addRow("syntax") << QByteArray("{") << "c.json";
    QTest::addRow("bad type") << QByteArray(
        R"({"properties": [{"key": "k", "type": "colour", "appliesTo": ["flow"]}]})")
                              << "$.properties[0]";
    QTest::addRow("no targets") << QByteArray(
        R"({"properties": [{"key": "k", "type": "bool", "default": false}]})")
                                << "appliesTo";
    QTest::addRow("bad default") << QByteArray(
        R"({"properties": [{"key": "k", "type": "bool", "default": 3, "appliesTo": ["flow"]}]})")
                                 << "invalid default";
    QTest::addRow("duplicate") << QByteArray(
        R"({"properties": [{"key": "k", "type": "bool", "default": true, "appliesTo": ["flow"]}, {"key": "k", "type": "bool", "default": true, "appliesTo": ["flow"]}]})")
                               << "duplicate";
    QTest::addRow("bad stencil") << QByteArray(R"({"stencils": [{"id": "x", "kind": "robot"}]})")
                                 << "$.stencils[0]";
}

void tst_PropertyCatalog::badCatalogues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    Result<PropertyCatalog> r = PropertyCatalog::fromJson(json, QStringLiteral("c.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().text().contains(expected), qPrintable(r.error().text()));
}

QTEST_GUILESS_MAIN(tst_PropertyCatalog)
#include "tst_propertycatalog.moc"
