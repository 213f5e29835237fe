#include "sampleproject.h"

#include "core/propertycatalog.h"

#include <QJsonArray>

namespace tb::test {

const SampleIds &sampleIds()
{
    static const SampleIds ids = [] {
        const auto id = [](int n) {
            return parseId(
                QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
        };
        return SampleIds{id(1), id(2), id(3),  id(4),  id(5),  id(6), id(7),
                         id(8), id(9), id(10), id(11), id(12), id(13)};
    }();
    return ids;
}

ProjectData sampleProject()
{
    const SampleIds &ids = sampleIds();
    ProjectData d;
    d.id = parseId(QStringLiteral("00000000-0000-4000-8000-999999999999"));
    d.product.name = QStringLiteral("Sample lock");
    d.product.version = QStringLiteral("1.0");
    d.product.craClass = CraClass::ImportantClassI;
    d.diagrams.insert(ids.diagram, Diagram{ids.diagram, QStringLiteral("Context"), {}, {}});
    const PropertyCatalog &c = PropertyCatalog::builtIn();
    const auto must = [&](Edit e) {
        Result<Edit> r = applyEdit(d, c, e);
        if (!r)
            qFatal("sample project: %s", qPrintable(r.error().text()));
    };
    const auto at = [&](QRectF r) {
        return QList<PlacementAt>{{ids.diagram, {r, {}}}};
    };
    Component library;
    library.id = ids.library;
    library.type = QStringLiteral("library");
    library.name = QStringLiteral("openssl");
    library.version = QStringLiteral("3.0.13");
    library.purl = QStringLiteral("pkg:generic/openssl@3.0.13");
    library.licenses = {QStringLiteral("Apache-2.0")};
    must(AddComponent{library});
    must(AddComponent{{ids.service,
                       {},
                       QStringLiteral("application"),
                       QStringLiteral("acme"),
                       QStringLiteral("lock-api"),
                       QStringLiteral("2.1"),
                       {},
                       QStringLiteral("ACME"),
                       {},
                       {ids.library}}});
    must(SetSbomInfo{{QStringLiteral("CycloneDX"),
                      QStringLiteral("1.5"),
                      {},
                      QStringLiteral("lock.cdx.json"),
                      QDate(2026, 1, 15),
                      {},
                      {}}});
    must(AddDataAsset{
        {ids.asset, QStringLiteral("Door codes"), {}, QStringLiteral("secret"), 4, 4, 2}});
    must(AddBoundary{{ids.zone, BoundaryKind::Zone, QStringLiteral("Cloud"), {}, 3, {}, {}},
                     at({300, 0, 500, 400})});
    must(AddBoundary{{ids.innerZone,
                      BoundaryKind::Zone,
                      QStringLiteral("Database subnet"),
                      {},
                      4,
                      ids.zone,
                      {{QStringLiteral("networkSegment"), QStringLiteral("10.0.2.0/24")}}},
                     at({500, 100, 250, 250})});
    must(AddBoundary{{ids.line, BoundaryKind::Line, QStringLiteral("Internet edge"), {}, 0, {}, {}},
                     {{ids.diagram, {{}, {{250, -50}, {250, 450}}}}}});
    must(AddElement{{ids.user,
                     ElementKind::ExternalEntity,
                     QStringLiteral("Resident"),
                     {},
                     QStringLiteral("user"),
                     {},
                     {},
                     {},
                     {}},
                    at({0, 150, 100, 60})});
    must(AddElement{{ids.app,
                     ElementKind::Process,
                     QStringLiteral("Cloud API"),
                     QStringLiteral("Accepts commands"),
                     QStringLiteral("web-application"),
                     ids.zone,
                     {{QStringLiteral("authentication"), QStringLiteral("token")},
                      {QStringLiteral("exposedInterfaces"), QJsonArray{QStringLiteral("http")}}},
                     {},
                     {ids.service, ids.library}},
                    at({350, 150, 100, 80})});
    must(AddElement{{ids.store,
                     ElementKind::DataStore,
                     QStringLiteral("Lock database"),
                     {},
                     QStringLiteral("database"),
                     ids.innerZone,
                     {{QStringLiteral("encryptedAtRest"), true}},
                     {ids.asset},
                     {}},
                    at({550, 150, 120, 60})});
    must(AddElement{
        {ids.spare, ElementKind::Process, QStringLiteral("Spare worker"), {}, {}, {}, {}, {}, {}},
        {}});
    must(ConnectFlow{
        {ids.login,
         ids.user,
         ids.app,
         QStringLiteral("Unlock request"),
         {},
         QStringLiteral("HTTPS"),
         {{QStringLiteral("encrypted"), true}, {QStringLiteral("carriesCommands"), true}},
         {ids.asset}},
        {{ids.diagram, {{}, {{200, 180}}}}}});
    must(ConnectFlow{{ids.save, ids.app, ids.store, QStringLiteral("Store code"), {}, {}, {}, {}},
                     {{ids.diagram, {{}, {}}}}});
    return d;
}

} // namespace tb::test
