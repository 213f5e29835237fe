#include "cyclonedxvulns.h"

#include <QSet>

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace tb {

namespace {

QString at(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

QString item(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

class VulnerabilityReader
{
public:
    VulnerabilityReader(QString fileName, VulnerableBom *bom)
        : m_file(std::move(fileName)), m_bom(bom)
    {
        for (const SbomComponent &c : bom->sbom.components)
            m_refs.insert(sbomRefOf(c));
        if (!bom->sbom.root.name.isEmpty())
            m_refs.insert(sbomRefOf(bom->sbom.root));
    }

    std::optional<Error> read(const QJsonObject &root);

private:
    bool ok() const { return !m_error.has_value(); }
    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = makeError(message, m_file + QStringLiteral(": ") + path);
    }
    QString text(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray list(const QJsonObject &o, const QString &key, const QString &path);
    void readOne(const QJsonValue &v, const QString &path);
    void readSource(const QJsonObject &o, const QString &path, SbomVulnerability *out);
    void readRatings(const QJsonObject &o, const QString &path, SbomVulnerability *out);
    void readAffects(const QJsonObject &o, const QString &path, SbomVulnerability *out);
    QString resolve(const QString &ref) const;

    QString m_file;
    VulnerableBom *m_bom;
    QSet<QString> m_refs;
    std::optional<Error> m_error;
};

QString VulnerabilityReader::text(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isString())
        fail(at(path, key), QStringLiteral("expected text"));
    return v.toString();
}

QJsonArray VulnerabilityReader::list(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (!v.isUndefined() && !v.isArray())
        fail(at(path, key), QStringLiteral("expected a list"));
    return v.toArray();
}

// A bom-ref of this BOM, or the fragment of a BOM-Link to it; empty when it names nothing here.
QString VulnerabilityReader::resolve(const QString &ref) const
{
    if (m_refs.contains(ref))
        return ref;
    if (!ref.startsWith(QLatin1String("urn:cdx:")))
        return {};
    const qsizetype hash = ref.indexOf(QLatin1Char('#'));
    if (hash < 0)
        return {};
    const QString serial = ref.mid(8, ref.indexOf(QLatin1Char('/')) - 8);
    if (!m_bom->sbom.serialNumber.endsWith(serial))
        return {};
    const QString fragment = QUrl::fromPercentEncoding(ref.mid(hash + 1).toUtf8());
    return m_refs.contains(fragment) ? fragment : QString();
}

void VulnerabilityReader::readSource(const QJsonObject &o, const QString &path,
                                     SbomVulnerability *out)
{
    const QJsonValue source = o.value(QLatin1String("source"));
    if (source.isUndefined())
        return;
    const QString p = at(path, QStringLiteral("source"));
    if (!source.isObject()) {
        fail(p, QStringLiteral("expected an object {\"name\", \"url\"}"));
        return;
    }
    out->sourceName = text(source.toObject(), QStringLiteral("name"), p);
    out->sourceUrl = text(source.toObject(), QStringLiteral("url"), p);
}

void VulnerabilityReader::readRatings(const QJsonObject &o, const QString &path,
                                      SbomVulnerability *out)
{
    out->ratings = list(o, QStringLiteral("ratings"), path);
    const QString listPath = at(path, QStringLiteral("ratings"));
    qsizetype best = cycloneDxSeverities().size();
    for (qsizetype i = 0; i < out->ratings.size() && ok(); ++i) {
        const QString p = item(listPath, i);
        if (!out->ratings.at(i).isObject()) {
            fail(p, QStringLiteral("expected an object"));
            return;
        }
        const QJsonObject r = out->ratings.at(i).toObject();
        const QJsonValue score = r.value(QLatin1String("score"));
        if (!score.isUndefined() && !score.isDouble())
            fail(at(p, QStringLiteral("score")), QStringLiteral("expected a number"));
        const QString severity = text(r, QStringLiteral("severity"), p);
        const qsizetype rank = cycloneDxSeverities().indexOf(severity);
        if (ok() && !severity.isEmpty() && rank < 0)
            fail(at(p, QStringLiteral("severity")),
                 QStringLiteral("expected one of %1")
                     .arg(cycloneDxSeverities().join(QStringLiteral(", "))));
        if (rank >= 0 && rank < best)
            best = rank;
    }
    if (best < cycloneDxSeverities().size())
        out->severity = cycloneDxSeverities().at(best);
}

void VulnerabilityReader::readAffects(const QJsonObject &o, const QString &path,
                                      SbomVulnerability *out)
{
    const QJsonArray affects = list(o, QStringLiteral("affects"), path);
    const QString listPath = at(path, QStringLiteral("affects"));
    for (qsizetype i = 0; i < affects.size() && ok(); ++i) {
        const QString p = item(listPath, i);
        const QJsonValue ref = affects.at(i).toObject().value(QLatin1String("ref"));
        if (!affects.at(i).isObject() || !ref.isString() || ref.toString().isEmpty()) {
            fail(at(p, QStringLiteral("ref")),
                 QStringLiteral("expected the bom-ref of an affected component"));
            return;
        }
        const QString resolved = resolve(ref.toString());
        if (resolved.isEmpty()) {
            fail(at(p, QStringLiteral("ref")),
                 QStringLiteral("unknown ref \"%1\"; expected the bom-ref of a component of "
                                "this BOM")
                     .arg(ref.toString()));
            return;
        }
        if (!out->affects.contains(resolved))
            out->affects.append(resolved);
    }
}

void VulnerabilityReader::readOne(const QJsonValue &v, const QString &path)
{
    if (!v.isObject()) {
        fail(path, QStringLiteral("expected an object"));
        return;
    }
    const QJsonObject o = v.toObject();
    SbomVulnerability out;
    out.path = path;
    out.id = text(o, QStringLiteral("id"), path).trimmed();
    if (ok() && out.id.isEmpty())
        fail(at(path, QStringLiteral("id")),
             QStringLiteral("missing; expected the vulnerability id (e.g. a CVE)"));
    out.bomRef = text(o, QStringLiteral("bom-ref"), path);
    out.description = text(o, QStringLiteral("description"), path);
    readSource(o, path, &out);
    readRatings(o, path, &out);
    const QJsonArray cwes = list(o, QStringLiteral("cwes"), path);
    for (qsizetype i = 0; i < cwes.size() && ok(); ++i) {
        if (!cwes.at(i).isDouble() || cwes.at(i).toDouble() != cwes.at(i).toInt())
            fail(item(at(path, QStringLiteral("cwes")), i),
                 QStringLiteral("expected a CWE number"));
        out.cwes.append(cwes.at(i).toInt());
    }
    readAffects(o, path, &out);
    if (ok())
        m_bom->vulnerabilities.append(std::move(out));
}

std::optional<Error> VulnerabilityReader::read(const QJsonObject &root)
{
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isUndefined() && (!version.isDouble() || version.toInt() < 1))
        fail(QStringLiteral("$.version"), QStringLiteral("expected a positive integer"));
    m_bom->version = version.toInt(1);
    const QJsonArray items = list(root, QStringLiteral("vulnerabilities"), QStringLiteral("$"));
    for (qsizetype i = 0; i < items.size() && ok(); ++i)
        readOne(items.at(i), item(QStringLiteral("$.vulnerabilities"), i));
    return m_error;
}

} // namespace

const QStringList &cycloneDxSeverities()
{
    static const QStringList names{QStringLiteral("critical"), QStringLiteral("high"),
                                   QStringLiteral("medium"),   QStringLiteral("low"),
                                   QStringLiteral("info"),     QStringLiteral("none"),
                                   QStringLiteral("unknown")};
    return names;
}

const SbomComponent *VulnerableBom::component(const QString &ref) const
{
    for (const SbomComponent &c : sbom.components) {
        if (sbomRefOf(c) == ref)
            return &c;
    }
    return nullptr;
}

Result<VulnerableBom> parseCycloneDxVulnerabilities(const QByteArray &bytes,
                                                    const QString &fileName)
{
    Result<Sbom> sbom = parseCycloneDx(bytes, fileName);
    if (!sbom)
        return sbom.error();
    VulnerableBom bom;
    bom.sbom = std::move(sbom).value();
    // parseCycloneDx accepted the document, so it is a JSON object.
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (std::optional<Error> e = VulnerabilityReader(fileName, &bom).read(root))
        return *e;
    return bom;
}

} // namespace tb
