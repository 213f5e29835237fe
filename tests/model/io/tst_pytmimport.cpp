// pytm import: every class and attribute maps as documented, the report says what was
// approximated or dropped and where, output is stable, and no input crashes it.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "io/pytmimport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tb;

class tst_PytmImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sampleShapedModel();
    void elementClassesAndAttributes_data();
    void elementClassesAndAttributes();
    void droppedAttributes_data();
    void droppedAttributes();
    void defaultsAreNotReported();
    void flowAttributes_data();
    void flowAttributes();
    void responsesTakeDefaultsFromTheirSource();
    void nestedBoundariesAndLayout();
    void classifications_data();
    void classifications();
    void dataLinksFlowsAndStores();
    void duplicateNames();
    void selfLoopIsDropped();
    void pytmJsonOutputImportsQuietly();
    void everyClassFixture();
    void stableOutput();
    void errorsNameFileAndPath_data();
    void errorsNameFileAndPath();
    void robustAgainstOddInput();
    void robustAgainstMutations_data();
    void robustAgainstMutations();
    void longBoundaryChain();
    void detection_data();
    void detection();
};

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("pytm/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Result<Imported> importFixture(const QString &name)
{
    return importPytm(readFixture(name), name);
}

template<typename Map>
auto *named(Map &map, const QString &name)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return static_cast<decltype(&*map.begin())>(nullptr);
}

QString json(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

QStringList namesOf(const ProjectData &d, const QList<Id> &assets)
{
    QStringList out;
    for (const Id &id : assets)
        out.append(d.assets.value(id).name);
    out.sort();
    return out;
}

// A model with a client "C" (Actor) and a sink "S", joined by one flow "F" (extra members
// spliced into the sink and the flow).
QByteArray clientServer(const QByteArray &sinkExtra, const QByteArray &flowExtra)
{
    QByteArray sink = R"({"__class__": "Process", "name": "S")";
    if (!sinkExtra.isEmpty())
        sink += ", " + sinkExtra;
    QByteArray flow = R"({"name": "F", "source": "C", "sink": "S")";
    if (!flowExtra.isEmpty())
        flow += ", " + flowExtra;
    return R"({"name": "m", "elements": [{"__class__": "Actor", "name": "C"}, )" + sink
           + "}], \"flows\": [" + flow + "}]}";
}

bool anyLineContains(const ImportReport &r, const QString &needle)
{
    for (const QStringList *lines : {&r.approximated, &r.dropped}) {
        for (const QString &l : *lines) {
            if (l.contains(needle))
                return true;
        }
    }
    return false;
}

QString reportText(const ImportReport &r)
{
    return QStringLiteral("approximated:\n  ") + r.approximated.join(QStringLiteral("\n  "))
           + QStringLiteral("\ndropped:\n  ") + r.dropped.join(QStringLiteral("\n  "));
}

} // namespace

