#include "annexcatalog.h"

#include "core/threat.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

// Q_INIT_RESOURCE must be used outside any namespace; registering twice is harmless.
static void initAnnexResources()
{
    Q_INIT_RESOURCE(templates);
}

namespace tb {

namespace {

constexpr qsizetype kRequirementCount = 22; // I(1), I(2)(a)..(m), II(1)..(8)
constexpr qsizetype kMaxTitle = 70;
constexpr auto kFormat = "threatbench-annex-i";

const QStringList &rootKeys()
{
    static const QStringList keys
        = {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("regulation"),
           QStringLiteral("aliasScheme"), QStringLiteral("requirements")};
    return keys;
}

const QStringList &requirementKeys()
{
    static const QStringList keys = {
        QStringLiteral("id"),
        QStringLiteral("part"),
        QStringLiteral("alias"),
        QStringLiteral("title"),
        QStringLiteral("explanation"),
        QStringLiteral("appliesWhere"),
        QStringLiteral("evidenceHints"),
    };
    return keys;
}

/// Lower case, letters and digits only: "I(2)(e)", "i 2 e" and "I-2-e" meet. Final ids become
/// i1, i2a..i2m, ii1..ii8 and aliases i11, i12, i13a..i13k, i21..i28, so the keys never collide.
QString lookupKey(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

/// Position in the regulation; only for ids that passed isAnnexId().
qsizetype regulationIndex(const QString &id)
{
    if (id == QLatin1String("I(1)"))
        return 0;
    if (id.startsWith(QLatin1String("I(2)(")))
        return 1 + (id[5].unicode() - u'a');
    return 14 + (id[3].unicode() - u'1');
}

bool isPartTwo(const QString &id)
{
    return id.startsWith(QLatin1String("II("));
}

bool isProposalAlias(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^I\\.(1\\.[12]|1\\.3\\.[a-k]|2\\.[1-8])$"));
    return re.match(text).hasMatch();
}

Result<QString> text(const QJsonObject &o, const char *key, const QString &where)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isString() || v.toString().trimmed().isEmpty())
        return makeError(QStringLiteral("expected non-empty text"),
                         where + QLatin1Char('.') + QLatin1String(key));
    return v.toString();
}

Result<void> readAlias(const QJsonObject &o, const QString &where, AnnexRequirement *r)
{
    const QString at = where + QStringLiteral(".alias");
    const QJsonValue v = o.value(QStringLiteral("alias"));
    // I(2)(m) is new in the final text; the proposal had no matching point.
    if (r->id == QLatin1String("I(2)(m)")) {
        if (!v.isNull())
            return makeError(QStringLiteral("I(2)(m) has no proposal id; expected null"), at);
        return Ok{};
    }
    if (!v.isString() || !isProposalAlias(v.toString()))
        return makeError(QStringLiteral("expected the COM(2022) 454 proposal id: I.1.1, I.1.2, "
                                        "I.1.3.a..I.1.3.k or I.2.1..I.2.8"),
                         at);
    r->alias = v.toString();
    return Ok{};
}

Result<void> readEvidence(const QJsonObject &o, const QString &where, AnnexRequirement *r)
{
    const QString at = where + QStringLiteral(".evidenceHints");
    const QJsonValue v = o.value(QStringLiteral("evidenceHints"));
    for (const QJsonValue &hint : v.toArray()) {
        if (!hint.isString() || hint.toString().trimmed().isEmpty())
            return makeError(QStringLiteral("expected a list of non-empty text"), at);
        r->evidenceHints.append(hint.toString());
    }
    if (r->evidenceHints.isEmpty())
        return makeError(QStringLiteral("expected a non-empty list of text"), at);
    return Ok{};
}

Result<AnnexRequirement> readRequirement(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        return makeError(QStringLiteral("expected an object"), where);
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!requirementKeys().contains(it.key()))
            return makeError(QStringLiteral("unknown key"), where + QLatin1Char('.') + it.key());
    }
    AnnexRequirement r;
    const Result<QString> id = text(o, "id", where);
    if (!id)
        return id.error();
    r.id = id.value();
    if (!isAnnexId(r.id))
        return makeError(
            QStringLiteral("\"%1\" is not a CRA Annex I id (I(1), I(2)(a)..I(2)(m), II(1)..II(8))")
                .arg(r.id),
            where + QStringLiteral(".id"));
    r.part = o.value(QStringLiteral("part")).toString();
    const QString part = isPartTwo(r.id) ? QStringLiteral("II") : QStringLiteral("I");
    if (r.part != part)
        return makeError(QStringLiteral("expected \"%1\" for %2").arg(part, r.id),
                         where + QStringLiteral(".part"));
    if (Result<void> ok = readAlias(o, where, &r); !ok)
        return ok.error();
    const Result<QString> title = text(o, "title", where);
    if (!title)
        return title.error();
    r.title = title.value();
    if (r.title.size() > kMaxTitle)
        return makeError(QStringLiteral("longer than %1 characters").arg(kMaxTitle),
                         where + QStringLiteral(".title"));
    const Result<QString> explanation = text(o, "explanation", where);
    if (!explanation)
        return explanation.error();
    r.explanation = explanation.value();
    // Part I point (2) applies on the basis of the risk assessment; I(1) and Part II always do.
    r.whereApplicable = r.id.startsWith(QLatin1String("I(2)"));
    const QString applies
        = r.whereApplicable ? QStringLiteral("where-applicable") : QStringLiteral("always");
    if (o.value(QStringLiteral("appliesWhere")).toString() != applies)
        return makeError(QStringLiteral("expected \"%1\" for %2").arg(applies, r.id),
                         where + QStringLiteral(".appliesWhere"));
    if (Result<void> ok = readEvidence(o, where, &r); !ok)
        return ok.error();
    return r;
}

