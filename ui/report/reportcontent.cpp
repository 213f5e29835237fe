#include "reportcontent.h"

#include "core/propertycatalog.h"
#include "cra/annexcatalog.h"
#include "engine/templatelibrary.h"
#include "risk/rating.h"

#include <QFileInfo>
#include <QSet>

namespace tb {

namespace {

QString ratingText(const ReportContent &c, const Rating &r)
{
    return QStringLiteral("L%1 I%2 %3")
        .arg(r.likelihood)
        .arg(r.impact)
        .arg(c.text(c.data->criteria.levels.value(r.level)));
}

// A lighter shade for table cells, where the full colour would drown the text.
QColor tint(const QColor &c)
{
    return QColor::fromRgbF(float(1 - (1 - c.redF()) * 0.55), float(1 - (1 - c.greenF()) * 0.55),
                            float(1 - (1 - c.blueF()) * 0.55));
}

QColor verdictColour(Verdict v)
{
    switch (v) {
    case Verdict::Gap:
        return QColor(0xf4, 0xc7, 0xc3);
    case Verdict::Partial:
        return QColor(0xfd, 0xe9, 0xb5);
    case Verdict::Covered:
        return QColor(0xcd, 0xea, 0xcf);
    case Verdict::NotAssessed:
    case Verdict::NotApplicable:
        break;
    }
    return {};
}

void gatherTemplates(ReportContent &c)
{
    const LibraryLoad load = builtInTemplateLibrary(PropertyCatalog::builtIn());
    c.libraryVersions = load.library.versions;
    c.libraryVersions.removeDuplicates(); // one entry per file: several files share a version
    QMap<QString, int> counts;
    for (const Id &id : c.threats) {
        const Threat &t = c.data->threats[id];
        if (t.templateId.isEmpty())
            ++c.handMadeThreats;
        else
            ++counts[t.templateId];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        TemplateUse use;
        use.id = it.key();
        use.threats = it.value();
        if (const ThreatTemplate *tt = load.library.find(it.key())) {
            use.version = tt->version;
            use.name = tt->name;
            use.library = QFileInfo(tt->file).fileName();
        }
        c.templates.append(use);
    }
}

} // namespace

bool ReportContent::has(const QString &section) const
{
    return options.sections.isEmpty() || options.sections.contains(section);
}

bool ReportContent::filtered() const
{
    return !options.statuses.isEmpty() || !options.minRisk.isEmpty();
}

QStringList ReportContent::sections() const
{
    QStringList out;
    for (const QString &s : reportSectionIds()) {
        if (!has(s))
            continue;
        if (s == QLatin1String("ebios") && data->study.isEmpty())
            continue;
        out.append(s);
    }
    return out;
}

Result<ReportContent> makeReportContent(const ProjectData &data, const ReportOptions &options,
                                        const ReportMeta &meta)
{
    ReportContent c;
    c.data = &data;
    c.options = options;
    c.text = ReportText(options.language);
    c.author = meta.author.isEmpty() ? data.product.manufacturer : meta.author;
    c.date = meta.date.isValid() ? meta.date : QDate::currentDate();
    int minLevel = -1;
    if (!options.minRisk.isEmpty()) {
        minLevel = int(data.criteria.levels.indexOf(options.minRisk));
        if (minLevel < 0)
            return makeError(
                QStringLiteral("unknown risk level \"%1\" (the project's levels: %2)")
                    .arg(options.minRisk, data.criteria.levels.join(QStringLiteral(", "))),
                QStringLiteral("minRisk"));
    }
    for (const Id &id : options.diagrams) {
        if (!data.diagrams.contains(id))
            return makeError(QStringLiteral("no diagram with id %1").arg(idString(id)),
                             QStringLiteral("diagrams"));
    }
    // residualRating() scans every task of the project for each threat (5,000 x 1,000 in a
    // big register); hand it a slice holding only the threat's own tasks and treatment.
    QHash<Id, QList<Id>> linked;
    for (auto it = data.tasks.cbegin(); it != data.tasks.cend(); ++it) {
        for (const Id &th : it->threats)
            linked[th].append(it.key());
    }
    ProjectData slice;
    slice.criteria = data.criteria;
    QHash<Id, int> level;
    for (const Id &id : ProjectData::sortedIds(data.threats)) {
        const Threat &t = data.threats[id];
        const int l = inherentRating(data, t).level;
        if (l < minLevel)
            continue;
        if (!options.statuses.isEmpty() && !options.statuses.contains(t.status))
            continue;
        level.insert(id, l);
        c.threats.append(id);
        c.inherent.insert(id, inherentRating(data, t));
        slice.tasks.clear();
        for (const Id &task : linked.value(id))
            slice.tasks.insert(task, data.tasks[task]);
        slice.treatments.clear();
        if (const auto tr = data.treatments.constFind(id); tr != data.treatments.cend())
            slice.treatments.insert(id, *tr);
        c.residual.insert(id, residualRating(slice, t));
    }
    std::stable_sort(c.threats.begin(), c.threats.end(),
                     [&](const Id &a, const Id &b) { return level[a] > level[b]; });
    const QSet<Id> shown(c.threats.cbegin(), c.threats.cend());
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        const MitigationTask &t = data.tasks[id];
        bool keep = !c.filtered() || t.threats.isEmpty();
        for (const Id &th : t.threats)
            keep = keep || shown.contains(th);
        if (keep)
            c.tasks.append(id);
    }
    std::stable_sort(c.tasks.begin(), c.tasks.end(), [&](const Id &a, const Id &b) {
        const QDate da = data.tasks[a].due, db = data.tasks[b].due;
        if (da.isValid() != db.isValid())
            return da.isValid(); // dated tasks first
        return da < db;
    });
    for (const Id &id : ProjectData::sortedIds(data.diagrams)) {
        if (options.diagrams.isEmpty() || options.diagrams.contains(id))
            c.diagrams.append(id);
    }
    std::stable_sort(c.diagrams.begin(), c.diagrams.end(), [&](const Id &a, const Id &b) {
        return data.diagrams[a].name.localeAwareCompare(data.diagrams[b].name) < 0;
    });
    c.coverage = computeCoverage(data, AnnexCatalog::builtIn());
    gatherTemplates(c);
    return c;
}