void tst_PytmImport::sampleShapedModel()
{
    // Same shape as pytm's own sample: user in Internet, web server, SQL DB in Server/DB.
    const Result<Imported> r = importFixture(QStringLiteral("webapp.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    const ImportReport &rep = r->report;
    QCOMPARE(d.product.name, QStringLiteral("Guestbook"));
    QCOMPARE(d.product.intendedPurpose,
             QStringLiteral("A guestbook where visitors sign in and leave comments."));
    QCOMPARE(rep.format, QStringLiteral("pytm"));
    QCOMPARE(rep.elements, 3);
    QCOMPARE(rep.flows, 4);
    QCOMPARE(rep.boundaries, 2);
    QCOMPARE(rep.dataAssets, 1);

    Boundary *internet = named(d.boundaries, QStringLiteral("Internet"));
    Boundary *db = named(d.boundaries, QStringLiteral("Server/DB"));
    QVERIFY(internet && db);
    QCOMPARE(internet->trustLevel, 0);
    QCOMPARE(db->trustLevel, 2);
    QCOMPARE(internet->kind, BoundaryKind::Zone);

    Element *visitor = named(d.elements, QStringLiteral("Visitor"));
    Element *web = named(d.elements, QStringLiteral("Web Server"));
    Element *sql = named(d.elements, QStringLiteral("SQL Database"));
    QVERIFY(visitor && web && sql);
    QCOMPARE(visitor->kind, ElementKind::ExternalEntity);
    QCOMPARE(visitor->stencil, QStringLiteral("user"));
    QCOMPARE(visitor->zone, internet->id);
    QCOMPARE(web->kind, ElementKind::Process);
    QCOMPARE(web->stencil, QStringLiteral("web-application"));
    QVERIFY(web->zone.isNull());
    QCOMPARE(sql->kind, ElementKind::DataStore);
    QCOMPARE(sql->stencil, QStringLiteral("database"));
    QCOMPARE(sql->zone, db->id);

    DataAsset *password = named(d.assets, QStringLiteral("Password"));
    QVERIFY(password);
    QCOMPARE(password->classification, QStringLiteral("secret"));
    QCOMPARE(password->confidentiality, 4);
    QCOMPARE(password->integrity, 2);
    QCOMPARE(password->availability, 1);

    Flow *signIn = named(d.flows, QStringLiteral("Sign in"));
    Flow *store = named(d.flows, QStringLiteral("Store comment"));
    Flow *read = named(d.flows, QStringLiteral("Read comments"));
    Flow *show = named(d.flows, QStringLiteral("Show page"));
    QVERIFY(signIn && store && read && show);
    QCOMPARE(signIn->source, visitor->id);
    QCOMPARE(signIn->target, web->id);
    QCOMPARE(signIn->assets, QList<Id>{password->id});
    QCOMPARE(signIn->description, QStringLiteral("form post"));
    QCOMPARE(store->description, QStringLiteral("parameterised INSERT"));
    QCOMPARE(read->source, sql->id);
    QCOMPARE(show->target, visitor->id);
    QVERIFY(store->assets.isEmpty());

    QCOMPARE(d.diagrams.size(), 1);
    const Diagram &g = *d.diagrams.cbegin();
    QCOMPARE(g.name, QStringLiteral("Guestbook"));
    QCOMPARE(g.placements.size(), 3 + 4 + 2);

    const QStringList expectedApproximated{
        QStringLiteral("model: onDuplicates (\"IGNORE\"): duplicate flows are all imported"),
        QStringLiteral("boundaries[0] \"Internet\": pytm has no trust levels; set to 0 (the name "
                       "mentions \"Internet\")"),
        QStringLiteral("boundaries[1] \"Server/DB\": pytm has no trust levels; set to 2 (the "
                       "default for a top-level boundary)"),
        QStringLiteral("data: pytm has no integrity or availability needs; every data asset gets "
                       "integrity 2 (3 for credentials) and availability 1"),
        QStringLiteral("elements[1] \"Web Server\": pytm Server given stencil \"web-application\" "
                       "because the name mentions \"Web\""),
    };
    QCOMPARE(rep.approximated, expectedApproximated);
    const QStringList expectedDropped{
        QStringLiteral("model: isOrdered (true): pytm's flow numbering is not kept"),
        QStringLiteral("data[0] \"Password\": lifetime (\"LONG\"): credential lifetimes have no "
                       "equivalent"),
    };
    QCOMPARE(rep.dropped, expectedDropped);
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
}

void tst_PytmImport::elementClassesAndAttributes_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<int>("kind"); // ElementKind
    QTest::addColumn<QString>("stencil");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value"); // JSON text; empty = not set

    const auto row = [](const char *tag, const char *element, ElementKind kind, const char *stencil,
                        const char *property = "", const char *value = "") {
        QTest::addRow("%s", tag) << QByteArray(element) << static_cast<int>(kind)
                                 << QString::fromUtf8(stencil) << QString::fromUtf8(property)
                                 << QString::fromUtf8(value);
    };
    using K = ElementKind;
    row("Actor", R"("__class__": "Actor", "name": "A")", K::ExternalEntity, "user");
    row("Actor/isAdmin", R"("__class__": "Actor", "name": "A", "isAdmin": true)", K::ExternalEntity,
        "administrator");
    row("ExternalEntity/hasPhysicalAccess",
        R"("__class__": "ExternalEntity", "name": "E", "hasPhysicalAccess": true)",
        K::ExternalEntity, "", "physicalAccess", "true");
    row("Process/sanitizesInput", R"("__class__": "Process", "name": "P", "sanitizesInput": true)",
        K::Process, "", "sanitizesInput", "true");
    row("Process/validatesInput", R"("__class__": "Process", "name": "P", "validatesInput": true)",
        K::Process, "", "sanitizesInput", "true");
    row("Process/controls.sanitizesInput",
        R"("__class__": "Process", "name": "P", "controls": {"sanitizesInput": true})", K::Process,
        "", "sanitizesInput", "true");
    row("SetOfProcesses", R"("__class__": "SetOfProcesses", "name": "P")", K::Process, "");
    row("Server/web name", R"("__class__": "Server", "name": "Web Server")", K::Process,
        "web-application");
    row("Server/api name", R"("__class__": "Server", "name": "Orders API")", K::Process,
        "web-application");
    row("Server/https protocol", R"("__class__": "Server", "name": "Node", "protocol": "HTTPS")",
        K::Process, "web-application");
    row("Server/port 443", R"("__class__": "Server", "name": "Node", "port": 443)", K::Process,
        "web-application");
    row("Server/update", R"("__class__": "Server", "name": "OTA update service")", K::Process,
        "update-server");
    row("Server/gateway", R"("__class__": "Server", "name": "API gateway")", K::Process, "gateway");
    row("Server/broker", R"("__class__": "Server", "name": "MQTT broker")", K::Process,
        "message-broker");
    row("Server/unknown", R"("__class__": "Server", "name": "Mystery box")", K::Process, "");
    row("Server/onAWS", R"("__class__": "Server", "name": "Box", "onAWS": true)", K::Process, "",
        "hostedBy", "\"cloud-provider\"");
    row("Lambda", R"("__class__": "Lambda", "name": "F")", K::Process, "cloud-function", "hostedBy",
        "\"cloud-provider\"");
    row("Lambda/onAWS false", R"("__class__": "Lambda", "name": "F", "onAWS": false)", K::Process,
        "cloud-function", "hostedBy", "");
    row("Datastore", R"("__class__": "Datastore", "name": "D")", K::DataStore, "database");
    row("Datastore/isSQL false", R"("__class__": "Datastore", "name": "D", "isSQL": false)",
        K::DataStore, "");
    row("Datastore/type FILE_SYSTEM",
        R"("__class__": "Datastore", "name": "D", "type": "FILE_SYSTEM", "isSQL": false)",
        K::DataStore, "file-system");
    row("Datastore/type AWS_S3",
        R"("__class__": "Datastore", "name": "D", "type": "DatastoreType.AWS_S3")", K::DataStore,
        "cloud-storage");
    row("Datastore/type LDAP", R"("__class__": "Datastore", "name": "D", "type": "LDAP")",
        K::DataStore, "database");
    row("Datastore/log name", R"("__class__": "Datastore", "name": "Audit log")", K::DataStore,
        "log-store");
    row("Datastore/cache name", R"("__class__": "Datastore", "name": "Session cache")",
        K::DataStore, "cache");
    row("Datastore/onRDS", R"("__class__": "Datastore", "name": "D", "onRDS": true)", K::DataStore,
        "database", "hostedBy", "\"cloud-provider\"");
    row("Datastore/storesLogData",
        R"("__class__": "Datastore", "name": "D", "storesLogData": true)", K::DataStore, "database",
        "storesLogs", "true");
    row("Datastore/storesPII", R"("__class__": "Datastore", "name": "D", "storesPII": true)",
        K::DataStore, "database", "storesPersonalData", "true");
    row("Datastore/isEncryptedAtRest",
        R"("__class__": "Datastore", "name": "D", "isEncryptedAtRest": true)", K::DataStore,
        "database", "encryptedAtRest", "true");
    row("Datastore/controls.isEncryptedAtRest",
        R"("__class__": "Datastore", "name": "D", "controls": {"isEncryptedAtRest": true})",
        K::DataStore, "database", "encryptedAtRest", "true");
    row("Datastore/isEncrypted is about flows",
        R"("__class__": "Datastore", "name": "D", "isEncrypted": true)", K::DataStore, "database",
        "encryptedAtRest", "");
    row("auth/JWT", R"("__class__": "Process", "name": "P", "authenticationScheme": "JWT")",
        K::Process, "", "authentication", "\"token\"");
    row("auth/mTLS", R"("__class__": "Process", "name": "P", "authenticationScheme": "mutual TLS")",
        K::Process, "", "authentication", "\"client-certificate\"");
    row("auth/api key", R"("__class__": "Process", "name": "P", "authenticationScheme": "API key")",
        K::Process, "", "authentication", "\"api-key\"");
    row("auth/usesMFA", R"("__class__": "Process", "name": "P", "usesMFA": true)", K::Process, "",
        "authentication", "\"password-mfa\"");
    row("auth/password+MFA",
        R"("__class__": "Process", "name": "P", "authenticationScheme": "password", "usesMFA": true)",
        K::Process, "", "authentication", "\"password-mfa\"");
    row("auth/authenticatesSource",
        R"("__class__": "Datastore", "name": "D", "authenticatesSource": true)", K::DataStore,
        "database", "authentication", "\"password\"");
    row("auth/unknown scheme",
        R"("__class__": "Process", "name": "P", "authenticationScheme": "Homegrown")", K::Process,
        "", "authentication", "\"password\"");
    row("hasAccessControl", R"("__class__": "Process", "name": "P", "hasAccessControl": true)",
        K::Process, "", "authorization", "\"role-based\"");
    row("authorizesSource", R"("__class__": "Datastore", "name": "D", "authorizesSource": true)",
        K::DataStore, "database", "authorization", "\"role-based\"");
    row("Asset (no __class__)", R"("name": "Thing")", K::Process, "");
    row("unknown class", R"("__class__": "LLM", "name": "Bot")", K::Process, "");
}

void tst_PytmImport::elementClassesAndAttributes()
{
    QFETCH(QByteArray, element);
    QFETCH(int, kind);
    QFETCH(QString, stencil);
    QFETCH(QString, property);
    QFETCH(QString, value);
    const Result<Imported> r
        = importPytm(R"({"name": "m", "elements": [{)" + element + "}]}", QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->data.elements.size(), 1);
    const Element &e = *r->data.elements.cbegin();
    QCOMPARE(static_cast<int>(e.kind), kind);
    QCOMPARE(e.stencil, stencil);
    if (!property.isEmpty())
        QCOMPARE(json(e.properties.value(property, QJsonValue(QJsonValue::Undefined))), value);
}

void tst_PytmImport::droppedAttributes_data()
{
    QTest::addColumn<QByteArray>("element");
    QTest::addColumn<QString>("line");
    QTest::addRow("isHardened") << QByteArray(
        R"("__class__": "Process", "name": "P", "isHardened": true)")
                                << QStringLiteral("elements[0] \"P\": Process attribute "
                                                  "\"isHardened\" (true) has no equivalent");
    QTest::addRow("Lambda environment")
        << QByteArray(R"("__class__": "Lambda", "name": "F", "environment": "prod")")
        << QStringLiteral("elements[0] \"F\": Lambda attribute \"environment\" (\"prod\") has no "
                          "equivalent");
    QTest::addRow("controls.isHardened")
        << QByteArray(R"("__class__": "Process", "name": "P", "controls": {"isHardened": true})")
        << QStringLiteral("elements[0] \"P\": Process attribute \"controls.isHardened\" (true) has "
                          "no equivalent");
    QTest::addRow("sanitizesInput on a store")
        << QByteArray(R"("__class__": "Datastore", "name": "S", "sanitizesInput": true)")
        << QStringLiteral("elements[0] \"S\": attribute \"sanitizesInput\" has no equivalent on a "
                          "data store");
    QTest::addRow("hasAccessControl on an external")
        << QByteArray(R"("__class__": "ExternalEntity", "name": "E", "hasAccessControl": true)")
        << QStringLiteral("elements[0] \"E\": attribute \"hasAccessControl\" has no equivalent on "
                          "an external entity");
    QTest::addRow("inScope false")
        << QByteArray(R"("__class__": "Process", "name": "P", "inScope": false)")
        << QStringLiteral("elements[0] \"P\": Process attribute \"inScope\" (false) has no "
                          "equivalent");
    QTest::addRow("unknown store type")
        << QByteArray(R"("__class__": "Datastore", "name": "S", "type": "GRAPH")")
        << QStringLiteral("elements[0] \"S\": Datastore type \"GRAPH\" is not known here");
    QTest::addRow("isAdmin on a process")
        << QByteArray(R"("__class__": "Process", "name": "P", "isAdmin": true)")
        << QStringLiteral("elements[0] \"P\": Process attribute \"isAdmin\" (true) has no "
                          "equivalent");
    QTest::addRow("SetOfProcesses")
        << QByteArray(R"("__class__": "SetOfProcesses", "name": "W")")
        << QStringLiteral("elements[0] \"W\": a pytm SetOfProcesses is imported as one process");
    QTest::addRow("unknown class")
        << QByteArray(R"("__class__": "LLM", "name": "Bot")")
        << QStringLiteral("elements[0] \"Bot\": pytm class \"LLM\" is not known here; imported as "
                          "a process");
    QTest::addRow("no class")
        << QByteArray(R"("name": "Thing")")
        << QStringLiteral("elements[0] \"Thing\": no __class__, so pytm makes it a generic Asset; "
                          "imported as a process");
    QTest::addRow("scheme")
        << QByteArray(R"("__class__": "Server", "name": "P", "authenticationScheme": "JWT")")
        << QStringLiteral("elements[0] \"P\": authenticationScheme \"JWT\" mapped; authentication "
                          "set to \"token\"");
}

void tst_PytmImport::droppedAttributes()
{
    QFETCH(QByteArray, element);
    QFETCH(QString, line);
    const Result<Imported> r
        = importPytm(R"({"name": "m", "elements": [{)" + element + "}]}", QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QVERIFY2(r->report.dropped.contains(line) || r->report.approximated.contains(line),
             qPrintable(reportText(r->report)));
}

void tst_PytmImport::defaultsAreNotReported()
{
    // pytm's --json output spells out every default; none of that is news to the user.
    const Result<Imported> r = importPytm(
        R"({"name": "m", "elements": [{"__class__": "Process", "name": "P", "isHardened": false,
            "codeType": "Unmanaged", "port": -1, "levels": [0], "inScope": true, "OS": "",
            "maxClassification": "Classification.UNKNOWN", "minTLSVersion": "TLSVersion.NONE",
            "overrides": [], "controls": {"isHardened": false, "usesVPN": false,
            "authenticationScheme": ""}}]})",
        QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QVERIFY2(r->report.dropped.isEmpty(), qPrintable(reportText(r->report)));
    QVERIFY2(r->report.approximated.isEmpty(), qPrintable(reportText(r->report)));
}

