#include "graphfixture.h"

#include <QTest>

#include <algorithm>

using namespace tb;
using tb::test::GraphFixture;

namespace {

QString directionName(CrossingDirection d)
{
    switch (d) {
    case CrossingDirection::Inbound:
        return QStringLiteral("in");
    case CrossingDirection::Outbound:
        return QStringLiteral("out");
    case CrossingDirection::Lateral:
        return QStringLiteral("lateral");
    }
    return {};
}

// "Corp 0>2 in": one crossing as a table cell.
QStringList describe(const GraphFixture &f, const QList<Crossing> &crossings)
{
    QStringList out;
    for (const Crossing &c : crossings) {
        out.append(QStringLiteral("%1 %2>%3 %4")
                       .arg(f.name(c.boundary))
                       .arg(c.fromTrust)
                       .arg(c.toTrust)
                       .arg(directionName(c.direction)));
    }
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

bool isIdSorted(const QList<Id> &ids)
{
    return std::is_sorted(ids.cbegin(), ids.cend(), idLess);
}

// Outside: user. Corp (2) holds web, and Core (4) with api and db, and Lab (2) with lab.
// Partner (2) is a second root zone.
GraphFixture zonedProject()
{
    GraphFixture f;
    f.zone(QStringLiteral("Corp"), 2);
    f.zone(QStringLiteral("Core"), 4, QStringLiteral("Corp"));
    f.zone(QStringLiteral("Lab"), 2, QStringLiteral("Corp"));
    f.zone(QStringLiteral("Partner"), 2);
    f.element(QStringLiteral("user"));
    f.element(QStringLiteral("web"), QStringLiteral("Corp"));
    f.element(QStringLiteral("api"), QStringLiteral("Core"));
    f.element(QStringLiteral("db"), QStringLiteral("Core"));
    f.element(QStringLiteral("lab"), QStringLiteral("Lab"));
    f.element(QStringLiteral("partner"), QStringLiteral("Partner"));
    return f;
}

} // namespace

class tst_DfdGraph : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fastIdOrder();
    void basics();
    void copyIsIndependent();
    void zones();
    void zoneCrossings_data();
    void zoneCrossings();
    void lineCrossings_data();
    void lineCrossings();
    void lineCrossingsPerDiagram();
    void bothKindsInOneQuery();
    void reachability_data();
    void reachability();
    void untrusted();
    void shortestPath_data();
    void shortestPath();
    void articulationPoints_data();
    void articulationPoints();
    void toleratesInconsistentData();
};

