#include "cyclonedx.h"

#include "jsonreader.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

namespace tb {

namespace {

// Nesting of components[].components[] beyond this is refused rather than recursed into.
constexpr int kMaxComponentDepth = 64;

const QStringList &componentTypes()
{
    // Union of the 1.4, 1.5 and 1.6 enums.
    static const QStringList types{
        QStringLiteral("application"),
        QStringLiteral("framework"),
        QStringLiteral("library"),
        QStringLiteral("container"),
        QStringLiteral("platform"),
        QStringLiteral("operating-system"),
        QStringLiteral("device"),
        QStringLiteral("device-driver"),
        QStringLiteral("firmware"),
        QStringLiteral("file"),
        QStringLiteral("machine-learning-model"),
        QStringLiteral("data"),
        QStringLiteral("cryptographic-asset"),
    };
    return types;
}

QString at(const QString &path, const QString &key)
{
    return path + QLatin1Char('.') + key;
}

QString item(const QString &path, qsizetype i)
{
    return path + QStringLiteral("[%1]").arg(i);
}

class Parser
{
public:
    explicit Parser(QString fileName) : m_file(std::move(fileName)) {}
    Result<Sbom> run(const QByteArray &bytes);

private:
    bool ok() const { return !m_error.has_value(); }
    void fail(const QString &path, const QString &message)
    {
        if (!m_error)
            m_error = makeError(message, m_file + QStringLiteral(": ") + path);
    }

    QString text(const QJsonObject &o, const QString &key, const QString &path);
    QJsonArray list(const QJsonObject &o, const QString &key, const QString &path);
    bool isObject(const QJsonValue &v, const QString &path);

    void readHeader(const QJsonObject &root);
    void readComponents(const QJsonObject &o, const QString &path, int depth);
    std::optional<SbomComponent> readComponent(const QJsonValue &v, const QString &path, int depth);
    QString readSupplier(const QJsonObject &o, const QString &path);
    QStringList readLicenses(const QJsonObject &o, const QString &path);
    void readHashes(const QJsonObject &o, const QString &path);
    void indexRefs();
    void readDependencies(const QJsonObject &root);
    SbomComponent *resolve(const QString &ref);

    QString m_file;
    std::optional<Error> m_error;
    Sbom m_sbom;
    bool m_hasRoot = false;
    QHash<QString, qsizetype> m_refs; // ref -> component index, -1 for the root
};

bool Parser::isObject(const QJsonValue &v, const QString &path)
{
    if (!v.isObject())
        fail(path, QStringLiteral("expected an object"));
    return v.isObject();
}

QString Parser::text(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isString())
        fail(at(path, key), QStringLiteral("expected text"));
    return v.toString();
}

QJsonArray Parser::list(const QJsonObject &o, const QString &key, const QString &path)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined())
        return {};
    if (!v.isArray()) {
        fail(at(path, key), QStringLiteral("expected a list"));
        return {};
    }
    return v.toArray();
}

void Parser::readHeader(const QJsonObject &root)
{
    const QString top = QStringLiteral("$");
    const QJsonValue format = root.value(QLatin1String("bomFormat"));
    if (format.toString() != QLatin1String("CycloneDX")) {
        fail(at(top, QStringLiteral("bomFormat")),
             format.isUndefined()
                 ? QStringLiteral("missing; expected \"CycloneDX\" (not a CycloneDX SBOM)")
                 : QStringLiteral("expected \"CycloneDX\" (not a CycloneDX SBOM)"));
        return;
    }
    const QJsonValue spec = root.value(QLatin1String("specVersion"));
    const QString supported = supportedCycloneDxVersions().join(QStringLiteral(", "));
    if (!spec.isString() || !supportedCycloneDxVersions().contains(spec.toString())) {
        const QString found
            = spec.isString()
                  ? QStringLiteral("version \"%1\" is not supported").arg(spec.toString())
                  : (spec.isUndefined() ? QStringLiteral("missing")
                                        : QStringLiteral("expected text"));
        fail(at(top, QStringLiteral("specVersion")),
             found + QStringLiteral("; supported versions: ") + supported);
        return;
    }
    m_sbom.specVersion = spec.toString();
    m_sbom.serialNumber = text(root, QStringLiteral("serialNumber"), top);

    const QJsonValue metadata = root.value(QLatin1String("metadata"));
    if (metadata.isUndefined())
        return;
    const QString metaPath = at(top, QStringLiteral("metadata"));
    if (!isObject(metadata, metaPath))
        return;
    const QJsonValue component = metadata.toObject().value(QLatin1String("component"));
    if (component.isUndefined())
        return;
    if (auto c = readComponent(component, at(metaPath, QStringLiteral("component")), 0)) {
        m_sbom.root = std::move(*c);
        m_hasRoot = true;
    }
}

