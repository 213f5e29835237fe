// The Annex VII technical documentation outline, with the gaps of the project first.

#include "techfile.h"

#include "annexcatalog.h"
#include "applicability.h"
#include "coverage.h"
#include "craprofile.h"

namespace tb {

namespace {

QString orBlank(const QString &value, const QString &what)
{
    return value.trimmed().isEmpty() ? blank(what) : value;
}

QString productLine(const ProjectData &data)
{
    return QStringLiteral("%1 %2").arg(data.product.name, data.product.version).trimmed();
}

int openThreats(const ProjectData &data)
{
    int n = 0;
    for (const Threat &t : data.threats)
        n += t.status == ThreatStatus::New || t.status == ThreatStatus::NeedsReview ? 1 : 0;
    return n;
}

void generalDescription(TechDocument &doc, const ProjectData &data,
                        const std::optional<CraProfile> &profile)
{
    doc.heading(QStringLiteral("1. General description of the product (Annex VII point 1)"));
    doc.table(
        {{QStringLiteral("Item"), QStringLiteral("From the project")},
         {QStringLiteral("Product"),
          orBlank(productLine(data), QStringLiteral("product name and version"))},
         {QStringLiteral("Manufacturer"),
          orBlank(data.product.manufacturer, QStringLiteral("manufacturer"))},
         {QStringLiteral("(a) Intended purpose"),
          orBlank(data.product.intendedPurpose, QStringLiteral("intended purpose"))},
         {QStringLiteral("CRA classification"),
          profile ? craOutcomeLabel(profile->outcome)
                  : blank(QStringLiteral("run the applicability questionnaire (cra classify)"))},
         {QStringLiteral("(b) Software versions affecting compliance"),
          data.components.isEmpty()
              ? orBlank(data.product.version, QStringLiteral("software versions"))
              : QStringLiteral("Product version %1; %2 component(s) listed in the SBOM")
                    .arg(data.product.version)
                    .arg(data.components.size())},
         {QStringLiteral("(c) Photographs or illustrations (hardware)"),
          blank(QStringLiteral("external features, marking and internal layout"))},
         {QStringLiteral("(d) User information and instructions"),
          QStringLiteral("See annex-ii-user-information-checklist (Annex II)")}});
}

void design(TechDocument &doc, const ProjectData &data, const std::optional<CraProfile> &profile,
            const TechFileContext &ctx)
{
    doc.heading(QStringLiteral("2. Design, development, production and vulnerability handling "
                               "(Annex VII point 2)"));
    doc.heading(QStringLiteral("(a) Design and system architecture"), 3);
    QStringList diagrams;
    for (const Id &id : ProjectData::sortedIds(data.diagrams))
        diagrams.append(QStringLiteral("Diagram \"%1\": %2 item(s) drawn")
                            .arg(data.diagrams[id].name)
                            .arg(data.diagrams[id].placements.size()));
    doc.paragraph(QStringLiteral("The data flow model has %1 element(s), %2 data flow(s) and %3 "
                                 "trust boundary(ies); the diagrams are drawn in %4.")
                      .arg(data.elements.size())
                      .arg(data.flows.size())
                      .arg(data.boundaries.size())
                      .arg(ctx.registerFile));
    doc.bullets(diagrams.isEmpty() ? QStringList{blank(QStringLiteral("architecture diagrams"))}
                                   : diagrams);
    QList<QStringList> rows{{QStringLiteral("Element"), QStringLiteral("Kind"),
                             QStringLiteral("Trust zone"), QStringLiteral("Description")}};
    for (const Id &id : ProjectData::sortedIds(data.elements)) {
        const Element &e = data.elements[id];
        rows.append({e.name, kindName(e.kind), data.boundaries.value(e.zone).name, e.description});
    }
    std::sort(rows.begin() + 1, rows.end());
    if (rows.size() > 1)
        doc.table(rows, {22, 14, 20, 44});
    doc.heading(QStringLiteral("(b) Vulnerability handling"), 3);
    const auto field = [&](const QString &value, const QString &what) {
        return profile ? orBlank(value, what) : blank(what);
    };
    doc.table(
        {{QStringLiteral("Item"), QStringLiteral("From the project")},
         {QStringLiteral("Software bill of materials"),
          data.sbom.isEmpty()
              ? field(profile ? profile->sbomLocation : QString(), QStringLiteral("SBOM"))
              : QStringLiteral("%1 %2 (%3), %4 component(s)")
                    .arg(data.sbom.format, data.sbom.specVersion, data.sbom.source)
                    .arg(data.components.size())},
         {QStringLiteral("SBOM location"),
          field(profile ? profile->sbomLocation : QString(), QStringLiteral("SBOM location"))},
         {QStringLiteral("Coordinated vulnerability disclosure policy"),
          field(profile ? profile->cvdPolicyUrl : QString(), QStringLiteral("CVD policy address"))},
         {QStringLiteral("Contact address for reporting vulnerabilities"),
          field(profile ? profile->securityContact : QString(),
                QStringLiteral("vulnerability contact"))},
         {QStringLiteral("Secure distribution of updates"),
          field(profile ? profile->updateChannel : QString(), QStringLiteral("update channel"))}});
    doc.heading(QStringLiteral("(c) Production and monitoring processes"), 3);
    doc.paragraph(
        blank(QStringLiteral("production and monitoring processes and their validation")));
}

void riskAssessment(TechDocument &doc, const ProjectData &data,
                    const QList<RequirementCoverage> &coverage, const TechFileContext &ctx)
{
    doc.heading(QStringLiteral("3. Cybersecurity risk assessment (Annex VII point 3, Art. 13)"));
    QMap<QString, int> byStatus;
    for (const Threat &t : data.threats)
        ++byStatus[threatStatusName(t.status)];
    QStringList counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        counts.append(QStringLiteral("%1 %2").arg(it.value()).arg(it.key()));
    doc.paragraph(QStringLiteral("The threat register holds %1 threat(s)%2. The full register, "
                                 "the risk ratings and the mitigation plan are in %3.")
                      .arg(data.threats.size())
                      .arg(counts.isEmpty()
                               ? QString()
                               : QStringLiteral(" (%1)").arg(counts.join(QStringLiteral(", "))))
                      .arg(ctx.registerFile));
    doc.heading(QStringLiteral("How each Annex I requirement is applied and met"), 3);
    QList<QStringList> rows{{QStringLiteral("Requirement"), QStringLiteral("Verdict"),
                             QStringLiteral("Reason"), QStringLiteral("Evidence")}};
    const AnnexCatalog &catalog = AnnexCatalog::builtIn();
    for (const RequirementCoverage &c : coverage)
        rows.append({QStringLiteral("%1 %2").arg(c.id, catalog.find(c.id)->title),
                     verdictName(c.verdict), c.reason, c.evidence.join(QStringLiteral("; "))});
    doc.table(rows, {30, 12, 30, 28});
}

void closingSections(TechDocument &doc, const ProjectData &data,
                     const std::optional<CraProfile> &profile)
{
    doc.heading(QStringLiteral("4. Support period (Annex VII point 4, Art. 13(8))"));
    const QDate end
        = profile && profile->supportEnd.isValid() ? profile->supportEnd : data.product.supportEnd;
    doc.bullets({QStringLiteral("End of the support period: %1")
                     .arg(end.isValid() ? end.toString(Qt::ISODate)
                                        : blank(QStringLiteral("support period end"))),
                 QStringLiteral("Placed on the market: %1")
                     .arg(profile && profile->placedOnMarket.isValid()
                              ? profile->placedOnMarket.toString(Qt::ISODate)
                              : blank(QStringLiteral("date of placing on the market"))),
                 QStringLiteral("Information taken into account: %1")
                     .arg(profile && !profile->supportJustification.isEmpty()
                              ? profile->supportJustification
                              : blank(QStringLiteral("expected use time and other information "
                                                     "that determined the support period")))});
    doc.heading(QStringLiteral("5. Harmonised standards, common specifications and certification "
                               "schemes applied (Annex VII point 5)"));
    doc.paragraph(blank(QStringLiteral("standards applied in full or in part, and the solutions "
                                       "adopted where none were applied")));
    doc.heading(QStringLiteral("6. Reports of the tests carried out (Annex VII point 6)"));
    QStringList tests;
    for (const Id &id : ProjectData::sortedIds(data.tasks)) {
        for (const Evidence &e : data.tasks[id].evidence)
            tests.append(
                QStringLiteral("%1: %2 %3 (%4)")
                    .arg(data.tasks[id].title, e.kind, e.value, e.date.toString(Qt::ISODate)));
    }
    doc.bullets(tests.isEmpty() ? QStringList{blank(QStringLiteral("test reports"))} : tests);
    doc.heading(QStringLiteral("7. EU declaration of conformity (Annex VII point 7)"));
    doc.paragraph(QStringLiteral("A draft is in eu-declaration-of-conformity-draft; it is signed "
                                 "only after the conformity assessment."));
    doc.heading(QStringLiteral("8. Software bill of materials on request (Annex VII point 8)"));
    doc.paragraph(profile ? orBlank(profile->sbomLocation, QStringLiteral("SBOM location"))
                          : blank(QStringLiteral("SBOM location")));
}

} // namespace

QStringList techFileGaps(const ProjectData &data)
{
    QStringList gaps;
    const std::optional<CraProfile> profile = craProfileOf(data);
    if (!profile)
        gaps.append(QStringLiteral("The product has not been classified: answer the CRA "
                                   "applicability questionnaire (threatbench-cli cra classify)."));
    else if (!profile->inScope())
        gaps.append(QStringLiteral("The questionnaire found the product outside the scope of the "
                                   "CRA; check the reasoning before using this file."));
    if (data.product.manufacturer.trimmed().isEmpty())
        gaps.append(QStringLiteral("Manufacturer name missing."));
    if (data.product.intendedPurpose.trimmed().isEmpty())
        gaps.append(QStringLiteral("Intended purpose missing."));
    if (data.product.version.trimmed().isEmpty())
        gaps.append(QStringLiteral("Product version missing."));
    const QStringList labels{QStringLiteral("support period end"),
                             QStringLiteral("security contact"),
                             QStringLiteral("CVD policy address"), QStringLiteral("update channel"),
                             QStringLiteral("SBOM location")};
    if (profile) {
        const QStringList values{profile->supportEnd.toString(Qt::ISODate),
                                 profile->securityContact, profile->cvdPolicyUrl,
                                 profile->updateChannel, profile->sbomLocation};
        for (qsizetype i = 0; i < labels.size(); ++i) {
            if (values.at(i).isEmpty())
                gaps.append(QStringLiteral("CRA profile: %1 not given.").arg(labels.at(i)));
        }
    }
    if (data.sbom.isEmpty())
        gaps.append(QStringLiteral("No SBOM imported (Annex I Part II(1))."));
    if (data.threats.isEmpty())
        gaps.append(QStringLiteral("The threat register is empty: derive threats from the model."));
    else if (const int open = openThreats(data); open > 0)
        gaps.append(QStringLiteral("%1 threat(s) still open (new or needing review).").arg(open));
    QMap<Verdict, QStringList> byVerdict;
    for (const RequirementCoverage &c : computeCoverage(data, AnnexCatalog::builtIn()))
        byVerdict[c.verdict].append(c.id);
    if (!byVerdict.value(Verdict::Gap).isEmpty())
        gaps.append(QStringLiteral("Annex I requirements with a gap: %1.")
                        .arg(byVerdict.value(Verdict::Gap).join(QStringLiteral(", "))));
    if (!byVerdict.value(Verdict::Partial).isEmpty())
        gaps.append(QStringLiteral("Annex I requirements partly met: %1.")
                        .arg(byVerdict.value(Verdict::Partial).join(QStringLiteral(", "))));
    if (!byVerdict.value(Verdict::NotAssessed).isEmpty())
        gaps.append(QStringLiteral("Annex I requirements not assessed: %1.")
                        .arg(byVerdict.value(Verdict::NotAssessed).join(QStringLiteral(", "))));
    gaps.append(QStringLiteral("Standards applied, test reports, production processes and "
                               "hardware illustrations are not recorded in the project."));
    return gaps;
}

TechDocument annexViiOutline(const ProjectData &data, const TechFileContext &ctx)
{
    TechDocument doc;
    doc.fileStem = QStringLiteral("annex-vii-technical-documentation-outline");
    doc.title = QStringLiteral("Technical documentation outline (CRA Annex VII) - DRAFT");
    doc.subtitle = QStringLiteral("%1 - prepared from %2 on %3")
                       .arg(productLine(data), ctx.projectName, ctx.today.toString(Qt::ISODate));
    doc.notice(
        QStringLiteral("DRAFT. An outline generated from the threat model to help the "
                       "manufacturer assemble the technical documentation of Regulation (EU) "
                       "2024/2847. It does not state or prove conformity."));
    doc.heading(QStringLiteral("Gaps to close first"));
    doc.checklist(techFileGaps(data));
    const std::optional<CraProfile> profile = craProfileOf(data);
    generalDescription(doc, data, profile);
    design(doc, data, profile, ctx);
    riskAssessment(doc, data, computeCoverage(data, AnnexCatalog::builtIn()), ctx);
    closingSections(doc, data, profile);
    return doc;
}

QList<TechDocument> techFileDocuments(const ProjectData &data, const TechFileContext &ctx)
{
    return {annexViiOutline(data, ctx), declarationDraft(data, ctx), annexIiChecklist(data, ctx)};
}

} // namespace tb