void tst_DfdGraph::fastIdOrder()
{
    // The graph sorts with a string-free comparator; it must agree with idLess everywhere.
    QList<Id> ids{Id(), parseId(QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff")),
                  parseId(QStringLiteral("00000000-0000-0000-0000-000000000001")),
                  parseId(QStringLiteral("0000000a-0000-0000-0000-000000000000")),
                  parseId(QStringLiteral("00000009-ffff-0000-0000-000000000000"))};
    for (int i = 0; i < 300; ++i)
        ids.append(newId());
    for (const Id &a : std::as_const(ids)) {
        for (const Id &b : std::as_const(ids))
            QCOMPARE(idLess(a, b), idString(a) < idString(b));
    }
}

void tst_DfdGraph::basics()
{
    GraphFixture f;
    f.chain(QStringLiteral("A>B,B>C,A>C,C>A"));
    f.element(QStringLiteral("lone"));
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QVERIFY(Project::validate(f.data(), PropertyCatalog::builtIn()).ok());

    const DfdGraph g(f.data());
    QCOMPARE(g.vertexCount(), 4);
    QCOMPARE(g.edgeCount(), 4);
    QCOMPARE(g.elementIds(), ProjectData::sortedIds(f.data().elements));
    QCOMPARE(g.flowIds(), ProjectData::sortedIds(f.data().flows));

    QCOMPARE(sorted(f.names(g.outFlows(f.id(QStringLiteral("A"))))),
             QStringList({QStringLiteral("A>B"), QStringLiteral("A>C")}));
    QCOMPARE(sorted(f.names(g.inFlows(f.id(QStringLiteral("C"))))),
             QStringList({QStringLiteral("A>C"), QStringLiteral("B>C")}));
    QVERIFY(isIdSorted(g.outFlows(f.id(QStringLiteral("A")))));
    QVERIFY(g.outFlows(f.id(QStringLiteral("lone"))).isEmpty());
    QVERIFY(g.outFlows(newId()).isEmpty());

    // Descriptors and the id maps agree.
    const auto v = g.vertex(f.id(QStringLiteral("B")));
    QVERIFY(v);
    QCOMPARE(g.elementAt(*v), f.id(QStringLiteral("B")));
    const auto e = g.edge(f.id(QStringLiteral("B>C")));
    QVERIFY(e);
    QCOMPARE(g.graph()[*e].id, f.id(QStringLiteral("B>C")));
    QCOMPARE(g.elementAt(boost::source(*e, g.graph())), f.id(QStringLiteral("B")));
    QCOMPARE(g.elementAt(boost::target(*e, g.graph())), f.id(QStringLiteral("C")));
    QVERIFY(!g.vertex(newId()));
    QVERIFY(!g.edge(f.id(QStringLiteral("A"))));
    QVERIFY(g.containsElement(f.id(QStringLiteral("lone"))));
    QVERIFY(!g.containsFlow(f.id(QStringLiteral("lone"))));
}

void tst_DfdGraph::copyIsIndependent()
{
    GraphFixture f;
    f.chain(QStringLiteral("A>B,B>C"));
    std::optional<DfdGraph> original(std::in_place, f.data());
    const DfdGraph copy = *original;
    original.reset(); // the copy must not point into the destroyed graph
    QCOMPARE(copy.shortestPath(f.id(QStringLiteral("A")), f.id(QStringLiteral("C"))),
             f.ids({QStringLiteral("A>B"), QStringLiteral("B>C")}));
    QVERIFY(copy.edge(f.id(QStringLiteral("B>C"))));
}

void tst_DfdGraph::zones()
{
    GraphFixture f = zonedProject();
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const DfdGraph g(f.data());
    QCOMPARE(f.names(g.zoneChain(f.id(QStringLiteral("db")))),
             QStringList({QStringLiteral("Core"), QStringLiteral("Corp")}));
    QCOMPARE(f.names(g.zoneChain(f.id(QStringLiteral("web")))),
             QStringList{QStringLiteral("Corp")});
    QVERIFY(g.zoneChain(f.id(QStringLiteral("user"))).isEmpty());
    QCOMPARE(g.trustLevelOf(f.id(QStringLiteral("db"))), 4);
    QCOMPARE(g.trustLevelOf(f.id(QStringLiteral("lab"))), 2);
    QCOMPARE(g.trustLevelOf(f.id(QStringLiteral("user"))), 0);
    QCOMPARE(g.trustLevelOf(newId()), 0);
}

void tst_DfdGraph::zoneCrossings_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    const auto row = [](const char *name, const char *from, const char *to, QStringList exp) {
        QTest::addRow("%s", name) << QString::fromLatin1(from) << QString::fromLatin1(to) << exp;
    };
    row("into a zone", "user", "web", {QStringLiteral("Corp 0>2 in")});
    row("out of a zone", "web", "user", {QStringLiteral("Corp 2>0 out")});
    row("into inner zone from outside", "user", "db",
        {QStringLiteral("Corp 0>4 in"), QStringLiteral("Core 0>4 in")});
    row("out of inner and outer zone", "db", "user",
        {QStringLiteral("Core 4>0 out"), QStringLiteral("Corp 4>0 out")});
    row("within one zone", "api", "db", {});
    row("outer to inner zone", "web", "db", {QStringLiteral("Core 2>4 in")});
    row("inner to outer zone", "db", "web", {QStringLiteral("Core 4>2 out")});
    row("nested zone of same trust", "web", "lab", {QStringLiteral("Lab 2>2 lateral")});
    row("sibling root zones of same trust", "web", "partner",
        {QStringLiteral("Corp 2>2 lateral"), QStringLiteral("Partner 2>2 lateral")});
    row("between inner zones", "lab", "db",
        {QStringLiteral("Lab 2>4 in"), QStringLiteral("Core 2>4 in")});
    row("inner zone to another root", "db", "partner",
        {QStringLiteral("Core 4>2 out"), QStringLiteral("Corp 4>2 out"),
         QStringLiteral("Partner 4>2 out")});
}

