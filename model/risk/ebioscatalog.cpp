#include "ebioscatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside any namespace; registering twice is harmless.
static void initEbiosResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace tb {

namespace {

constexpr auto kFormat = "threatbench-ebios-catalogue";

Result<QString> text(const QJsonObject &o, const QString &key, const QString &where)
{
    const QJsonValue v = o.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return makeError(QStringLiteral("expected non-empty text"), where + QLatin1Char('.') + key);
    return v.toString();
}

Result<void> onlyKeys(const QJsonObject &o, const QStringList &keys, const QString &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return makeError(QStringLiteral("unknown key"), where + QLatin1Char('.') + it.key());
    }
    return Ok{};
}

Result<EbiosCatalogEntry> readEntry(const QJsonValue &value, const QString &where)
{
    static const QStringList keys = {QStringLiteral("id"), QStringLiteral("name"),
                                     QStringLiteral("nameFr"), QStringLiteral("description")};
    static const QRegularExpression idPattern(QStringLiteral("^[a-z][a-z0-9-]*$"));
    if (!value.isObject())
        return makeError(QStringLiteral("expected an object"), where);
    const QJsonObject o = value.toObject();
    if (Result<void> ok = onlyKeys(o, keys, where); !ok)
        return ok.error();
    struct Field
    {
        const char *key;
        QString EbiosCatalogEntry::*member;
    };
    static constexpr Field fields[] = {{"id", &EbiosCatalogEntry::id},
                                       {"name", &EbiosCatalogEntry::name},
                                       {"nameFr", &EbiosCatalogEntry::nameFr},
                                       {"description", &EbiosCatalogEntry::description}};
    EbiosCatalogEntry e;
    for (const Field &f : fields) {
        const Result<QString> t = text(o, QLatin1String(f.key), where);
        if (!t)
            return t.error();
        e.*f.member = t.value();
    }
    if (!idPattern.match(e.id).hasMatch())
        return makeError(QStringLiteral("\"%1\" is not an id: lower-case letters, digits and "
                                        "dashes, starting with a letter")
                             .arg(e.id),
                         where + QStringLiteral(".id"));
    return e;
}

Result<QList<EbiosCatalogEntry>> readList(const QJsonObject &root, const QString &key,
                                          const QString &fileName)
{
    const QString where = fileName + QStringLiteral(": $.") + key;
    const QJsonValue v = root.value(key);
    if (!v.isArray() || v.toArray().isEmpty())
        return makeError(QStringLiteral("expected a non-empty list"), where);
    const QJsonArray items = v.toArray();
    QList<EbiosCatalogEntry> out;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString at = where + QStringLiteral("[%1]").arg(i);
        Result<EbiosCatalogEntry> e = readEntry(items.at(i), at);
        if (!e)
            return e.error();
        const auto sameId = [&e](const EbiosCatalogEntry &x) {
            return x.id == e->id;
        };
        if (std::any_of(out.cbegin(), out.cend(), sameId))
            return makeError(QStringLiteral("duplicate id \"%1\"").arg(e->id),
                             at + QStringLiteral(".id"));
        out.append(std::move(e).value());
    }
    return out;
}

Result<void> checkRoot(const QJsonObject &root, const QString &fileName)
{
    const QString where = fileName + QStringLiteral(": $");
    static const QStringList keys
        = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("riskOrigins"),
           QStringLiteral("targetObjectives")};
    if (Result<void> ok = onlyKeys(root, keys, where); !ok)
        return ok;
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(QStringLiteral("expected \"%1\"").arg(QLatin1String(kFormat)),
                         where + QStringLiteral(".format"));
    if (root.value(QStringLiteral("version")).toString().isEmpty())
        return makeError(QStringLiteral("expected a version such as \"1.0.0\""),
                         where + QStringLiteral(".version"));
    return Ok{};
}

const EbiosCatalogEntry *findIn(const QList<EbiosCatalogEntry> &list, const QString &id)
{
    const auto it = std::find_if(list.cbegin(), list.cend(),
                                 [&id](const EbiosCatalogEntry &e) { return e.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

} // namespace

const EbiosCatalog &EbiosCatalog::builtIn()
{
    static const EbiosCatalog catalog = [] {
        initEbiosResources();
        const QString path = QStringLiteral(":/templates/ebios/catalogue.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in EBIOS RM catalogue missing");
        Result<EbiosCatalog> r = fromJson(file.readAll(), path);
        if (!r)
            qFatal("built-in EBIOS RM catalogue invalid: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return catalog;
}

Result<EbiosCatalog> EbiosCatalog::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            QStringLiteral("not valid JSON: ") + err.errorString(),
            fileName + QStringLiteral(": line %1").arg(json.left(err.offset).count('\n') + 1));
    if (!doc.isObject())
        return makeError(QStringLiteral("expected an object"), fileName + QStringLiteral(": $"));
    const QJsonObject root = doc.object();
    if (Result<void> ok = checkRoot(root, fileName); !ok)
        return ok.error();
    EbiosCatalog c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    Result<QList<EbiosCatalogEntry>> origins
        = readList(root, QStringLiteral("riskOrigins"), fileName);
    if (!origins)
        return origins.error();
    Result<QList<EbiosCatalogEntry>> objectives
        = readList(root, QStringLiteral("targetObjectives"), fileName);
    if (!objectives)
        return objectives.error();
    c.m_origins = std::move(origins).value();
    c.m_objectives = std::move(objectives).value();
    return c;
}

const EbiosCatalogEntry *EbiosCatalog::findOrigin(const QString &id) const
{
    return findIn(m_origins, id);
}

const EbiosCatalogEntry *EbiosCatalog::findObjective(const QString &id) const
{
    return findIn(m_objectives, id);
}

} // namespace tb