void Parser::readComponents(const QJsonObject &o, const QString &path, int depth)
{
    const QJsonArray items = list(o, QStringLiteral("components"), path);
    if (!items.isEmpty() && depth >= kMaxComponentDepth) {
        fail(at(path, QStringLiteral("components")),
             QStringLiteral("components are nested more than %1 levels deep")
                 .arg(kMaxComponentDepth));
        return;
    }
    const QString listPath = at(path, QStringLiteral("components"));
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        const QString itemPath = item(listPath, i);
        // Parent first, then its children: document order.
        const qsizetype slot = m_sbom.components.size();
        if (auto c = readComponent(items.at(i), itemPath, depth + 1))
            m_sbom.components.insert(slot, std::move(*c));
    }
}

std::optional<SbomComponent> Parser::readComponent(const QJsonValue &v, const QString &path,
                                                   int depth)
{
    if (!isObject(v, path))
        return std::nullopt;
    const QJsonObject o = v.toObject();
    SbomComponent c;
    c.path = path;
    c.bomRef = text(o, QStringLiteral("bom-ref"), path);
    if (ok() && o.contains(QLatin1String("bom-ref")) && c.bomRef.isEmpty())
        fail(at(path, QStringLiteral("bom-ref")), QStringLiteral("expected a non-empty reference"));
    c.name = text(o, QStringLiteral("name"), path);
    if (ok() && c.name.isEmpty())
        fail(at(path, QStringLiteral("name")),
             QStringLiteral("missing; every component needs a name"));
    c.type = text(o, QStringLiteral("type"), path);
    if (ok() && !componentTypes().contains(c.type))
        fail(at(path, QStringLiteral("type")),
             QStringLiteral("expected one of \"%1\"")
                 .arg(componentTypes().join(QStringLiteral("\", \""))));
    c.group = text(o, QStringLiteral("group"), path);
    c.version = text(o, QStringLiteral("version"), path);
    c.purl = text(o, QStringLiteral("purl"), path);
    c.supplier = readSupplier(o, path);
    c.licenses = readLicenses(o, path);
    readHashes(o, path);
    if (ok())
        readComponents(o, path, depth);
    if (!ok())
        return std::nullopt;
    return c;
}

QString Parser::readSupplier(const QJsonObject &o, const QString &path)
{
    QString name;
    const QJsonValue supplier = o.value(QLatin1String("supplier"));
    if (!supplier.isUndefined() && isObject(supplier, at(path, QStringLiteral("supplier"))))
        name = text(supplier.toObject(), QStringLiteral("name"),
                    at(path, QStringLiteral("supplier")));
    const QString publisher = text(o, QStringLiteral("publisher"), path);
    const QString author = text(o, QStringLiteral("author"), path);
    QString firstAuthor; // 1.6 "authors": [{name, email, phone}]
    const QJsonArray authors = list(o, QStringLiteral("authors"), path);
    const QString authorsPath = at(path, QStringLiteral("authors"));
    for (qsizetype i = 0; i < authors.size() && ok(); ++i) {
        const QString p = item(authorsPath, i);
        if (!isObject(authors.at(i), p))
            break;
        const QString n = text(authors.at(i).toObject(), QStringLiteral("name"), p);
        if (firstAuthor.isEmpty())
            firstAuthor = n;
    }
    for (const QString &candidate : {name, publisher, author, firstAuthor}) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return {};
}

QStringList Parser::readLicenses(const QJsonObject &o, const QString &path)
{
    QStringList out;
    const QJsonArray items = list(o, QStringLiteral("licenses"), path);
    const QString listPath = at(path, QStringLiteral("licenses"));
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        const QString p = item(listPath, i);
        if (!isObject(items.at(i), p))
            break;
        const QJsonObject choice = items.at(i).toObject();
        if (choice.contains(QLatin1String("expression"))) {
            const QString expression = text(choice, QStringLiteral("expression"), p);
            if (ok() && expression.isEmpty())
                fail(at(p, QStringLiteral("expression")),
                     QStringLiteral("expected an SPDX expression"));
            out.append(expression);
            continue;
        }
        const QString licensePath = at(p, QStringLiteral("license"));
        const QJsonValue license = choice.value(QLatin1String("license"));
        if (license.isUndefined()) {
            fail(p, QStringLiteral(
                        "expected {\"license\": {\"id\" or \"name\"}} or {\"expression\"}"));
            break;
        }
        if (!isObject(license, licensePath))
            break;
        const QString id = text(license.toObject(), QStringLiteral("id"), licensePath);
        const QString name = text(license.toObject(), QStringLiteral("name"), licensePath);
        if (ok() && id.isEmpty() && name.isEmpty())
            fail(licensePath, QStringLiteral("expected an \"id\" or a \"name\""));
        out.append(id.isEmpty() ? name : id);
    }
    return out;
}

void Parser::readHashes(const QJsonObject &o, const QString &path)
{
    const QJsonArray items = list(o, QStringLiteral("hashes"), path);
    const QString listPath = at(path, QStringLiteral("hashes"));
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        const QString p = item(listPath, i);
        if (!isObject(items.at(i), p))
            break;
        for (const QString &key : {QStringLiteral("alg"), QStringLiteral("content")}) {
            if (ok() && !items.at(i).toObject().value(key).isString())
                fail(at(p, key), QStringLiteral("expected text"));
        }
    }
}

