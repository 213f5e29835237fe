#include "projectdiff.h"
#include "core/projectsettings.h"

#include "projectdiffprivate.h"

#include "cra/annexcatalog.h"
#include "cra/coverage.h"
#include "io/objectjson.h"
#include "io/riskjson.h"
#include "io/studyjson.h"

namespace tb {

using diff::Context;
using diff::diffById;

namespace {

// Objects whose whole value is their own (no treatment attached): compared as encoded.
template<typename T>
auto sameValue()
{
    return [](const T &x, const T &y) {
        return x == y;
    };
}

template<typename T>
auto jsonFields(const Context &c)
{
    return [&c](const T &x, const T &y, QList<DiffField> &out) {
        c.diffJson(toJson(x), toJson(y), {}, out);
    };
}

DiffEntry entry(const QString &kind, const Id &id, const QString &name, const QString &summary = {})
{
    return DiffEntry{kind, id, name, summary, {}};
}

QString riskLevel(const ProjectData &d, int likelihood, int impact)
{
    const int n = d.criteria.level(likelihood, impact);
    return n >= 0 && n < d.criteria.levels.size() ? d.criteria.levels.at(n) : QString();
}

// Only objects on both sides count: adding or removing an object already says it appeared or
// went from the diagrams.
QString layoutChange(const Context &c, const Diagram &x, const Diagram &y)
{
    const auto inBoth = [&c](const Id &id) {
        return c.a.typeOf(id) != ObjectType::None && c.b.typeOf(id) != ObjectType::None;
    };
    int placed = 0, removed = 0, moved = 0;
    for (auto it = x.placements.cbegin(); it != x.placements.cend(); ++it) {
        const auto other = y.placements.constFind(it.key());
        if (other == y.placements.cend())
            removed += inBoth(it.key()) ? 1 : 0;
        else if (*other != *it)
            ++moved;
    }
    for (auto it = y.placements.cbegin(); it != y.placements.cend(); ++it)
        placed += x.placements.contains(it.key()) || !inBoth(it.key()) ? 0 : 1;
    QStringList parts;
    if (moved)
        parts.append(QStringLiteral("%1 moved").arg(moved));
    if (placed)
        parts.append(QStringLiteral("%1 placed").arg(placed));
    if (removed)
        parts.append(QStringLiteral("%1 taken off").arg(removed));
    return parts.join(QStringLiteral(", "));
}

DiffSection singleChange(const QString &key, const QString &title, const QString &kind,
                         const QString &name, QList<DiffField> fields)
{
    DiffSection s{key, title, {}, {}, {}};
    if (!fields.isEmpty())
        s.changed.append({kind, {}, name, {}, std::move(fields)});
    return s;
}

void appendDiagramsAndModel(const Context &c, QList<DiffSection> &out)
{
    const ProjectData &a = c.a, &b = c.b;
    out.append(diffById(
        QStringLiteral("diagrams"), QStringLiteral("Diagrams"), a.diagrams, b.diagrams,
        [](const Diagram &g, bool) { return entry(QStringLiteral("diagram"), g.id, g.name); },
        [&c](const Diagram &x, const Diagram &y) {
            return x.name == y.name
                   && (x.placements == y.placements || layoutChange(c, x, y).isEmpty());
        },
        [&c](const Diagram &x, const Diagram &y, QList<DiffField> &f) {
            if (x.name != y.name)
                f.append({QStringLiteral("name"), x.name, y.name});
            if (const QString layout = layoutChange(c, x, y); !layout.isEmpty())
                f.append({QStringLiteral("layout"), {}, layout, true});
        }));
    out.append(diffById(
        QStringLiteral("elements"), QStringLiteral("Elements"), a.elements, b.elements,
        [&c](const Element &e, bool) {
            return entry(kindName(e.kind), e.id, e.name,
                         e.zone.isNull() ? QString() : QStringLiteral("in ") + c.nameOf(e.zone));
        },
        sameValue<Element>(), jsonFields<Element>(c)));
    out.append(diffById(
        QStringLiteral("flows"), QStringLiteral("Flows"), a.flows, b.flows,
        [&c](const Flow &f, bool) {
            const QString ends = c.nameOf(f.source) + QStringLiteral(" -> ") + c.nameOf(f.target);
            return entry(QStringLiteral("flow"), f.id, c.flowName(f),
                         f.name.isEmpty() ? QString() : ends);
        },
        sameValue<Flow>(), jsonFields<Flow>(c)));
    out.append(diffById(
        QStringLiteral("boundaries"), QStringLiteral("Boundaries"), a.boundaries, b.boundaries,
        [](const Boundary &x, bool) { return entry(kindName(x.kind), x.id, x.name); },
        sameValue<Boundary>(), jsonFields<Boundary>(c)));
    out.append(diffById(
        QStringLiteral("dataAssets"), QStringLiteral("Data assets"), a.assets, b.assets,
        [](const DataAsset &x, bool) {
            return entry(QStringLiteral("asset"), x.id, x.name, x.classification);
        },
        sameValue<DataAsset>(), jsonFields<DataAsset>(c)));
}

void appendRegister(const Context &c, QList<DiffSection> &out)
{
    const ProjectData &a = c.a, &b = c.b;
    out.append(diffById(
        QStringLiteral("threats"), QStringLiteral("Threats"), a.threats, b.threats,
        [&c](const Threat &t, bool isNew) {
            const QString level = riskLevel(isNew ? c.b : c.a, t.likelihood, t.impact);
            const QString status = threatStatusName(t.status);
            return entry(QStringLiteral("threat"), t.id, t.title,
                         level.isEmpty() ? status : status + QStringLiteral(", ") + level);
        },
        [&c](const Threat &x, const Threat &y) { return x == y && c.sameTreatment(x.id); },
        [&c](const Threat &x, const Threat &y, QList<DiffField> &f) {
            c.diffJson(toJson(x), toJson(y), {}, f);
            const QString before = riskLevel(c.a, x.likelihood, x.impact);
            const QString after = riskLevel(c.b, y.likelihood, y.impact);
            if (before != after)
                f.append({QStringLiteral("risk"), before, after});
            c.diffTreatment(x.id, f);
        }));
    out.append(diffById(
        QStringLiteral("tasks"), QStringLiteral("Tasks"), a.tasks, b.tasks,
        [](const MitigationTask &t, bool) {
            return entry(QStringLiteral("task"), t.id, t.title, taskStatusName(t.status));
        },
        sameValue<MitigationTask>(), jsonFields<MitigationTask>(c)));

    // Verdicts are derived, so they are computed on both sides; catalogue order.
    const QList<RequirementCoverage> before = computeCoverage(a, AnnexCatalog::builtIn());
    const QList<RequirementCoverage> after = computeCoverage(b, AnnexCatalog::builtIn());
    DiffSection req{QStringLiteral("requirements"), QStringLiteral("CRA Annex I"), {}, {}, {}};
    for (const RequirementCoverage &r : after) {
        const auto old = std::find_if(before.cbegin(), before.cend(),
                                      [&r](const RequirementCoverage &x) { return x.id == r.id; });
        const QString oldVerdict = old == before.cend() ? QString() : verdictName(old->verdict);
        DiffEntry e{QStringLiteral("requirement"), {}, r.id, {}, {}};
        if (oldVerdict != verdictName(r.verdict))
            e.fields.append({QStringLiteral("verdict"), oldVerdict, verdictName(r.verdict)});
        const QString why = a.decisions.value(r.id).justification;
        const QString now = b.decisions.value(r.id).justification;
        if (why != now)
            e.fields.append({QStringLiteral("not applicable because"), why, now});
        if (!e.fields.isEmpty())
            req.changed.append(e);
    }
    out.append(req);
}

void appendSbomAndStudy(const Context &c, QList<DiffSection> &out)
{
    const ProjectData &a = c.a, &b = c.b;
    DiffSection components = diffById(
        QStringLiteral("components"), QStringLiteral("Components (SBOM)"), a.components,
        b.components,
        [](const Component &x, bool) {
            const QString name = x.group.isEmpty() ? x.name : x.group + QLatin1Char('/') + x.name;
            return entry(QStringLiteral("component"), x.id, name, x.version);
        },
        sameValue<Component>(), jsonFields<Component>(c));
    QList<DiffField> sbom;
    c.diffJson(toJson(a.sbom), toJson(b.sbom), {}, sbom);
    if (!sbom.isEmpty())
        components.changed.prepend({QStringLiteral("sbom"), {}, QStringLiteral("SBOM"), {}, sbom});
    out.append(components);

    DiffSection study = diffById(
        QStringLiteral("ebios"), QStringLiteral("EBIOS RM study"), a.study.items, b.study.items,
        [&c](const StudyItem &x, bool) {
            return entry(studyItemKind(x), studyItemId(x), c.itemName(x));
        },
        [&c](const StudyItem &x, const StudyItem &y) {
            return x == y && c.sameTreatment(studyItemId(x));
        },
        [&c](const StudyItem &x, const StudyItem &y, QList<DiffField> &f) {
            c.diffJson(toJson(x), toJson(y), {}, f);
            c.diffTreatment(studyItemId(x), f);
        });
    QList<DiffField> settings;
    c.diffJson(toJson(a.study.settings), toJson(b.study.settings), {}, settings);
    if (!settings.isEmpty())
        study.changed.prepend(
            {QStringLiteral("settings"), {}, QStringLiteral("study settings"), {}, settings});
    out.append(study);

    QList<DiffField> criteria;
    c.diffJson(toJson(a.criteria), toJson(b.criteria), {}, criteria);
    out.append(singleChange(QStringLiteral("riskCriteria"), QStringLiteral("Risk criteria"),
                            QStringLiteral("criteria"), QStringLiteral("risk criteria"), criteria));

    DiffSection documents{
        QStringLiteral("settings"), QStringLiteral("Project settings"), {}, {}, {}};
    QStringList keys = a.settings.keys() + b.settings.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString &key : std::as_const(keys)) {
        QList<DiffField> fields;
        c.diffJson(a.settings.value(key), b.settings.value(key), {}, fields);
        if (fields.isEmpty())
            continue;
        const ProjectSettingKind *kind = projectSettingKind(key);
        documents.changed.append(
            {QStringLiteral("setting"), {}, kind ? kind->label : key, {}, std::move(fields)});
    }
    out.append(documents);
}

} // namespace

bool ProjectDiff::isIdentical() const
{
    return std::all_of(sections.cbegin(), sections.cend(),
                       [](const DiffSection &s) { return s.isEmpty(); });
}

const DiffSection *ProjectDiff::section(const QString &key) const
{
    for (const DiffSection &s : sections) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

ProjectDiff diffProjects(const ProjectData &before, const ProjectData &after)
{
    const Context c{before, after};
    ProjectDiff d;
    QList<DiffField> product;
    c.diffJson(toJson(before.product), toJson(after.product), {}, product);
    d.sections.append(singleChange(QStringLiteral("product"), QStringLiteral("Product"),
                                   QStringLiteral("product"), before.product.name, product));
    appendDiagramsAndModel(c, d.sections);
    appendRegister(c, d.sections);
    appendSbomAndStudy(c, d.sections);
    return d;
}

} // namespace tb
