#include "vexexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <QUuid>

namespace tb {

namespace {

// Namespace of VEX serial numbers: a UUID v5 of the document's content.
const QUuid kVexNamespace(QStringLiteral("{3b0f6a52-7c1e-4d8a-9f3b-5e2d1c7a8b94}"));

QString affectsRef(const VulnerableBom &bom, const QString &ref)
{
    QString serial = bom.sbom.serialNumber;
    if (serial.isEmpty())
        return ref;
    if (serial.startsWith(QLatin1String("urn:uuid:")))
        serial = serial.mid(9);
    return QStringLiteral("urn:cdx:%1/%2#%3")
        .arg(serial)
        .arg(bom.version)
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(ref)));
}

QString suggestionText(const VexSuggestion &s)
{
    QString text
        = QStringLiteral("Not yet triaged by a person. Suggested by the threat model: ") + s.state;
    if (!s.justification.isEmpty())
        text += QStringLiteral(" (") + s.justification + QLatin1Char(')');
    if (!s.reasons.isEmpty())
        text += QStringLiteral(", because ") + s.reasons.join(QStringLiteral("; "));
    return text + QLatin1Char('.');
}

QJsonObject metadata(const VulnerableBom &bom, const VexExportOptions &options)
{
    QJsonObject tool{{QStringLiteral("type"), QStringLiteral("application")},
                     {QStringLiteral("name"), options.toolName}};
    if (!options.toolVersion.isEmpty())
        tool.insert(QStringLiteral("version"), options.toolVersion);
    QJsonObject out{
        {QStringLiteral("tools"), QJsonObject{{QStringLiteral("components"), QJsonArray{tool}}}}};
    if (options.timestamp.isValid())
        out.insert(QStringLiteral("timestamp"), options.timestamp.toUTC().toString(Qt::ISODate));
    const SbomComponent &root = bom.sbom.root;
    if (!root.name.isEmpty()) {
        QJsonObject product{{QStringLiteral("type"), root.type},
                            {QStringLiteral("name"), root.name}};
        for (const auto &[key, value] : {std::pair{QStringLiteral("bom-ref"), root.bomRef},
                                         std::pair{QStringLiteral("group"), root.group},
                                         std::pair{QStringLiteral("version"), root.version},
                                         std::pair{QStringLiteral("purl"), root.purl}}) {
            if (!value.isEmpty())
                product.insert(key, value);
        }
        out.insert(QStringLiteral("component"), product);
    }
    return out;
}

} // namespace

QJsonObject vexAnalysis(const VexFinding &finding)
{
    if (!finding.decision)
        return {{QStringLiteral("state"), QStringLiteral("in_triage")},
                {QStringLiteral("detail"), suggestionText(finding.suggestion)}};
    const VexDecision &d = *finding.decision;
    const QString when = d.confirmedAt.toUTC().toString(Qt::ISODate);
    QString detail = d.detail;
    if (!detail.isEmpty() && !detail.endsWith(QLatin1Char('.')))
        detail += QLatin1Char('.');
    detail += (detail.isEmpty() ? QString() : QStringLiteral(" "))
              + QStringLiteral("Confirmed by %1 on %2.").arg(d.confirmedBy, when);
    QJsonObject out{{QStringLiteral("state"), d.state},
                    {QStringLiteral("detail"), detail},
                    {QStringLiteral("lastUpdated"), when}};
    if (!d.justification.isEmpty())
        out.insert(QStringLiteral("justification"), d.justification);
    if (!d.response.isEmpty())
        out.insert(QStringLiteral("response"), QJsonArray::fromStringList(d.response));
    return out;
}

QJsonObject buildVex(const VulnerableBom &bom, const QList<VexFinding> &findings,
                     const VexExportOptions &options)
{
    QJsonArray vulnerabilities;
    for (const VexFinding &f : findings) {
        const SbomVulnerability &v = f.vulnerability;
        QJsonObject o{{QStringLiteral("id"), v.id}, {QStringLiteral("analysis"), vexAnalysis(f)}};
        if (!v.sourceName.isEmpty() || !v.sourceUrl.isEmpty()) {
            QJsonObject source;
            if (!v.sourceName.isEmpty())
                source.insert(QStringLiteral("name"), v.sourceName);
            if (!v.sourceUrl.isEmpty())
                source.insert(QStringLiteral("url"), v.sourceUrl);
            o.insert(QStringLiteral("source"), source);
        }
        if (!v.ratings.isEmpty())
            o.insert(QStringLiteral("ratings"), v.ratings);
        if (!v.cwes.isEmpty()) {
            QJsonArray cwes;
            for (int c : v.cwes)
                cwes.append(c);
            o.insert(QStringLiteral("cwes"), cwes);
        }
        QJsonArray affects;
        for (const QString &ref : v.affects)
            affects.append(QJsonObject{{QStringLiteral("ref"), affectsRef(bom, ref)}});
        o.insert(QStringLiteral("affects"), affects);
        vulnerabilities.append(o);
    }
    const QByteArray content = bom.sbom.serialNumber.toUtf8() + '\n'
                               + QJsonDocument(vulnerabilities).toJson(QJsonDocument::Compact);
    const QUuid serial = QUuid::createUuidV5(kVexNamespace, content);
    return {{QStringLiteral("bomFormat"), QStringLiteral("CycloneDX")},
            {QStringLiteral("specVersion"), QStringLiteral("1.5")},
            {QStringLiteral("serialNumber"),
             QString(QStringLiteral("urn:uuid:") + serial.toString(QUuid::WithoutBraces))},
            {QStringLiteral("version"), 1},
            {QStringLiteral("metadata"), metadata(bom, options)},
            {QStringLiteral("vulnerabilities"), vulnerabilities}};
}

} // namespace tb
