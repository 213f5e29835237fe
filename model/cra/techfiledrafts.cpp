// The draft EU declaration of conformity (Annex V) and the Annex II user information checklist.

#include "techfile.h"

#include "annexcatalog.h"
#include "coverage.h"
#include "craprofile.h"

namespace tb {

namespace {

QString orBlank(const QString &value, const QString &what)
{
    return value.trimmed().isEmpty() ? blank(what) : value;
}

QString notifiedBodyText(const std::optional<CraProfile> &profile)
{
    if (!profile)
        return blank(QStringLiteral("classify the product first: whether a notified body takes "
                                    "part depends on its class and route"));
    QStringList routes;
    for (const CraProfileRef &r : profile->routes)
        routes.append(QStringLiteral("%1 (%2)").arg(r.title, r.ref));
    return QStringLiteral("Routes open to this product: %1. If a notified body took part: %2")
        .arg(routes.isEmpty() ? QStringLiteral("none recorded") : routes.join(QStringLiteral("; ")),
             blank(QStringLiteral("name and number of the notified body, the procedure performed "
                                  "and the certificate issued")));
}

QString residualRisks(const ProjectData &data)
{
    QStringList titles;
    for (const Id &id : ProjectData::sortedIds(data.threats)) {
        const Threat &t = data.threats[id];
        if (t.status == ThreatStatus::Accepted || t.status == ThreatStatus::Transferred)
            titles.append(t.title);
    }
    titles.sort();
    if (titles.isEmpty())
        return blank(QStringLiteral("circumstances of use or misuse that may lead to significant "
                                    "cybersecurity risks"));
    const qsizetype shown = std::min<qsizetype>(titles.size(), 8);
    return QStringLiteral("Accepted or transferred risks to explain to users: %1%2")
        .arg(titles.mid(0, shown).join(QStringLiteral("; ")),
             titles.size() > shown ? QStringLiteral("; and %1 more").arg(titles.size() - shown)
                                   : QString());
}

QString verdictOf(const ProjectData &data, const QString &id)
{
    for (const RequirementCoverage &c : computeCoverage(data, AnnexCatalog::builtIn())) {
        if (c.id == id)
            return QStringLiteral("Annex I %1 is %2").arg(id, verdictName(c.verdict));
    }
    return {};
}

} // namespace

TechDocument declarationDraft(const ProjectData &data, const TechFileContext &ctx)
{
    const std::optional<CraProfile> profile = craProfileOf(data);
    TechDocument doc;
    doc.fileStem = QStringLiteral("eu-declaration-of-conformity-draft");
    doc.title = QStringLiteral("DRAFT - EU declaration of conformity (CRA Annex V)");
    doc.subtitle = QStringLiteral("Prepared from %1 on %2; not signed, not issued")
                       .arg(ctx.projectName, ctx.today.toString(Qt::ISODate));
    doc.notice(QStringLiteral("DRAFT - NOT A DECLARATION OF CONFORMITY. The manufacturer issues "
                              "the declaration only after the conformity assessment procedure has "
                              "demonstrated that the essential requirements of Annex I are met. "
                              "Every marked blank must be completed and every pre-filled value "
                              "checked."));
    const QString product = QStringLiteral("%1 %2").arg(data.product.name, data.product.version);
    doc.table(
        {{QStringLiteral("Annex V item"), QStringLiteral("Content")},
         {QStringLiteral("1. Name and type of the product, and identification"),
          QStringLiteral("%1; %2").arg(
              orBlank(product.trimmed(), QStringLiteral("product name and type")),
              blank(QStringLiteral("batch, serial or other identification")))},
         {QStringLiteral(
              "2. Name and address of the manufacturer or its authorised representative"),
          QStringLiteral("%1; %2").arg(
              orBlank(data.product.manufacturer, QStringLiteral("manufacturer name")),
              blank(QStringLiteral("postal address")))},
         {QStringLiteral("3. Responsibility"),
          QStringLiteral("This declaration is issued under the sole responsibility of the "
                         "manufacturer.")},
         {QStringLiteral("4. Object of the declaration"),
          QStringLiteral("%1. %2 %3")
              .arg(orBlank(product.trimmed(), QStringLiteral("product")),
                   orBlank(data.product.intendedPurpose, QStringLiteral("intended purpose")),
                   blank(QStringLiteral("photograph, where appropriate")))},
         {QStringLiteral("5. Statement of conformity"),
          QStringLiteral("To be stated only after the conformity assessment: the object of the "
                         "declaration is in conformity with Regulation (EU) 2024/2847 and %1.")
              .arg(blank(QStringLiteral("other Union harmonisation legislation that applies, "
                                        "e.g. radio equipment")))},
         {QStringLiteral("6. Harmonised standards, common specifications or certification used"),
          blank(QStringLiteral("references, with version and date"))},
         {QStringLiteral("7. Notified body (where applicable)"), notifiedBodyText(profile)},
         {QStringLiteral("8. Additional information"),
          QStringLiteral("Classification recorded in the project: %1.")
              .arg(profile ? craOutcomeLabel(profile->outcome)
                           : blank(QStringLiteral("product class")))},
         {QStringLiteral("Signed for and on behalf of"), blank(QStringLiteral("company"))},
         {QStringLiteral("Place and date of issue"), blank(QStringLiteral("place and date"))},
         {QStringLiteral("Name, function"), blank(QStringLiteral("name and function"))},
         {QStringLiteral("Signature"), blank(QStringLiteral("signature"))}});
    return doc;
}

TechDocument annexIiChecklist(const ProjectData &data, const TechFileContext &ctx)
{
    const std::optional<CraProfile> profile = craProfileOf(data);
    const auto p = [&](QString CraProfile::*field, const QString &what) {
        return profile ? orBlank((*profile).*field, what) : blank(what);
    };
    TechDocument doc;
    doc.fileStem = QStringLiteral("annex-ii-user-information-checklist");
    doc.title
        = QStringLiteral("User information and instructions checklist (CRA Annex II) - DRAFT");
    doc.subtitle = QStringLiteral("%1 %2 - prepared from %3 on %4")
                       .arg(data.product.name, data.product.version, ctx.projectName,
                            ctx.today.toString(Qt::ISODate));
    doc.notice(QStringLiteral("DRAFT checklist. Tick an item only when the user documentation "
                              "shipped with the product contains it."));
    const QDate end
        = profile && profile->supportEnd.isValid() ? profile->supportEnd : data.product.supportEnd;
    doc.table(
        {{QStringLiteral("Annex II item"), QStringLiteral("Known from the project")},
         {QStringLiteral("1. Manufacturer name, trade mark, postal address, e-mail or other "
                         "digital contact, website"),
          QStringLiteral("%1; %2").arg(
              orBlank(data.product.manufacturer, QStringLiteral("manufacturer")),
              blank(QStringLiteral("postal address, e-mail, website")))},
         {QStringLiteral("2. Single point of contact for vulnerabilities; where the CVD policy is"),
          QStringLiteral("%1; %2").arg(
              p(&CraProfile::securityContact, QStringLiteral("contact")),
              p(&CraProfile::cvdPolicyUrl, QStringLiteral("CVD policy address")))},
         {QStringLiteral("3. Name, type and identification of the product"),
          orBlank(QStringLiteral("%1 %2").arg(data.product.name, data.product.version).trimmed(),
                  QStringLiteral("product"))},
         {QStringLiteral("4. Intended purpose, security environment, essential functions, "
                         "security properties"),
          QStringLiteral("%1 %2").arg(
              orBlank(data.product.intendedPurpose, QStringLiteral("intended purpose")),
              blank(QStringLiteral("security properties and environment")))},
         {QStringLiteral("5. Circumstances of use or misuse that may lead to significant risks"),
          residualRisks(data)},
         {QStringLiteral("6. Internet address of the EU declaration of conformity"),
          blank(QStringLiteral("address"))},
         {QStringLiteral("7. Technical security support offered and end of the support period"),
          QStringLiteral("Support until %1; %2")
              .arg(end.isValid() ? end.toString(Qt::ISODate) : blank(QStringLiteral("end date")),
                   blank(QStringLiteral("type of support")))},
         {QStringLiteral("8(a). Secure commissioning and use over the lifetime"),
          blank(QStringLiteral("instructions"))},
         {QStringLiteral("8(b). How changes to the product can affect the security of data"),
          blank(QStringLiteral("instructions"))},
         {QStringLiteral("8(c). How to install security updates"),
          p(&CraProfile::updateChannel, QStringLiteral("update instructions"))},
         {QStringLiteral("8(d). Secure decommissioning and removal of user data"),
          QStringLiteral("%1; %2").arg(verdictOf(data, QStringLiteral("I(2)(m)")),
                                       blank(QStringLiteral("instructions")))},
         {QStringLiteral("8(e). How to turn off automatic security updates"),
          QStringLiteral("%1; %2").arg(verdictOf(data, QStringLiteral("I(2)(c)")),
                                       blank(QStringLiteral("instructions")))},
         {QStringLiteral("8(f). Information for integrators (products meant for integration)"),
          blank(QStringLiteral("information, or \"not applicable\""))},
         {QStringLiteral("9. Where users can access the SBOM, if it is made available to them"),
          p(&CraProfile::sbomLocation,
            QStringLiteral("SBOM location, or \"not made available\""))}});
    doc.heading(QStringLiteral("Checklist"));
    doc.checklist({QStringLiteral("Items 1 to 9 are in the user documentation, in a language the "
                                  "users of each Member State can understand"),
                   QStringLiteral("The documentation stays available for at least ten years after "
                                  "placing on the market, or for the support period if longer"),
                   QStringLiteral("The end date of the support period is shown at the time of "
                                  "purchase (Art. 13(19))")});
    return doc;
}

} // namespace tb
