#include "storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tb::store {

namespace {
// Most objects have no properties or assets: skip the parser for the empty forms.
const QByteArray kEmptyObject = QByteArrayLiteral("{}");
const QByteArray kEmptyArray = QByteArrayLiteral("[]");

bool parse(const QByteArray &json, QJsonDocument *doc)
{
    QJsonParseError error;
    *doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError;
}
} // namespace

QByteArray propertiesToJson(const Properties &props)
{
    if (props.isEmpty())
        return kEmptyObject;
    QJsonObject o;
    for (auto it = props.cbegin(); it != props.cend(); ++it)
        o.insert(it.key(), *it);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool propertiesFromJson(const QByteArray &json, Properties *out)
{
    out->clear();
    if (json == kEmptyObject)
        return true;
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        out->insert(it.key(), it.value());
    return true;
}

QByteArray idsToJson(const QList<Id> &ids)
{
    if (ids.isEmpty())
        return kEmptyArray;
    QJsonArray a;
    for (const Id &id : ids)
        a.append(idString(id));
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

bool idsFromJson(const QByteArray &json, QList<Id> *out)
{
    out->clear();
    if (json == kEmptyArray)
        return true;
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array()) {
        const Id id = parseId(v.toString());
        if (id.isNull())
            return false;
        out->append(id);
    }
    return true;
}

QByteArray pointsToJson(const QList<QPointF> &points)
{
    QJsonArray a;
    for (const QPointF &p : points)
        a.append(QJsonArray{p.x(), p.y()});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

bool pointsFromJson(const QByteArray &json, QList<QPointF> *out)
{
    out->clear();
    QJsonDocument doc;
    if (!parse(json, &doc) || !doc.isArray())
        return false;
    for (const QJsonValue &v : doc.array()) {
        const QJsonArray xy = v.toArray();
        if (xy.size() != 2 || !xy[0].isDouble() || !xy[1].isDouble())
            return false;
        out->append(QPointF(xy[0].toDouble(), xy[1].toDouble()));
    }
    return true;
}

} // namespace tb::store