void tst_DfdGraph::zoneCrossings()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    GraphFixture f = zonedProject();
    const Id flow = f.flow(from, to, {}, false);
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const DfdGraph g(f.data());
    const QList<Crossing> crossings = g.crossings(flow);
    QCOMPARE(describe(f, crossings), expected);
    for (const Crossing &c : crossings)
        QCOMPARE(c.kind, BoundaryKind::Zone);
    QCOMPARE(g.flowsCrossingBoundaries().contains(flow), !expected.isEmpty());
}

// A vertical line at x = 100 from y = 0 to y = 200. "a" is left of it, "b" right of it, "c"
// below "a"; "far" sits in a trusted zone right of the line, "hidden" is not drawn.
void tst_DfdGraph::lineCrossings_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QList<QPointF>>("bends");
    QTest::addColumn<QStringList>("expected");

    const QStringList crossed{QStringLiteral("wall 0>0 lateral")};
    QTest::addRow("straight across")
        << QStringLiteral("a") << QStringLiteral("b") << QList<QPointF>{} << crossed;
    QTest::addRow("same side") << QStringLiteral("a") << QStringLiteral("c") << QList<QPointF>{}
                               << QStringList{};
    QTest::addRow("bends route around the end")
        << QStringLiteral("a") << QStringLiteral("b") << QList<QPointF>{{0, 300}, {200, 300}}
        << QStringList{};
    QTest::addRow("bends route across and back")
        << QStringLiteral("a") << QStringLiteral("c") << QList<QPointF>{{200, 100}, {200, 300}}
        << crossed;
    QTest::addRow("bend leads across")
        << QStringLiteral("c") << QStringLiteral("b") << QList<QPointF>{{0, 100}} << crossed;
    QTest::addRow("into trusted zone")
        << QStringLiteral("a") << QStringLiteral("far") << QList<QPointF>{}
        << QStringList{QStringLiteral("Vault 0>3 in"), QStringLiteral("wall 0>3 in")};
    QTest::addRow("out of trusted zone")
        << QStringLiteral("far") << QStringLiteral("a") << QList<QPointF>{}
        << QStringList{QStringLiteral("Vault 3>0 out"), QStringLiteral("wall 3>0 out")};
    QTest::addRow("end not drawn")
        << QStringLiteral("a") << QStringLiteral("hidden") << QList<QPointF>{} << QStringList{};
}

void tst_DfdGraph::lineCrossings()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QList<QPointF>, bends);
    QFETCH(QStringList, expected);

    GraphFixture f;
    f.zone(QStringLiteral("Vault"), 3);
    f.line(QStringLiteral("wall"), {{100, 0}, {100, 200}});
    f.element(QStringLiteral("a"), {}, QPointF(0, 100));
    f.element(QStringLiteral("b"), {}, QPointF(200, 100));
    f.element(QStringLiteral("c"), {}, QPointF(0, 300));
    f.element(QStringLiteral("far"), QStringLiteral("Vault"), QPointF(200, 50));
    f.element(QStringLiteral("hidden"));
    const Id flow = f.flow(from, to, bends);
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QVERIFY(Project::validate(f.data(), PropertyCatalog::builtIn()).ok());

    const DfdGraph g(f.data());
    QCOMPARE(describe(f, g.crossings(flow)), expected);
    QCOMPARE(g.flowsCrossingBoundaries(), expected.isEmpty() ? QList<Id>{} : QList<Id>{flow});
}

