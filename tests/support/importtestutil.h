#pragma once

// Helpers for importer tests: fixtures, lookups by name, report checks, and the mutation sweep
// that replaces every value of a fixture by each JSON type.

#include "core/project.h"
#include "core/propertycatalog.h"
#include "io/importreport.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace tb::test {

inline QByteArray readData(const QString &relative)
{
    QFile f(dataPath(relative));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(relative));
    return f.readAll();
}

/// The object of that name (title for threats and tasks), or null.
template<typename Map>
auto *named(const Map &map, const QString &name)
{
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if constexpr (requires { it->title; }) {
            if (it->title == name)
                return &*it;
        } else {
            if (it->name == name)
                return &*it;
        }
    }
    return static_cast<decltype(&*map.cbegin())>(nullptr);
}

inline bool reportHas(const ImportReport &r, const QString &needle)
{
    for (const QStringList *lines : {&r.approximated, &r.dropped}) {
        for (const QString &l : *lines) {
            if (l.contains(needle))
                return true;
        }
    }
    return false;
}

/// Compact JSON text of a value; empty for undefined.
inline QString jsonText(const QJsonValue &v)
{
    if (v.isUndefined())
        return {};
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

namespace detail {
inline void collectPaths(const QJsonValue &v, QList<QVariantList> &out, const QVariantList &at)
{
    if (!at.isEmpty())
        out.append(at);
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            collectPaths(it.value(), out, at + QVariantList{it.key()});
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            collectPaths(a.at(i), out, at + QVariantList{i});
    }
}

inline QJsonValue replaced(const QJsonValue &v, const QVariantList &path, qsizetype depth,
                           const QJsonValue &with, bool remove)
{
    if (depth == path.size())
        return with;
    const QVariant step = path[depth];
    const bool last = depth + 1 == path.size();
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        const QString key = step.toString();
        if (remove && last)
            o.remove(key);
        else
            o.insert(key, replaced(o.value(key), path, depth + 1, with, remove));
        return o;
    }
    QJsonArray a = v.toArray();
    const auto i = step.toLongLong();
    if (remove && last)
        a.removeAt(i);
    else
        a.replace(i, replaced(a.at(i), path, depth + 1, with, remove));
    return a;
}
} // namespace detail

struct MutationCounts
{
    int imported = 0;
    int refused = 0;
    QStringList failures; // what went wrong, for the test message
};

/// Runs the importer on every mutation of a fixture: each must import into a valid project or
/// be refused with an error at a JSON path of "m.json", never an inconsistent project.
inline MutationCounts checkMutations(const QByteArray &fixture,
                                     const std::function<Result<Imported>(const QByteArray &)> &run)
{
    const QJsonObject root = QJsonDocument::fromJson(fixture).object();
    QList<QVariantList> paths;
    detail::collectPaths(root, paths, {});
    const QList<QJsonValue> values{QJsonValue(),
                                   0,
                                   -1,
                                   1.5,
                                   1e300,
                                   QStringLiteral(""),
                                   QStringLiteral("x"),
                                   true,
                                   QJsonArray(),
                                   QJsonArray{1, QStringLiteral("x")},
                                   QJsonObject(),
                                   QJsonObject{{QStringLiteral("a"), 1}}};
    MutationCounts c;
    for (const QVariantList &path : std::as_const(paths)) {
        for (qsizetype k = 0; k <= values.size(); ++k) {
            const bool remove = k == values.size();
            const QJsonValue mutated
                = detail::replaced(root, path, 0, remove ? QJsonValue() : values[k], remove);
            const Result<Imported> r = run(QJsonDocument(mutated.toObject()).toJson());
            if (r.ok()) {
                ++c.imported;
                if (Result<void> v = Project::validate(r->data, PropertyCatalog::builtIn()); !v)
                    c.failures.append(v.error().text());
            } else {
                ++c.refused;
                if (!r.error().where.startsWith(QLatin1String("m.json: $"))
                    || r.error().message.contains(QLatin1String("inconsistent")))
                    c.failures.append(r.error().text());
            }
        }
    }
    return c;
}

} // namespace tb::test