void tst_PytmImport::flowAttributes_data()
{
    QTest::addColumn<QByteArray>("sinkExtra");
    QTest::addColumn<QByteArray>("flowExtra");
    QTest::addColumn<QString>("property");
    QTest::addColumn<QString>("value"); // JSON text; empty = not set
    QTest::addColumn<QString>("protocol");
    QTest::addColumn<QString>("reported"); // a report line contains this; empty = no check

    const auto row = [](const char *tag, const char *sink, const char *flow, const char *property,
                        const char *value, const char *protocol = "", const char *reported = "") {
        QTest::addRow("%s", tag) << QByteArray(sink) << QByteArray(flow)
                                 << QString::fromUtf8(property) << QString::fromUtf8(value)
                                 << QString::fromUtf8(protocol) << QString::fromUtf8(reported);
    };
    row("isEncrypted", "", R"("isEncrypted": true)", "encrypted", "true");
    row("isEncrypted from sink", R"("isEncrypted": true)", "", "encrypted", "true");
    row("controls.isEncrypted", "", R"("controls": {"isEncrypted": true})", "encrypted", "true");
    row("HTTPS implies encrypted", "", R"("protocol": "HTTPS")", "encrypted", "true", "HTTPS",
        "flows[0] \"F\": protocol \"HTTPS\" implies encryption; encrypted set although pytm's "
        "isEncrypted is not");
    row("explicit false wins", "", R"("protocol": "HTTPS", "isEncrypted": false)", "encrypted", "",
        "HTTPS");
    row("protocol from sink", R"("protocol": "gRPC")", "", "encrypted", "", "gRPC");
    row("own protocol wins", R"("protocol": "gRPC")", R"("protocol": "AMQP")", "encrypted", "",
        "AMQP");
    row("dstPort", "", R"("protocol": "HTTP", "dstPort": 8080)", "encrypted", "", "HTTP:8080",
        "flows[0] \"F\": dstPort 8080 kept in the protocol text \"HTTP:8080\"");
    row("port from sink", R"("port": 5432)", "", "encrypted", "", "port 5432");
    row("srcPort", "", R"("srcPort": 5000)", "encrypted", "", "",
        "flows[0] \"F\": srcPort (5000) has no equivalent");
    row("authenticatedWith", "", R"("authenticatedWith": true)", "authenticated", "true");
    row("sink authenticatesSource", R"("authenticatesSource": true)", "", "authenticated", "true");
    row("mutual", "", R"("authenticatedWith": true, "authenticatesDestination": true)",
        "mutualAuthentication", "true");
    row("authenticatesDestination alone", "", R"("authenticatesDestination": true)",
        "authenticated", "", "",
        "flows[0] \"F\": authenticatesDestination (true): the sender checking the receiver alone "
        "has no equivalent");
    row("BLE", "", R"("protocol": "BLE")", "transport", "\"bluetooth-le\"", "BLE",
        "flows[0] \"F\": protocol \"BLE\" read as transport \"bluetooth-le\"");
    row("usesVPN", "", R"("usesVPN": true)", "encrypted", "", "",
        "flows[0] \"F\": Dataflow attribute \"usesVPN\" (true) has no equivalent");
    row("order without isOrdered", "", R"("order": 3)", "encrypted", "", "",
        "flows[0] \"F\": Dataflow attribute \"order\" (3) has no equivalent");
    row("serves http", "", R"("protocol": "HTTP")", "encrypted", "", "HTTP");
}