void tst_DfdGraph::lineCrossingsPerDiagram()
{
    GraphFixture f;
    const Id second = f.addDiagram(QStringLiteral("Second"));
    f.line(QStringLiteral("wall"), {{100, 0}, {100, 200}});
    f.element(QStringLiteral("a"), {}, QPointF(0, 100));
    f.element(QStringLiteral("b"), {}, QPointF(40, 100)); // same side on the main diagram
    const Id notDrawn = f.flow(QStringLiteral("a"), QStringLiteral("b"), {}, false);
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QVERIFY(DfdGraph(f.data()).crossings(notDrawn).isEmpty());

    // Drawn across the line on a second diagram: the line is there too, so the flow crosses.
    ProjectData d = f.data();
    d.diagrams[second].placements.insert(f.id(QStringLiteral("a")), {QRectF(-10, 90, 20, 20), {}});
    d.diagrams[second].placements.insert(f.id(QStringLiteral("b")), {QRectF(190, 90, 20, 20), {}});
    QVERIFY(DfdGraph(d).crossings(notDrawn).isEmpty()); // no line on that diagram
    d.diagrams[second].placements.insert(f.id(QStringLiteral("wall")),
                                         {{}, {{100, 0}, {100, 200}}});
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());
    const DfdGraph g(d);
    QCOMPARE(describe(f, g.crossings(notDrawn)), QStringList{QStringLiteral("wall 0>0 lateral")});
    QCOMPARE(g.crossings(notDrawn).constFirst().kind, BoundaryKind::Line);
}

void tst_DfdGraph::bothKindsInOneQuery()
{
    GraphFixture f = zonedProject();
    f.line(QStringLiteral("wall"), {{100, -100}, {100, 100}});
    f.line(QStringLiteral("fence"), {{150, -100}, {150, 100}});
    ProjectData d = f.data(); // draw both ends, one either side of both lines
    auto &placed = d.diagrams[f.diagram()].placements;
    placed.insert(f.id(QStringLiteral("user")), {QRectF(-10, -10, 20, 20), {}});
    placed.insert(f.id(QStringLiteral("db")), {QRectF(190, -10, 20, 20), {}});
    Flow flow{newId(),
              f.id(QStringLiteral("user")),
              f.id(QStringLiteral("db")),
              QStringLiteral("login"),
              {},
              {},
              {},
              {}};
    d.flows.insert(flow.id, flow);
    QVERIFY(Project::validate(d, PropertyCatalog::builtIn()).ok());

    const QList<Crossing> c = DfdGraph(d).crossings(flow.id);
    QCOMPARE(c.size(), 4);
    QCOMPARE(c[0].kind, BoundaryKind::Zone);
    QCOMPARE(c[1].kind, BoundaryKind::Zone);
    QCOMPARE(c[2].kind, BoundaryKind::Line);
    QCOMPARE(c[3].kind, BoundaryKind::Line);
    QVERIFY(idLess(c[2].boundary, c[3].boundary)); // lines by id
    for (const Crossing &one : c) {
        QCOMPARE(one.fromTrust, 0);
        QCOMPARE(one.toTrust, 4);
        QCOMPARE(one.direction, CrossingDirection::Inbound);
    }
}

// user -> web -> api -> db -> backup; admin -> db; isolated alone.
void tst_DfdGraph::reachability_data()
{
    QTest::addColumn<QStringList>("starts");
    QTest::addColumn<QStringList>("expected");

    const auto l = [](std::initializer_list<const char *> names) {
        QStringList out;
        for (const char *n : names)
            out.append(QString::fromLatin1(n));
        return out;
    };
    QTest::addRow("from the user") << l({"user"}) << l({"api", "backup", "db", "user", "web"});
    QTest::addRow("from the admin") << l({"admin"}) << l({"admin", "backup", "db"});
    QTest::addRow("from a sink") << l({"backup"}) << l({"backup"});
    QTest::addRow("from two starts")
        << l({"admin", "web"}) << l({"admin", "api", "backup", "db", "web"});
    QTest::addRow("duplicate starts") << l({"db", "db"}) << l({"backup", "db"});
    QTest::addRow("isolated") << l({"isolated"}) << l({"isolated"});
    QTest::addRow("unknown start") << l({"nobody"}) << QStringList{};
    QTest::addRow("no starts") << QStringList{} << QStringList{};
}

