#include "foreignimport.h"

#include "jsonreader.h"

#include "core/project.h"
#include "core/propertycatalog.h"
#include "pytmimportprivate.h"

#include <QJsonArray>

#include <cmath>

namespace tb {

ImportContext::ImportContext(QString fileName, const QString &format, const QUuid &idNamespace)
    : m_file(std::move(fileName)), m_namespace(idNamespace)
{
    m_report.format = format;
}

void ImportContext::fail(const QString &path, const QString &message)
{
    if (!m_error)
        m_error = makeError(message, m_file + QStringLiteral(": ") + path);
}

void ImportContext::approximate(const QString &subject, const QString &what)
{
    m_report.approximated.append(subject + QStringLiteral(": ") + what);
}

void ImportContext::drop(const QString &subject, const QString &what)
{
    m_report.dropped.append(subject + QStringLiteral(": ") + what);
}

Id ImportContext::stableId(const QString &kind, const QString &key)
{
    const QString full = kind + QChar(0x1f) + key;
    const int use = m_idUses[full]++;
    return QUuid::createUuidV5(m_namespace, full + QChar(0x1f) + QString::number(use));
}

std::optional<QJsonObject> ImportContext::parseRoot(const QByteArray &bytes,
                                                    const QString &expected)
{
    if (bytes.size() > kMaxImportBytes) {
        fail(QStringLiteral("$"), QStringLiteral("the file is %1 MiB; at most %2 MiB is read")
                                      .arg(bytes.size() / (1024 * 1024))
                                      .arg(kMaxImportBytes / (1024 * 1024)));
        return std::nullopt;
    }
    Result<QJsonDocument> doc = parseJsonDocument(bytes, m_file);
    if (!doc) {
        if (!m_error)
            m_error = doc.error();
        return std::nullopt;
    }
    if (!doc->isObject()) {
        fail(QStringLiteral("$"), QStringLiteral("expected an object holding ") + expected);
        return std::nullopt;
    }
    return doc->object();
}

bool ImportContext::checkCount(qsizetype count, const QString &path)
{
    if (count <= kMaxImportObjects)
        return true;
    fail(path, QStringLiteral("%1 items; at most %2 are read").arg(count).arg(kMaxImportObjects));
    return false;
}

bool ImportContext::countObject(const QString &path)
{
    if (++m_objects <= kMaxImportTotal)
        return true;
    fail(path,
         QStringLiteral("more than %1 objects in all; too large to import").arg(kMaxImportTotal));
    return false;
}

Result<Imported> ImportContext::finish(ProjectData data)
{
    if (!ok())
        return *m_error;
    m_report.elements = static_cast<int>(data.elements.size());
    m_report.flows = static_cast<int>(data.flows.size());
    m_report.boundaries = static_cast<int>(data.boundaries.size());
    m_report.dataAssets = static_cast<int>(data.assets.size());
    m_report.threats = static_cast<int>(data.threats.size());
    m_report.tasks = static_cast<int>(data.tasks.size());
    // The importers should only ever build valid projects; if not, say so rather than crash.
    if (Result<void> valid = Project::validate(data, PropertyCatalog::builtIn()); !valid)
        return makeError(
            QStringLiteral("the imported model is inconsistent: ") + valid.error().text(), m_file);
    return Imported{std::move(data), std::move(m_report)};
}

ForeignObject::ForeignObject(ImportContext &ctx, const QJsonValue &value, QString path)
    : m_ctx(ctx), m_object(value.toObject()), m_path(std::move(path))
{
    if (!value.isObject() && !value.isNull() && !value.isUndefined())
        m_ctx.fail(m_path, QStringLiteral("expected an object"));
}

bool ForeignObject::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isNull() && !v.isUndefined();
}

QJsonValue ForeignObject::take(const QString &key)
{
    m_read.insert(key);
    return m_object.value(key);
}

void ForeignObject::skip(const QStringList &keys)
{
    for (const QString &k : keys)
        m_read.insert(k);
}

QString ForeignObject::text(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isNull() || v.isUndefined())
        return {};
    if (!v.isString())
        m_ctx.fail(pathOf(key), QStringLiteral("expected text"));
    return v.toString();
}

std::optional<bool> ForeignObject::boolean(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        m_ctx.fail(pathOf(key), QStringLiteral("expected true or false"));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<double> ForeignObject::number(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        m_ctx.fail(pathOf(key), QStringLiteral("expected a number"));
        return std::nullopt;
    }
    return v.toDouble();
}

ForeignObject ForeignObject::object(const QString &key)
{
    return ForeignObject(m_ctx, take(key), pathOf(key));
}

QList<std::pair<QJsonValue, QString>> ForeignObject::array(const QString &key)
{
    QList<std::pair<QJsonValue, QString>> out;
    const QJsonValue v = take(key);
    if (v.isNull() || v.isUndefined())
        return out;
    if (!v.isArray()) {
        m_ctx.fail(pathOf(key), QStringLiteral("expected a list"));
        return out;
    }
    const QJsonArray a = v.toArray();
    if (!m_ctx.checkCount(a.size(), pathOf(key)))
        return out;
    out.reserve(a.size());
    for (qsizetype i = 0; i < a.size(); ++i)
        out.append({a[i], pathOf(key) + QStringLiteral("[%1]").arg(i)});
    return out;
}

QStringList ForeignObject::texts(const QString &key)
{
    QStringList out;
    for (const auto &[v, path] : array(key)) {
        if (v.isNull())
            continue;
        if (!v.isString()) {
            m_ctx.fail(path, QStringLiteral("expected text"));
            return {};
        }
        out.append(v.toString());
    }
    return out;
}

QStringList ForeignObject::unread() const
{
    QStringList out;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        const QJsonValue &v = *it;
        const bool empty
            = v.isNull() || (v.isBool() && !v.toBool()) || (v.isDouble() && v.toDouble() == 0)
              || (v.isString() && v.toString().trimmed().isEmpty())
              || (v.isArray() && v.toArray().isEmpty()) || (v.isObject() && v.toObject().isEmpty());
        if (!m_read.contains(it.key()) && !empty)
            out.append(QStringLiteral("%1 (%2)").arg(it.key(), pytm::shortValue(v)));
    }
    return out;
}

QString involvedKind(ElementKind kind)
{
    switch (kind) {
    case ElementKind::ExternalEntity:
        return QStringLiteral("external-entity");
    case ElementKind::Process:
        return QStringLiteral("process");
    case ElementKind::DataStore:
        return QStringLiteral("data-store");
    }
    return {};
}

QString squash(const QString &text)
{
    QString out;
    for (const QChar ch : text) {
        if (ch.isLetterOrNumber())
            out.append(ch.toLower());
    }
    return out;
}

QString firstLine(const QString &text, int max)
{
    QString line = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > max)
        line = line.left(max - 1).trimmed() + QChar(0x2026);
    return line;
}

} // namespace tb