void tst_PytmImport::flowAttributes()
{
    QFETCH(QByteArray, sinkExtra);
    QFETCH(QByteArray, flowExtra);
    QFETCH(QString, property);
    QFETCH(QString, value);
    QFETCH(QString, protocol);
    QFETCH(QString, reported);
    const Result<Imported> r
        = importPytm(clientServer(sinkExtra, flowExtra), QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->data.flows.size(), 1);
    const Flow &f = *r->data.flows.cbegin();
    QCOMPARE(json(f.properties.value(property, QJsonValue(QJsonValue::Undefined))), value);
    QCOMPARE(f.protocol, protocol);
    if (!reported.isEmpty())
        QVERIFY2(anyLineContains(r->report, reported), qPrintable(reportText(r->report)));
    if (protocol.startsWith(QLatin1String("HTTP"))) {
        const Element *sink = named(r->data.elements, QStringLiteral("S"));
        QCOMPARE(json(sink->properties.value(QStringLiteral("exposedInterfaces"))),
                 QStringLiteral("[\"http\"]"));
    }
}

void tst_PytmImport::responsesTakeDefaultsFromTheirSource()
{
    const Result<Imported> r = importPytm(
        R"({"name": "m", "elements": [{"__class__": "Actor", "name": "C"},
            {"__class__": "Server", "name": "S", "protocol": "HTTPS", "isEncrypted": true}],
            "flows": [{"name": "Ask", "source": "C", "sink": "S", "response": "Answer"},
                      {"name": "Answer", "source": "S", "sink": "C"},
                      {"name": "Push", "source": "S", "sink": "C", "responseTo": "Ask"}]})",
        QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    for (const char *name : {"Ask", "Answer", "Push"}) {
        const Flow *f = named(d.flows, QLatin1String(name));
        QVERIFY(f);
        QCOMPARE(f->protocol, QStringLiteral("HTTPS"));
        QCOMPARE(f->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
    }
    QVERIFY(r->report.approximated.contains(
        QStringLiteral("flows[1] \"Answer\": a response; imported as its own flow")));
    QVERIFY(r->report.approximated.contains(
        QStringLiteral("flows[2] \"Push\": the response to \"Ask\"; imported as its own flow")));
}