void tst_DfdGraph::reachability()
{
    QFETCH(QStringList, starts);
    QFETCH(QStringList, expected);

    GraphFixture f;
    f.chain(QStringLiteral("user>web,web>api,api>db,db>backup,admin>db"));
    f.element(QStringLiteral("isolated"));
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const QList<Id> reached = DfdGraph(f.data()).reachableFrom(f.ids(starts));
    QVERIFY(isIdSorted(reached));
    QCOMPARE(sorted(f.names(reached)), expected);
}

void tst_DfdGraph::untrusted()
{
    GraphFixture f;
    f.zone(QStringLiteral("Corp"), 2);
    f.zone(QStringLiteral("Core"), 4, QStringLiteral("Corp"));
    f.element(QStringLiteral("user"));
    f.element(QStringLiteral("web"), QStringLiteral("Corp"));
    f.element(QStringLiteral("backup"), QStringLiteral("Corp"));
    f.element(QStringLiteral("isolated"), QStringLiteral("Corp"));
    f.element(QStringLiteral("api"), QStringLiteral("Core"));
    f.element(QStringLiteral("db"), QStringLiteral("Core"));
    f.element(QStringLiteral("admin"), QStringLiteral("Core"));
    f.chain(QStringLiteral("user>web,web>api,api>db,db>backup,admin>db"));
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const DfdGraph g(f.data());

    QCOMPARE(f.names(g.untrustedElements()), QStringList{QStringLiteral("user")});
    QCOMPARE(sorted(f.names(g.reachableFromUntrusted())),
             QStringList({QStringLiteral("api"), QStringLiteral("backup"), QStringLiteral("db"),
                          QStringLiteral("user"), QStringLiteral("web")}));
    QCOMPARE(f.names(g.untrustedEntryPoints()), QStringList{QStringLiteral("web")});

    // Threshold 3: everything below Core counts as untrusted; api is where it gets in.
    QCOMPARE(sorted(f.names(g.untrustedElements(3))),
             QStringList({QStringLiteral("backup"), QStringLiteral("isolated"),
                          QStringLiteral("user"), QStringLiteral("web")}));
    QCOMPARE(g.reachableFromUntrusted(3).size(), 6); // all but admin
    QVERIFY(!g.reachableFromUntrusted(3).contains(f.id(QStringLiteral("admin"))));
    QCOMPARE(f.names(g.untrustedEntryPoints(3)), QStringList{QStringLiteral("api")});
    QVERIFY(isIdSorted(g.reachableFromUntrusted(3)));
    QVERIFY(isIdSorted(g.untrustedElements(3)));

    // A project without zones: all of it is untrusted, so none of it is an entry point.
    GraphFixture flat;
    flat.chain(QStringLiteral("a>b"));
    const DfdGraph fg(flat.data());
    QCOMPARE(fg.reachableFromUntrusted().size(), 2);
    QVERIFY(fg.untrustedEntryPoints().isEmpty());
}

void tst_DfdGraph::shortestPath_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("shorter of two routes")
        << QStringLiteral("A") << QStringLiteral("D")
        << QStringList{QStringLiteral("A>E"), QStringLiteral("E>D")};
    QTest::addRow("one hop") << QStringLiteral("A") << QStringLiteral("B")
                             << QStringList{QStringLiteral("A>B")};
    QTest::addRow("longer chain") << QStringLiteral("B") << QStringLiteral("D")
                                  << QStringList{QStringLiteral("B>C"), QStringLiteral("C>D")};
    QTest::addRow("against the flows")
        << QStringLiteral("D") << QStringLiteral("A") << QStringList{};
    QTest::addRow("to itself") << QStringLiteral("A") << QStringLiteral("A") << QStringList{};
    QTest::addRow("unreachable") << QStringLiteral("A") << QStringLiteral("X") << QStringList{};
    QTest::addRow("unknown") << QStringLiteral("A") << QStringLiteral("nobody") << QStringList{};
}