Result<void> checkRoot(const QJsonObject &root, const QString &fileName)
{
    const QString where = fileName + QStringLiteral(": $");
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (!rootKeys().contains(it.key()))
            return makeError(QStringLiteral("unknown key"), where + QLatin1Char('.') + it.key());
    }
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return makeError(QStringLiteral("expected \"%1\"").arg(QLatin1String(kFormat)),
                         where + QStringLiteral(".format"));
    if (root.value(QStringLiteral("version")).toString().isEmpty())
        return makeError(QStringLiteral("expected a version such as \"1.0.0\""),
                         where + QStringLiteral(".version"));
    if (!root.value(QStringLiteral("requirements")).isArray())
        return makeError(QStringLiteral("expected a list of requirements"),
                         where + QStringLiteral(".requirements"));
    return Ok{};
}

} // namespace

const AnnexCatalog &AnnexCatalog::builtIn()
{
    static const AnnexCatalog catalog = [] {
        initAnnexResources();
        const QString path = QStringLiteral(":/templates/cra/annex-i.json");
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("built-in CRA Annex I catalogue missing");
        Result<AnnexCatalog> r = fromJson(file.readAll(), path);
        if (!r)
            qFatal("built-in CRA Annex I catalogue invalid: %s", qPrintable(r.error().text()));
        return std::move(r).value();
    }();
    return catalog;
}

Result<AnnexCatalog> AnnexCatalog::fromJson(const QByteArray &json, const QString &fileName)
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

    AnnexCatalog c;
    c.m_version = root.value(QStringLiteral("version")).toString();
    const QJsonArray items = root.value(QStringLiteral("requirements")).toArray();
    QHash<QString, QString> aliasOwner;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString where = fileName + QStringLiteral(": $.requirements[%1]").arg(i);
        Result<AnnexRequirement> r = readRequirement(items.at(i), where);
        if (!r)
            return r.error();
        const auto sameId = [&r](const AnnexRequirement &x) {
            return x.id == r->id;
        };
        if (std::any_of(c.m_requirements.cbegin(), c.m_requirements.cend(), sameId))
            return makeError(QStringLiteral("duplicate id \"%1\"").arg(r->id),
                             where + QStringLiteral(".id"));
        if (!r->alias.isEmpty()) {
            if (aliasOwner.contains(r->alias))
                return makeError(QStringLiteral("duplicate alias \"%1\", already used by %2")
                                     .arg(r->alias, aliasOwner.value(r->alias)),
                                 where + QStringLiteral(".alias"));
            aliasOwner.insert(r->alias, r->id);
        }
        c.m_requirements.append(std::move(r).value());
    }
    // 22 distinct valid ids can only be the complete set, so counting is enough.
    if (c.m_requirements.size() != kRequirementCount)
        return makeError(QStringLiteral("expected the %1 requirements of Annex I, found %2")
                             .arg(kRequirementCount)
                             .arg(c.m_requirements.size()),
                         fileName + QStringLiteral(": $.requirements"));
    std::sort(c.m_requirements.begin(), c.m_requirements.end(),
              [](const AnnexRequirement &a, const AnnexRequirement &b) {
                  return regulationIndex(a.id) < regulationIndex(b.id);
              });
    for (qsizetype i = 0; i < c.m_requirements.size(); ++i) {
        const AnnexRequirement &r = c.m_requirements.at(i);
        c.m_byKey.insert(lookupKey(r.id), i);
        if (!r.alias.isEmpty())
            c.m_byKey.insert(lookupKey(r.alias), i);
    }
    return c;
}

const AnnexRequirement *AnnexCatalog::find(const QString &idOrAlias) const
{
    const qsizetype i = m_byKey.value(lookupKey(idOrAlias), -1);
    return i < 0 ? nullptr : &m_requirements.at(i);
}

QString AnnexCatalog::canonicalId(const QString &idOrAlias) const
{
    const AnnexRequirement *r = find(idOrAlias);
    return r ? r->id : QString();
}

QList<const AnnexRequirement *> AnnexCatalog::search(const QString &text) const
{
    const QString needle = text.trimmed();
    const AnnexRequirement *exact = find(needle);
    QList<const AnnexRequirement *> out;
    for (const AnnexRequirement &r : m_requirements) {
        const bool hit = needle.isEmpty() || &r == exact
                         || r.id.contains(needle, Qt::CaseInsensitive)
                         || r.alias.contains(needle, Qt::CaseInsensitive)
                         || r.title.contains(needle, Qt::CaseInsensitive)
                         || r.explanation.contains(needle, Qt::CaseInsensitive);
        if (hit)
            out.append(&r);
    }
    return out;
}

} // namespace tb