void tst_PytmImport::nestedBoundariesAndLayout()
{
    const Result<Imported> r = importFixture(QStringLiteral("nested.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    const auto zone = [&](const char *name) {
        return named(d.boundaries, QLatin1String(name));
    };
    QVERIFY(zone("DB subnet") && zone("VPC") && zone("Cloud account") && zone("DMZ"));
    QCOMPARE(zone("DB subnet")->parent, zone("VPC")->id); // named before its parent exists
    QCOMPARE(zone("VPC")->parent, zone("Cloud account")->id);
    QCOMPARE(zone("DMZ")->parent, zone("Cloud account")->id);
    QVERIFY(zone("Cloud account")->parent.isNull());
    QCOMPARE(zone("DB subnet")->description, QStringLiteral("private subnet"));
    QCOMPARE(zone("Public Internet")->trustLevel, 0);
    QCOMPARE(zone("Cloud account")->trustLevel, 2);
    QCOMPARE(zone("VPC")->trustLevel, 3);
    QCOMPARE(zone("DB subnet")->trustLevel, 4);
    QCOMPARE(zone("DMZ")->trustLevel, 1);
    QVERIFY(r->report.approximated.contains(
        QStringLiteral("boundaries[0] \"DB subnet\": pytm has no trust levels; set to 4 (one more "
                       "than its enclosing boundary)")));
    QVERIFY(r->report.approximated.contains(
        QStringLiteral("boundaries[4] \"DMZ\": pytm has no trust levels; set to 1 (the name "
                       "mentions \"DMZ\")")));

    const Element *proxy = named(d.elements, QStringLiteral("Reverse proxy"));
    QCOMPARE(proxy->stencil, QStringLiteral("gateway"));
    QCOMPARE(json(proxy->properties.value(QStringLiteral("exposedInterfaces"))),
             QStringLiteral("[\"http\"]"));
    QCOMPARE(named(d.elements, QStringLiteral("Orders DB"))->zone, zone("DB subnet")->id);

    // The diagram holds everything; each element sits inside its zone, each zone in its parent.
    QCOMPARE(d.diagrams.size(), 1);
    const Diagram &g = *d.diagrams.cbegin();
    QCOMPARE(g.name, QStringLiteral("Nested zones"));
    QCOMPARE(g.placements.size(), d.elements.size() + d.boundaries.size() + d.flows.size());
    for (const Element &e : std::as_const(d.elements)) {
        const QRectF rect = g.placements.value(e.id).rect;
        QCOMPARE(rect.size(), QSizeF(150, 64));
        if (!e.zone.isNull())
            QVERIFY2(g.placements.value(e.zone).rect.contains(rect), qPrintable(e.name));
        for (const Element &other : std::as_const(d.elements)) {
            if (other.id != e.id)
                QVERIFY(!rect.intersects(g.placements.value(other.id).rect));
        }
    }
    for (const Boundary &b : std::as_const(d.boundaries)) {
        const QRectF rect = g.placements.value(b.id).rect;
        QVERIFY(rect.width() >= 200 && rect.height() >= 120);
        if (!b.parent.isNull())
            QVERIFY2(g.placements.value(b.parent).rect.contains(rect), qPrintable(b.name));
        for (const Boundary &other : std::as_const(d.boundaries)) {
            if (other.id != b.id && other.parent == b.parent)
                QVERIFY(!rect.intersects(g.placements.value(other.id).rect));
        }
    }
    for (const Flow &f : std::as_const(d.flows)) {
        QVERIFY(g.placements.contains(f.id));
        QVERIFY(g.placements.value(f.id).points.isEmpty());
        QVERIFY(g.placements.value(f.id).rect.isNull());
    }
}

void tst_PytmImport::classifications_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("classification");
    QTest::addColumn<int>("confidentiality");
    QTest::addColumn<int>("integrity");
    QTest::addRow("absent") << QByteArray() << QStringLiteral("public") << 0 << 2;
    QTest::addRow("PUBLIC") << QByteArray(R"(, "classification": "PUBLIC")")
                            << QStringLiteral("public") << 0 << 2;
    QTest::addRow("RESTRICTED") << QByteArray(R"(, "classification": "RESTRICTED")")
                                << QStringLiteral("internal") << 2 << 2;
    QTest::addRow("SENSITIVE") << QByteArray(R"(, "classification": "SENSITIVE")")
                               << QStringLiteral("confidential") << 3 << 2;
    QTest::addRow("SECRET") << QByteArray(R"(, "classification": "SECRET")")
                            << QStringLiteral("secret") << 4 << 2;
    QTest::addRow("TOP_SECRET") << QByteArray(R"(, "classification": "TOP_SECRET")")
                                << QStringLiteral("top-secret") << 4 << 2;
    QTest::addRow("Classification.SENSITIVE")
        << QByteArray(R"(, "classification": "Classification.SENSITIVE")")
        << QStringLiteral("confidential") << 3 << 2;
    QTest::addRow("lower case") << QByteArray(R"(, "classification": "top secret")")
                                << QStringLiteral("top-secret") << 4 << 2;
    QTest::addRow("integer") << QByteArray(R"(, "classification": 4)") << QStringLiteral("secret")
                             << 4 << 2;
    QTest::addRow("UNKNOWN") << QByteArray(R"(, "classification": "Classification.UNKNOWN")")
                             << QString() << 2 << 2;
    QTest::addRow("credentials raise")
        << QByteArray(R"(, "classification": "PUBLIC", "isCredentials": true)")
        << QStringLiteral("public") << 3 << 3;
    QTest::addRow("PII raises") << QByteArray(R"(, "classification": "RESTRICTED", "isPII": true)")
                                << QStringLiteral("internal") << 3 << 2;
}

void tst_PytmImport::classifications()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, classification);
    QFETCH(int, confidentiality);
    QFETCH(int, integrity);
    const Result<Imported> r = importPytm(R"({"name": "m", "data": [{"name": "D")" + data + "}]}",
                                          QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->data.assets.size(), 1);
    const DataAsset &a = *r->data.assets.cbegin();
    QCOMPARE(a.classification, classification);
    QCOMPARE(a.confidentiality, confidentiality);
    QCOMPARE(a.integrity, integrity);
    QCOMPARE(a.availability, 1);
}

void tst_PytmImport::dataLinksFlowsAndStores()
{
    const Result<Imported> r = importPytm(
        R"({"name": "d",
            "data": [{"name": "Card", "classification": "SENSITIVE", "isPII": true, "isStored": true},
                     {"name": "Key", "classification": "SECRET", "isCredentials": true,
                      "carriedBy": ["Provision"]},
                     {"name": "Catalog", "classification": "PUBLIC"}],
            "elements": [{"__class__": "Actor", "name": "Shopper", "data": ["Catalog"]},
                         {"__class__": "Process", "name": "Shop"},
                         {"__class__": "Datastore", "name": "Vault", "data": ["Key"]}],
            "flows": [{"name": "Pay", "source": "Shopper", "sink": "Shop", "data": ["Card", "Coupon"]},
                      {"name": "Keep", "source": "Shop", "sink": "Vault", "data": "Card"},
                      {"name": "Provision", "source": "Vault", "sink": "Shop"}]})",
        QStringLiteral("d.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    QCOMPARE(d.assets.size(), 4); // Coupon is created, as pytm does for a bare name
    const Flow *pay = named(d.flows, QStringLiteral("Pay"));
    QCOMPARE(
        namesOf(d, pay->assets),
        (QStringList{QStringLiteral("Card"), QStringLiteral("Catalog"), QStringLiteral("Coupon")}));
    QCOMPARE(pay->properties.value(QStringLiteral("carriesPersonalData")), QJsonValue(true));
    QVERIFY(!pay->properties.contains(QStringLiteral("carriesCredentials")));
    const Flow *keep = named(d.flows, QStringLiteral("Keep"));
    QCOMPARE(namesOf(d, keep->assets), QStringList{QStringLiteral("Card")});
    const Flow *provision = named(d.flows, QStringLiteral("Provision"));
    QCOMPARE(namesOf(d, provision->assets), QStringList{QStringLiteral("Key")});
    QCOMPARE(provision->properties.value(QStringLiteral("carriesCredentials")), QJsonValue(true));
    const Element *vault = named(d.elements, QStringLiteral("Vault"));
    QCOMPARE(namesOf(d, vault->assets),
             (QStringList{QStringLiteral("Card"), QStringLiteral("Key")}));
    QCOMPARE(vault->properties.value(QStringLiteral("storesCredentials")), QJsonValue(true));
    QCOMPARE(vault->properties.value(QStringLiteral("storesPersonalData")), QJsonValue(true));
    const DataAsset *coupon = named(d.assets, QStringLiteral("Coupon"));
    QCOMPARE(coupon->classification, QStringLiteral("public"));
    QVERIFY(r->report.approximated.contains(
        QStringLiteral("flows[0] \"Pay\": data \"Coupon\" is not defined in $.data; created as "
                       "PUBLIC data (pytm's default)")));
}