void Parser::indexRefs()
{
    QHash<QString, QString> firstUse; // bom-ref -> path
    auto add = [&](const SbomComponent &c, qsizetype index) {
        if (c.bomRef.isEmpty() || !ok())
            return;
        if (firstUse.contains(c.bomRef)) {
            fail(at(c.path, QStringLiteral("bom-ref")),
                 QStringLiteral("duplicate bom-ref \"%1\"; first used at %2")
                     .arg(c.bomRef, firstUse.value(c.bomRef)));
            return;
        }
        firstUse.insert(c.bomRef, c.path);
        m_refs.insert(c.bomRef, index);
    };
    if (m_hasRoot)
        add(m_sbom.root, -1);
    for (qsizetype i = 0; i < m_sbom.components.size(); ++i)
        add(m_sbom.components.at(i), i);

    // Synthetic refs for components without bom-ref: purl, else name@version; unique ones only.
    auto synthetic = [](const SbomComponent &c) {
        return sbomRefOf(c);
    };
    QHash<QString, qsizetype> candidates, uses;
    auto offer = [&](const SbomComponent &c, qsizetype index) {
        if (!c.bomRef.isEmpty())
            return;
        const QString key = synthetic(c);
        candidates.insert(key, index);
        uses[key] += 1;
    };
    if (m_hasRoot)
        offer(m_sbom.root, -1);
    for (qsizetype i = 0; i < m_sbom.components.size(); ++i)
        offer(m_sbom.components.at(i), i);
    for (auto it = candidates.constBegin(); it != candidates.constEnd(); ++it) {
        if (uses.value(it.key()) == 1 && !m_refs.contains(it.key()))
            m_refs.insert(it.key(), it.value());
    }
}

SbomComponent *Parser::resolve(const QString &ref)
{
    const auto it = m_refs.constFind(ref);
    if (it == m_refs.constEnd())
        return nullptr;
    return *it < 0 ? &m_sbom.root : &m_sbom.components[*it];
}

void Parser::readDependencies(const QJsonObject &root)
{
    const QString top = QStringLiteral("$");
    const QJsonArray items = list(root, QStringLiteral("dependencies"), top);
    const QString listPath = at(top, QStringLiteral("dependencies"));
    const QString unknown
        = QStringLiteral("unknown ref \"%1\"; expected the bom-ref of a component");
    for (qsizetype i = 0; i < items.size() && ok(); ++i) {
        const QString p = item(listPath, i);
        if (!isObject(items.at(i), p))
            return;
        const QJsonObject o = items.at(i).toObject();
        const QJsonValue refValue = o.value(QLatin1String("ref"));
        if (!refValue.isString()) {
            fail(at(p, QStringLiteral("ref")), refValue.isUndefined()
                                                   ? QStringLiteral("missing; expected a bom-ref")
                                                   : QStringLiteral("expected text (a bom-ref)"));
            return;
        }
        SbomComponent *from = resolve(refValue.toString());
        if (!from) {
            fail(at(p, QStringLiteral("ref")), unknown.arg(refValue.toString()));
            return;
        }
        const QJsonArray targets = list(o, QStringLiteral("dependsOn"), p);
        const QString targetsPath = at(p, QStringLiteral("dependsOn"));
        for (qsizetype j = 0; j < targets.size() && ok(); ++j) {
            const QJsonValue t = targets.at(j);
            if (!t.isString())
                fail(item(targetsPath, j), QStringLiteral("expected text (a bom-ref)"));
            else if (!resolve(t.toString()))
                fail(item(targetsPath, j), unknown.arg(t.toString()));
            else if (const QString target = sbomRefOf(*resolve(t.toString()));
                     !from->dependsOn.contains(target))
                from->dependsOn.append(target);
        }
    }
}

Result<Sbom> Parser::run(const QByteArray &bytes)
{
    Result<QJsonDocument> parsed = parseJsonDocument(bytes, m_file);
    if (!parsed)
        return parsed.error();
    const QJsonDocument &doc = parsed.value();
    if (!doc.isObject())
        return makeError(QStringLiteral("expected an object holding a CycloneDX SBOM"),
                         m_file + QStringLiteral(": $"));
    const QJsonObject root = doc.object();
    readHeader(root);
    if (ok())
        readComponents(root, QStringLiteral("$"), 0);
    if (ok())
        indexRefs();
    if (ok())
        readDependencies(root);
    if (!ok())
        return *m_error;
    return std::move(m_sbom);
}

} // namespace

QStringList supportedCycloneDxVersions()
{
    return {QStringLiteral("1.4"), QStringLiteral("1.5"), QStringLiteral("1.6")};
}

Result<Sbom> parseCycloneDx(const QByteArray &bytes, const QString &fileName)
{
    return Parser(fileName).run(bytes);
}

QString sbomRefOf(const SbomComponent &c)
{
    if (!c.bomRef.isEmpty())
        return c.bomRef;
    if (!c.purl.isEmpty())
        return c.purl;
    return c.version.isEmpty() ? c.name : c.name + QLatin1Char('@') + c.version;
}

} // namespace tb