QString shortId(const Id &id)
{
    return idString(id).left(8);
}

QColor riskLevelColour(int level, int levels)
{
    static const QColor stops[] = {QColor(0x9b, 0xd3, 0x9e), QColor(0xf6, 0xe0, 0x7b),
                                   QColor(0xf4, 0xa2, 0x5f), QColor(0xe0, 0x5d, 0x56)};
    if (level < 0)
        return QColor(0xee, 0xee, 0xee);
    if (levels <= 1)
        return stops[0];
    const double f = double(level) / double(levels - 1) * 3.0;
    const int i = std::min(2, int(f));
    const double t = f - i;
    const QColor &a = stops[i], &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

ReportTable registerTable(const ReportContent &c, bool fullIds)
{
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    ReportTable t;
    t.headers = {tr("Id"),        tr("Element(s)"), tr("Category"), tr("Threat"), tr("Inherent"),
                 tr("Treatment"), tr("Status"),     tr("Residual"), tr("Tasks"),  tr("Annex I")};
    t.widths = {0.07, 0.12, 0.095, 0.2, 0.09, 0.08, 0.08, 0.09, 0.11, 0.065};
    QHash<Id, QStringList> tasksOf;
    for (const Id &id : ProjectData::sortedIds(d.tasks)) {
        for (const Id &th : d.tasks[id].threats)
            tasksOf[th].append(d.tasks[id].title);
    }
    const int levels = int(d.criteria.levels.size());
    for (const Id &id : c.threats) {
        const Threat &th = d.threats[id];
        QStringList els;
        for (const Involved &i : th.involved)
            els.append(i.name);
        const Rating in = c.inherent.value(id);
        const ResidualRating res = c.residual.value(id);
        const TreatmentOption option = d.treatments.value(id).option;
        t.rows.append({fullIds ? idString(id) : shortId(id), els.join(QStringLiteral(", ")),
                       tr(categoryTitle(th.category)), th.title, ratingText(c, in),
                       option == TreatmentOption::None ? QString() : tr(treatmentName(option)),
                       tr(threatStatusName(th.status)),
                       res.avoided ? tr("avoided") : ratingText(c, res.rating),
                       tasksOf.value(id).join(QStringLiteral("; ")),
                       th.annex.join(QStringLiteral(" "))});
        QList<QColor> fills(t.headers.size());
        fills[4] = tint(riskLevelColour(in.level, levels));
        if (!res.avoided)
            fills[7] = tint(riskLevelColour(res.rating.level, levels));
        t.cellFills.append(fills);
        t.rowFills.append(QColor());
    }
    return t;
}

ReportTable matrixTable(const ReportContent &c)
{
    const ReportText &tr = c.text;
    ReportTable t;
    t.headers
        = {tr("Requirement"), tr("Alias"), tr("Title"), tr("Verdict"), tr("Threats"), tr("Tasks")};
    t.widths = {0.13, 0.08, 0.4, 0.12, 0.17, 0.1};
    for (const RequirementCoverage &cov : c.coverage) {
        const AnnexRequirement *r = AnnexCatalog::builtIn().find(cov.id);
        const QString threats = cov.unhandled.isEmpty() ? QString::number(cov.threats.size())
                                                        : QStringLiteral("%1 (%2 %3)")
                                                              .arg(cov.threats.size())
                                                              .arg(cov.unhandled.size())
                                                              .arg(tr("open"));
        t.rows.append({cov.id, r ? r->alias : QString(), r ? r->title : QString(),
                       tr(verdictName(cov.verdict)), threats, QString::number(cov.tasks.size())});
        t.rowFills.append(cov.verdict == Verdict::Gap ? QColor(0xfd, 0xec, 0xea) : QColor());
        QList<QColor> fills(t.headers.size());
        fills[3] = verdictColour(cov.verdict);
        t.cellFills.append(fills);
    }
    return t;
}

ReportTable planTable(const ReportContent &c, bool fullIds)
{
    const ReportText &tr = c.text;
    const ProjectData &d = *c.data;
    ReportTable t;
    t.headers = {tr("Id"),     tr("Task"),    tr("Owner"),   tr("Due"),
                 tr("Status"), tr("Threats"), tr("Annex I"), tr("Evidence")};
    t.widths = {0.07, 0.27, 0.12, 0.09, 0.09, 0.07, 0.08, 0.21};
    for (const Id &id : c.tasks) {
        const MitigationTask &task = d.tasks[id];
        QStringList evidence;
        for (const Evidence &e : task.evidence)
            evidence.append(e.kind + QStringLiteral(": ") + e.value);
        const bool overdue = task.due.isValid() && task.due < c.date && !taskIsDone(task.status)
                             && task.status != TaskStatus::WontDo;
        QString due = task.due.isValid() ? task.due.toString(Qt::ISODate) : QString();
        if (overdue)
            due += QStringLiteral(" (") + tr("overdue") + QStringLiteral(")");
        t.rows.append({fullIds ? idString(id) : shortId(id), task.title, task.owner, due,
                       tr(taskStatusName(task.status)), QString::number(task.threats.size()),
                       task.annex.join(QStringLiteral(" ")), evidence.join(QStringLiteral("; "))});
        QList<QColor> fills(t.headers.size());
        if (overdue)
            fills[3] = QColor(0xf4, 0xc7, 0xc3);
        if (taskIsDone(task.status))
            fills[4] = QColor(0xcd, 0xea, 0xcf);
        t.cellFills.append(fills);
        t.rowFills.append(QColor());
    }
    return t;
}

} // namespace tb
