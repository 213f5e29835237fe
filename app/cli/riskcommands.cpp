// risks, ebios.

#include "cli.h"

#include "core/project.h"
#include "risk/rating.h"
#include "store/projectstore.h"

#include <QJsonArray>

namespace tb::cli {

namespace {

const QCommandLineOption kJsonFlag(QStringLiteral("json"),
                                   QStringLiteral("Print one JSON document on stdout."));

QJsonValue ratingJson(const RiskCriteria &c, const Rating &r)
{
    return QJsonObject{{QStringLiteral("likelihood"), r.likelihood},
                       {QStringLiteral("impact"), r.impact},
                       {QStringLiteral("level"), c.levels.value(r.level)},
                       {QStringLiteral("acceptable"), isAcceptable(c, r)}};
}

QString ratingText(const RiskCriteria &c, const Rating &r)
{
    return QStringLiteral("L%1 I%2 %3")
        .arg(r.likelihood)
        .arg(r.impact)
        .arg(c.levels.value(r.level));
}

int rescale(const QString &projectPath, const QString &shape, bool dryRun, bool json)
{
    RiskCriteria to;
    if (shape == QLatin1String("4x4"))
        to = defaultRiskCriteria();
    else if (shape == QLatin1String("5x5"))
        to = riskCriteria5x5();
    else
        return usageError(
            QStringLiteral("risks: --rescale takes 4x4 or 5x5, not \"%1\"").arg(shape));
    Result<std::unique_ptr<ProjectStore>> store = ProjectStore::open(
        projectPath, dryRun ? ProjectStore::Mode::ReadOnly : ProjectStore::Mode::ReadWrite);
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    const RescalePlan plan = planRescale(project.data(), to);
    if (!dryRun) {
        project.setSink(store.value().get());
        if (Result<Edit> r = project.apply(plan.batch); !r)
            return fail(r.error());
    }
    if (json)
        printJson(QJsonObject{
            {QStringLiteral("rule"), QStringLiteral("new = 1 + round((old - 1) x (newLevels - 1) / "
                                                    "(oldLevels - 1))")},
            {QStringLiteral("applied"), !dryRun},
            {QStringLiteral("changes"), QJsonArray::fromStringList(plan.changes)}});
    else
        printText(QStringLiteral("Rule: each rating keeps its relative place on the scale, new = "
                                 "1 + round((old - 1) x (newLevels - 1) / (oldLevels - 1)).\n")
                  + plan.changes.join(QLatin1Char('\n'))
                  + (plan.changes.isEmpty() ? QString() : QStringLiteral("\n"))
                  + (dryRun ? QStringLiteral("Dry run: nothing changed; run without --dry-run to "
                                             "apply %1 change(s).\n")
                                  .arg(plan.changes.size())
                            : QStringLiteral("Applied %1 change(s).\n").arg(plan.changes.size())));
    return Success;
}

} // namespace

int runRisks(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJsonFlag);
    const QCommandLineOption rescaleOption(
        QStringLiteral("rescale"),
        QStringLiteral("Switch the risk criteria to SHAPE (4x4 or 5x5), re-mapping every rating."),
        QStringLiteral("SHAPE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("With --rescale: show the re-mapping only."));
    parser.addOption(rescaleOption);
    parser.addOption(dryRun);
    if (auto stop = parse(parser, args, QStringLiteral("risks"),
                          QStringLiteral("The risk register: inherent rating, treatment, residual "
                                         "rating under the project's ISO/IEC 27005 criteria."),
                          1, 1))
        return *stop;
    if (parser.isSet(rescaleOption))
        return rescale(parser.positionalArguments().at(0), parser.value(rescaleOption),
                       parser.isSet(dryRun), parser.isSet(kJsonFlag));
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    const RiskCriteria &c = data->criteria;
    QJsonArray rows;
    QString text = QStringLiteral("Criteria: %1x%2, levels %3, acceptable up to %4\n")
                       .arg(c.likelihoodLevels())
                       .arg(c.impactLevels())
                       .arg(c.levels.join(QStringLiteral("/")), c.levels.value(c.acceptable));
    QList<Id> ids = ProjectData::sortedIds(data->threats);
    // Highest inherent risk first, as a register is read.
    std::stable_sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) {
        return inherentRating(*data, data->threats[a]).level
               > inherentRating(*data, data->threats[b]).level;
    });
    for (const Id &id : ids) {
        const Threat &t = data->threats[id];
        const Rating inherent = inherentRating(*data, t);
        const ResidualRating residual = residualRating(*data, t);
        const RiskTreatment tr = data->treatments.value(id);
        rows.append(QJsonObject{
            {QStringLiteral("id"), idString(id)},
            {QStringLiteral("title"), t.title},
            {QStringLiteral("status"), threatStatusName(t.status)},
            {QStringLiteral("inherent"), ratingJson(c, inherent)},
            {QStringLiteral("treatment"), treatmentName(tr.option)},
            {QStringLiteral("owner"), tr.owner},
            {QStringLiteral("residual"),
             residual.avoided ? QJsonValue() : ratingJson(c, residual.rating)},
            {QStringLiteral("residualRule"), residual.rule},
            {QStringLiteral("cvss"), tr.cvss.isEmpty() ? QJsonValue() : QJsonValue(tr.cvss)}});
        text += QStringLiteral("%1  %2  %3  -> %4  %5\n")
                    .arg(idString(id).left(8), ratingText(c, inherent), treatmentName(tr.option),
                         residual.avoided ? QStringLiteral("avoided")
                                          : ratingText(c, residual.rating),
                         t.title);
    }
    if (parser.isSet(kJsonFlag))
        printJson(rows);
    else
        printText(text);
    return Success;
}

} // namespace tb::cli