void tst_DfdGraph::shortestPath()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(QStringList, expected);

    GraphFixture f;
    f.chain(QStringLiteral("A>B,B>C,C>D,A>E,E>D,X>A"));
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    QCOMPARE(f.names(DfdGraph(f.data()).shortestPath(f.id(from), f.id(to))), expected);
}

void tst_DfdGraph::articulationPoints_data()
{
    QTest::addColumn<QString>("flows");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("chain A-B-C") << QStringLiteral("A>B,B>C") << QStringList{QStringLiteral("B")};
    QTest::addRow("chain against the flows")
        << QStringLiteral("A>B,C>B") << QStringList{QStringLiteral("B")};
    QTest::addRow("triangle") << QStringLiteral("A>B,B>C,C>A") << QStringList{};
    QTest::addRow("one flow") << QStringLiteral("A>B") << QStringList{};
    QTest::addRow("two-way pair in a chain")
        << QStringLiteral("A>B,B>A,B>C") << QStringList{QStringLiteral("B")};
    QTest::addRow("triangles sharing C")
        << QStringLiteral("A>B,B>C,C>A,C>D,D>E,E>C") << QStringList{QStringLiteral("C")};
    QTest::addRow("star") << QStringLiteral("H>A,H>B,C>H") << QStringList{QStringLiteral("H")};
    QTest::addRow("two components") << QStringLiteral("A>B,B>C,D>E,E>F")
                                    << QStringList{QStringLiteral("B"), QStringLiteral("E")};
    QTest::addRow("empty") << QString() << QStringList{};
}

void tst_DfdGraph::articulationPoints()
{
    QFETCH(QString, flows);
    QFETCH(QStringList, expected);

    GraphFixture f;
    f.chain(flows);
    f.element(QStringLiteral("lonely")); // an isolated element is never a cut vertex
    QVERIFY2(f.error().isEmpty(), qPrintable(f.error()));
    const QList<Id> cuts = DfdGraph(f.data()).articulationPoints();
    QVERIFY(isIdSorted(cuts));
    QCOMPARE(sorted(f.names(cuts)), expected);
}

void tst_DfdGraph::toleratesInconsistentData()
{
    // Filled directly and never validated: dangling ends, a zone cycle, a line used as a zone.
    ProjectData d;
    const Id z1 = newId(), z2 = newId(), line = newId(), a = newId(), b = newId(), f1 = newId();
    d.boundaries.insert(z1, {z1, BoundaryKind::Zone, QStringLiteral("z1"), {}, 3, z2, {}});
    d.boundaries.insert(z2, {z2, BoundaryKind::Zone, QStringLiteral("z2"), {}, 1, z1, {}});
    d.boundaries.insert(line, {line, BoundaryKind::Line, QStringLiteral("l"), {}, 5, {}, {}});
    d.elements.insert(a, {a, ElementKind::Process, QStringLiteral("a"), {}, {}, z1, {}, {}, {}});
    d.elements.insert(b, {b, ElementKind::Process, QStringLiteral("b"), {}, {}, line, {}, {}, {}});
    d.flows.insert(f1, {f1, a, b, {}, {}, {}, {}, {}});
    const Id dangling = newId();
    d.flows.insert(dangling, {dangling, a, newId(), {}, {}, {}, {}, {}});
    QVERIFY(!Project::validate(d, PropertyCatalog::builtIn()).ok());

    const DfdGraph g(d);
    QCOMPARE(g.edgeCount(), 1);
    QVERIFY(!g.containsFlow(dangling));
    QCOMPARE(g.zoneChain(a), QList<Id>({z1, z2}));
    QCOMPARE(g.trustLevelOf(a), 3);
    QCOMPARE(g.trustLevelOf(b), 0);
    QCOMPARE(g.crossings(f1).size(), 2);
}

QTEST_APPLESS_MAIN(tst_DfdGraph)
#include "tst_dfdgraph.moc"