void tst_PytmImport::duplicateNames()
{
    const Result<Imported> r = importPytm(
        R"({"name": "m", "boundaries": [{"name": "Z"}, {"name": "Z"}],
            "elements": [{"__class__": "Process", "name": "Pump", "inBoundary": "Z"},
                         {"__class__": "Datastore", "name": "Pump"},
                         {"__class__": "Actor", "name": "Op"}],
            "flows": [{"name": "F", "source": "Op", "sink": "Pump"}]})",
        QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    QCOMPARE(d.elements.size(), 3);
    const Element *first = named(d.elements, QStringLiteral("Pump"));
    const Element *second = named(d.elements, QStringLiteral("Pump (2)"));
    QVERIFY(first && second);
    QCOMPARE(second->kind, ElementKind::DataStore);
    QCOMPARE(d.flows.cbegin()->target, second->id); // pytm's loader keeps the last of a name
    QCOMPARE(first->zone, named(d.boundaries, QStringLiteral("Z (2)"))->id);
    QVERIFY2(r->report.approximated.contains(QStringLiteral(
                 "elements[1] \"Pump\": the name \"Pump\" is also used by elements[0] \"Pump\"; "
                 "imported as \"Pump (2)\", and flows naming it now mean this one (as in pytm)")),
             qPrintable(reportText(r->report)));
    QVERIFY(
        anyLineContains(r->report, QStringLiteral("boundaries[1] \"Z\": the name \"Z\" is also")));
}

void tst_PytmImport::selfLoopIsDropped()
{
    const Result<Imported> r = importPytm(
        R"({"name": "m", "data": [{"name": "X", "carriedBy": ["Loop"]}],
            "elements": [{"__class__": "Process", "name": "P"}],
            "flows": [{"name": "Loop", "source": "P", "sink": "P"}]})",
        QStringLiteral("m.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QVERIFY(r->data.flows.isEmpty());
    QCOMPARE(r->report.dropped,
             QStringList{QStringLiteral(
                 "flows[0] \"Loop\": source and sink are both \"P\"; a Threatbench flow connects "
                 "two different elements, so it is not imported")});
}

void tst_PytmImport::pytmJsonOutputImportsQuietly()
{
    // pytm --json repeats every default and every derived list; only real news is reported.
    const Result<Imported> r = importFixture(QStringLiteral("output.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    QCOMPARE(d.elements.size(), 2); // "actors" and "assets" repeat "elements"
    QCOMPARE(d.flows.size(), 2);
    const Element *api = named(d.elements, QStringLiteral("API"));
    QCOMPARE(api->stencil, QStringLiteral("web-application"));
    QCOMPARE(api->properties.value(QStringLiteral("sanitizesInput")), QJsonValue(true));
    QCOMPARE(api->properties.value(QStringLiteral("authentication")),
             QJsonValue(QStringLiteral("token")));
    const Flow *login = named(d.flows, QStringLiteral("Login"));
    QCOMPARE(login->protocol, QStringLiteral("HTTPS:8443"));
    QCOMPARE(login->properties.value(QStringLiteral("encrypted")), QJsonValue(true));
    QCOMPARE(login->properties.value(QStringLiteral("authenticated")), QJsonValue(true));
    QCOMPARE(login->properties.value(QStringLiteral("carriesCredentials")), QJsonValue(true));
    const DataAsset *token = named(d.assets, QStringLiteral("Token"));
    QCOMPARE(token->confidentiality, 3);
    QCOMPARE(token->description, QStringLiteral("session token"));
    QCOMPARE(login->assets, QList<Id>{token->id});
    const Flow *answer = named(d.flows, QStringLiteral("Login response"));
    QCOMPARE(answer->protocol, QStringLiteral("HTTPS:8443"));
    QVERIFY(answer->assets.isEmpty());

    const QStringList expectedDropped{
        QStringLiteral("model: isOrdered (true): pytm's flow numbering is not kept"),
        QStringLiteral("model: 1 pytm finding(s) not imported; derive threats in Threatbench "
                       "instead"),
        QStringLiteral("elements[1] \"API\": Server attribute \"controls.isHardened\" (true) has "
                       "no equivalent"),
    };
    QCOMPARE(r->report.dropped, expectedDropped);
}

void tst_PytmImport::everyClassFixture()
{
    const Result<Imported> r = importFixture(QStringLiteral("classes.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    ProjectData d = r->data;
    QCOMPARE(r->report.elements, 15);
    const auto stencil = [&](const char *name) {
        const Element *e = named(d.elements, QLatin1String(name));
        return e ? e->stencil : QStringLiteral("<missing>");
    };
    QCOMPARE(stencil("Operator"), QStringLiteral("administrator"));
    QCOMPARE(stencil("Customer"), QStringLiteral("user"));
    QCOMPARE(stencil("Firmware update server"), QStringLiteral("update-server"));
    QCOMPARE(stencil("Telemetry"), QStringLiteral("message-broker")); // serves MQTT
    QCOMPARE(stencil("Mystery box"), QString());
    QCOMPARE(stencil("Thumbnailer"), QStringLiteral("cloud-function"));
    QCOMPARE(stencil("Audit trail"), QStringLiteral("log-store"));
    QCOMPARE(stencil("Profiles"), QStringLiteral("database"));
    QCOMPARE(stencil("Uploads"), QStringLiteral("cloud-storage"));
    QCOMPARE(stencil("Ledger"), QString());
    const Element *telemetry = named(d.elements, QStringLiteral("Telemetry"));
    QCOMPARE(json(telemetry->properties.value(QStringLiteral("exposedInterfaces"))),
             QStringLiteral("[\"mqtt\"]"));
    QVERIFY(r->report.dropped.contains(QStringLiteral(
        "elements[3] \"Controller\": Process attribute \"codeType\" (\"Managed\") has no "
        "equivalent")));
    QVERIFY(r->report.dropped.contains(QStringLiteral(
        "elements[8] \"Thumbnailer\": Lambda attribute \"environment\" (\"python3.12\") has no "
        "equivalent")));
}

void tst_PytmImport::stableOutput()
{
    for (const char *fixture : {"webapp.json", "nested.json", "classes.json", "output.json"}) {
        const QByteArray bytes = readFixture(QLatin1String(fixture));
        const Result<Imported> a = importPytm(bytes, QStringLiteral("a.json"));
        const Result<Imported> b = importPytm(bytes, QStringLiteral("elsewhere/b.json"));
        QVERIFY2(a.ok() && b.ok(), fixture);
        const QByteArray canonical = writeCanonicalJson(a->data);
        QCOMPARE(canonical, writeCanonicalJson(b->data));
        // The result is a valid Threatbench file, read back unchanged.
        const Result<ProjectData> back
            = readCanonicalJson(canonical, QStringLiteral("x.json"), PropertyCatalog::builtIn());
        QVERIFY2(back.ok(), qPrintable(back.error().text()));
        QCOMPARE(writeCanonicalJson(back.value()), canonical);
        QCOMPARE(a->report.approximated, b->report.approximated);
        QCOMPARE(a->report.dropped, b->report.dropped);
        QCOMPARE(a->data.id.version(), QUuid::Sha1); // name-based, not random
        for (const Element &e : a->data.elements)
            QCOMPARE(e.id.version(), QUuid::Sha1);
    }
}

void tst_PytmImport::errorsNameFileAndPath_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *tag, const QByteArray &input, const char *where,
                        const char *message) {
        QTest::addRow("%s", tag) << input << QStringLiteral("bad.json: ") + QLatin1String(where)
                                 << QString::fromUtf8(message);
    };
    row("syntax", "{\"name\": \"x\",\n  \"elements\": [}", "line 2, column ", "not valid JSON");
    row("not an object", "[1, 2]", "$", "expected an object");
    row("empty object", "{}", "$.name", "missing");
    row("name type", R"({"name": 5})", "$.name", "expected text");
    row("elements type", R"({"name": "m", "elements": {}})", "$.elements", "expected a list");
    row("element type", R"({"name": "m", "elements": [3]})", "$.elements[0]", "expected an object");
    row("element name", R"({"name": "m", "elements": [{"__class__": "Process"}]})",
        "$.elements[0].name", "missing");
    row("class type", R"({"name": "m", "elements": [{"__class__": 1, "name": "P"}]})",
        "$.elements[0].__class__", "expected the name of a pytm class");
    row("boundary in elements",
        R"({"name": "m", "elements": [{"__class__": "Boundary", "name": "B"}]})",
        "$.elements[0].__class__", "a Boundary belongs in $.boundaries");
    row("unknown inBoundary", R"({"name": "m", "elements": [{"name": "P", "inBoundary": "Nope"}]})",
        "$.elements[0].inBoundary", "no boundary is named \"Nope\"");
    row("unknown sink", clientServer("", "").replace(R"("sink": "S")", R"("sink": "Nope")"),
        "$.flows[0].sink", "no element is named \"Nope\"");
    row("sink is a boundary",
        R"({"name": "m", "boundaries": [{"name": "Z"}], "elements": [{"name": "P"}],
            "flows": [{"name": "F", "source": "P", "sink": "Z"}]})",
        "$.flows[0].sink", "\"Z\" is a boundary");
    row("missing source", R"({"name": "m", "flows": [{"name": "F", "sink": "S"}]})",
        "$.flows[0].source", "missing");
    row("flow name", R"({"name": "m", "flows": [{"source": "A", "sink": "B"}]})", "$.flows[0].name",
        "missing");
    row("bool type", clientServer("", R"("isEncrypted": "yes")"), "$.flows[0].isEncrypted",
        "expected true or false");
    row("controls type", clientServer(R"("controls": [])", ""), "$.elements[1].controls",
        "expected an object");
    row("control type", clientServer(R"("controls": {"sanitizesInput": "y"})", ""),
        "$.elements[1].controls.sanitizesInput", "expected true or false");
    row("port type", clientServer(R"("port": 1.5)", ""), "$.elements[1].port",
        "expected a whole number");
    row("classification", R"({"name": "m", "data": [{"name": "D", "classification": "HUSH"}]})",
        "$.data[0].classification", "expected one of PUBLIC");
    row("boundary cycle",
        R"({"name": "m", "boundaries": [{"name": "A", "inBoundary": "B"}, {"name": "B", "inBoundary": "A"}]})",
        "$.boundaries[1].inBoundary", "boundaries form a cycle: A -> B -> A");
    row("boundary in itself", R"({"name": "m", "boundaries": [{"name": "A", "inBoundary": "A"}]})",
        "$.boundaries[0].inBoundary", "cannot be inside itself");
    row("unknown parent", R"({"name": "m", "boundaries": [{"name": "A", "inBoundary": "Q"}]})",
        "$.boundaries[0].inBoundary", "no boundary is named \"Q\"");
    row("carriedBy", R"({"name": "m", "data": [{"name": "D", "carriedBy": ["Nope"]}]})",
        "$.data[0].carriedBy", "no flow is named \"Nope\"");
    row("data item type", clientServer("", R"("data": ["ok", 1])"), "$.flows[0].data[1]",
        "expected a name");
    row("responseTo", clientServer("", R"("responseTo": "Nope")"), "$.flows[0].responseTo",
        "no flow is named \"Nope\"");
}

void tst_PytmImport::errorsNameFileAndPath()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Imported> r = importPytm(input, QStringLiteral("bad.json"));
    QVERIFY(!r.ok());
    // Syntax errors: the column is Qt's parser offset, so only the line is pinned down.
    if (where.endsWith(QLatin1String("column ")))
        QVERIFY2(r.error().where.startsWith(where), qPrintable(r.error().where));
    else
        QCOMPARE(r.error().where, where);
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
}

void tst_PytmImport::robustAgainstOddInput()
{
    QList<QByteArray> inputs{
        "",     " ",  "null",     "0",         "\"x\"",           "[]", "{", "{\"name\":",
        "true", "{}", "\xff\xfe", "{\"a\":1}", "{\"name\": null}"};
    inputs.append(QByteArray(5000, '[') + QByteArray(5000, ']'));
    inputs.append("{\"name\": \"x\", \"elements\": " + QByteArray(3000, '[') + QByteArray(3000, ']')
                  + "}");
    QByteArray nested = "{\"name\": \"x\", \"elements\": [{\"name\": \"P\", \"controls\": ";
    for (int i = 0; i < 500; ++i)
        nested += "{\"a\": ";
    nested += "1" + QByteArray(500, '}') + "}]}";
    inputs.append(nested);
    // Every truncation of a real model.
    const QByteArray full = readFixture(QStringLiteral("output.json"));
    for (qsizetype n = 0; n < full.size(); ++n)
        inputs.append(full.left(n));
    for (const QByteArray &input : std::as_const(inputs)) {
        const Result<Imported> r = importPytm(input, QStringLiteral("odd.json"));
        if (!r.ok())
            QVERIFY2(r.error().where.startsWith(QLatin1String("odd.json")),
                     qPrintable(r.error().text()));
    }
    QVERIFY(importPytm(full, QStringLiteral("odd.json")).ok());
}

namespace {
// Every path in a JSON value, as a list of keys and indexes.
void collectPaths(const QJsonValue &v, QList<QVariantList> &out, QVariantList at = {})
{
    if (!at.isEmpty())
        out.append(at);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), out, at + QVariantList{it.key()});
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), out, at + QVariantList{i});
    }
}

QJsonValue replaced(const QJsonValue &v, const QVariantList &path, qsizetype depth,
                    const QJsonValue &with, bool remove)
{
    if (depth == path.size())
        return with;
    const QVariant step = path[depth];
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QString key = step.toString();
        if (remove && depth + 1 == path.size())
            o.remove(key);
        else
            o.insert(key, replaced(o.value(key), path, depth + 1, with, remove));
        return o;
    }
    QJsonArray a = v.toArray();
    const auto i = step.toLongLong();
    if (remove && depth + 1 == path.size())
        a.removeAt(i);
    else
        a.replace(i, replaced(a.at(i), path, depth + 1, with, remove));
    return a;
}
} // namespace

void tst_PytmImport::robustAgainstMutations_data()
{
    QTest::addColumn<QString>("fixture");
    for (const char *f : {"webapp.json", "output.json", "classes.json", "nested.json"})
        QTest::addRow("%s", f) << QString::fromLatin1(f);
}

void tst_PytmImport::robustAgainstMutations()
{
    // Wrong types everywhere: each value in turn replaced by every JSON type, or removed.
    QFETCH(QString, fixture);
    const QJsonObject root = QJsonDocument::fromJson(readFixture(fixture)).object();
    QList<QVariantList> paths;
    collectPaths(root, paths);
    const QList<QJsonValue> values{QJsonValue(),
                                   0,
                                   -1,
                                   1.5,
                                   1e300,
                                   QStringLiteral(""),
                                   QStringLiteral("Web Server"),
                                   true,
                                   false,
                                   QJsonArray(),
                                   QJsonArray{1, QStringLiteral("x")},
                                   QJsonObject(),
                                   QJsonObject{{QStringLiteral("a"), 1}}};
    int imported = 0, refused = 0;
    for (const QVariantList &path : std::as_const(paths)) {
        for (qsizetype k = 0; k <= values.size(); ++k) {
            const bool remove = k == values.size();
            const QJsonValue mutated
                = replaced(root, path, 0, remove ? QJsonValue() : values[k], remove);
            const QByteArray bytes = QJsonDocument(mutated.toObject()).toJson();
            const Result<Imported> r = importPytm(bytes, QStringLiteral("m.json"));
            if (r.ok()) {
                ++imported;
                QVERIFY(Project::validate(r->data, PropertyCatalog::builtIn()).ok());
            } else {
                ++refused;
                QVERIFY2(r.error().where.startsWith(QLatin1String("m.json: $")),
                         qPrintable(r.error().text()));
                QVERIFY2(!r.error().message.contains(QLatin1String("inconsistent")),
                         qPrintable(r.error().text()));
            }
        }
    }
    QVERIFY(imported > 0 && refused > 0);
}

void tst_PytmImport::longBoundaryChain()
{
    // Deep nesting must cost neither the stack nor quadratic time.
    constexpr int kDepth = 400; // Project::validate orders zones in quadratic time
    QJsonArray boundaries, elements;
    for (int i = 0; i < kDepth; ++i) {
        QJsonObject b{{QStringLiteral("name"), QStringLiteral("Z%1").arg(i)}};
        if (i > 0)
            b.insert(QStringLiteral("inBoundary"), QStringLiteral("Z%1").arg(i - 1));
        boundaries.append(b);
        elements.append(QJsonObject{{QStringLiteral("__class__"), QStringLiteral("Process")},
                                    {QStringLiteral("name"), QStringLiteral("P%1").arg(i)},
                                    {QStringLiteral("inBoundary"), QStringLiteral("Z%1").arg(i)}});
    }
    const QJsonObject root{{QStringLiteral("name"), QStringLiteral("deep")},
                           {QStringLiteral("boundaries"), boundaries},
                           {QStringLiteral("elements"), elements}};
    const Result<Imported> r
        = importPytm(QJsonDocument(root).toJson(), QStringLiteral("deep.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->report.boundaries, kDepth);
    const Boundary *deepest = named(r->data.boundaries, QStringLiteral("Z%1").arg(kDepth - 1));
    QCOMPARE(deepest->trustLevel, kMaxTrustLevel);
}

void tst_PytmImport::detection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("pytm");
    QTest::addRow("sample shape") << readFixture(QStringLiteral("webapp.json")) << true;
    QTest::addRow("pytm --json output") << readFixture(QStringLiteral("output.json")) << true;
    QTest::addRow("every class") << readFixture(QStringLiteral("classes.json")) << true;
    QTest::addRow("empty pytm model")
        << QByteArray(R"({"name": "m", "elements": [], "flows": []})") << true;
    QTest::addRow("one element") << QByteArray(R"({"elements": [{"__class__": "Process"}]})")
                                 << true;
    QFile example(
        test::sourcePath(QStringLiteral("templates/examples/smart-door-lock.threatbench.json")));
    QVERIFY(example.open(QIODevice::ReadOnly));
    QTest::addRow("threatbench canonical") << example.readAll() << false;
    QTest::addRow("OTM") << QByteArray(
        R"({"otmVersion": "0.2.0", "project": {}, "components": []})")
                         << false;
    QTest::addRow("Threat Dragon") << QByteArray(
        R"({"version": "2.2.0", "summary": {"title": "x"}, "detail": {"diagrams": []}})")
                                   << false;
    QTest::addRow("cell flows") << QByteArray(
        R"({"flows": [{"source": {"cell": "a"}, "target": "b"}]})")
                                << false;
    QTest::addRow("empty object") << QByteArray("{}") << false;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("garbage") << QByteArray("\x01\x02garbage") << false;
    QTest::addRow("array") << QByteArray("[{\"__class__\": \"Process\"}]") << false;
}

void tst_PytmImport::detection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, pytm);
    QCOMPARE(looksLikePytm(bytes), pytm);
}

QTEST_GUILESS_MAIN(tst_PytmImport)
#include "tst_pytmimport.moc"
