#include "selectionclipboard.h"

#include "containment.h"
#include "diagramscene.h"
#include "io/jsonreader.h"
#include "io/objectjson.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>

namespace tb {

namespace {
const QString kFormat = QStringLiteral("threatbench-selection/1");

QJsonArray rectToJson(const QRectF &r)
{
    return {r.x(), r.y(), r.width(), r.height()};
}

QJsonArray pointsToJson(const QList<QPointF> &points)
{
    QJsonArray out;
    for (const QPointF &p : points)
        out.append(QJsonArray{p.x(), p.y()});
    return out;
}

QList<Id> known(const QList<Id> &ids, const auto &map)
{
    QList<Id> out;
    for (const Id &id : ids) {
        if (map.contains(id))
            out.append(id);
    }
    return out;
}

// "Paste Element" or "Paste 3 Elements", after the number of elements in a copied selection.
QString countText(const QJsonObject &selection, const QString &one, const QString &many)
{
    const qsizetype n = selection.value(QStringLiteral("elements")).toArray().size();
    return n == 1 ? one : many.arg(n);
}

Error badClipboard(const QString &why)
{
    return makeError(
        DiagramScene::tr("The clipboard does not hold a canvas selection: %1").arg(why),
        QStringLiteral("clipboard"));
}
} // namespace

QJsonObject selectionToJson(const ProjectData &data, const Id &diagram, const QList<Id> &ids)
{
    const auto g = data.diagrams.constFind(diagram);
    if (g == data.diagrams.cend())
        return {};
    QSet<Id> chosen;
    QJsonArray elements;
    QList<Id> sorted = ids;
    std::sort(sorted.begin(), sorted.end(), idLess);
    for (const Id &id : std::as_const(sorted)) {
        if (!data.elements.contains(id) || !g->placements.contains(id))
            continue;
        chosen.insert(id);
        elements.append(QJsonObject{{QStringLiteral("element"), toJson(data.elements[id])},
                                    {QStringLiteral("rect"), rectToJson(g->placements[id].rect)}});
    }
    if (chosen.isEmpty())
        return {};
    QJsonArray flows;
    for (const Id &id : ProjectData::sortedIds(data.flows)) {
        const Flow &f = data.flows[id];
        if (!chosen.contains(f.source) || !chosen.contains(f.target) || !g->placements.contains(id))
            continue;
        flows.append(
            QJsonObject{{QStringLiteral("flow"), toJson(f)},
                        {QStringLiteral("points"), pointsToJson(g->placements[id].points)}});
    }
    return {{QStringLiteral("format"), kFormat},
            {QStringLiteral("elements"), elements},
            {QStringLiteral("flows"), flows}};
}

QMimeData *selectionMimeData(const QJsonObject &selection)
{
    auto *mime = new QMimeData;
    const QByteArray json = QJsonDocument(selection).toJson(QJsonDocument::Indented);
    mime->setData(QString::fromLatin1(kSelectionMimeType), json);
    mime->setText(QString::fromUtf8(json));
    return mime;
}

QJsonObject selectionFromMimeData(const QMimeData *mime)
{
    if (!mime)
        return {};
    const QString type = QString::fromLatin1(kSelectionMimeType);
    const QByteArray bytes = mime->hasFormat(type) ? mime->data(type) : mime->text().toUtf8();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    return o.value(QStringLiteral("format")).toString() == kFormat ? o : QJsonObject();
}

Result<Batch> pasteBatch(const ProjectData &data, const Id &diagram, const QHash<Id, QRectF> &rects,
                         const QJsonObject &selection, const QPointF &offset, QList<Id> *added)
{
    if (!data.diagrams.contains(diagram))
        return badClipboard(DiagramScene::tr("no diagram is open"));
    JsonReader top(selection, QStringLiteral("selection"),
                   {QStringLiteral("format"), QStringLiteral("elements"), QStringLiteral("flows")});
    Batch batch;
    QHash<Id, Id> newIds; // copied element -> its copy
    for (const auto &[value, path] : top.array(QStringLiteral("elements"))) {
        JsonReader r(value, path, {QStringLiteral("element"), QStringLiteral("rect")});
        Element e = elementFromJson(r.raw(QStringLiteral("element")),
                                    r.pathOf(QStringLiteral("element")), r);
        const QRectF rect = r.rect(QStringLiteral("rect")).translated(offset);
        top.adopt(r);
        if (!top.ok())
            return badClipboard(top.error().text());
        newIds.insert(e.id, newId());
        e.id = newIds[e.id];
        e.zone = zoneHolding(data, rects, rect.center());
        e.assets = known(e.assets, data.assets);
        e.components = known(e.components, data.components);
        added->append(e.id);
        batch.edits.push_back(AddElement{e, {{diagram, {rect, {}}}}});
    }
    int flowCount = 0;
    for (const auto &[value, path] : top.array(QStringLiteral("flows"))) {
        JsonReader r(value, path, {QStringLiteral("flow"), QStringLiteral("points")});
        Flow f = flowFromJson(r.raw(QStringLiteral("flow")), r.pathOf(QStringLiteral("flow")), r);
        QList<QPointF> points = r.points(QStringLiteral("points"));
        top.adopt(r);
        if (!top.ok())
            return badClipboard(top.error().text());
        if (!newIds.contains(f.source) || !newIds.contains(f.target))
            continue;
        for (QPointF &p : points)
            p += offset;
        f.id = newId();
        f.source = newIds[f.source];
        f.target = newIds[f.target];
        f.assets = known(f.assets, data.assets);
        added->append(f.id);
        batch.edits.push_back(ConnectFlow{f, {{diagram, {{}, points}}}});
        ++flowCount;
    }
    if (!top.ok())
        return badClipboard(top.error().text());
    if (newIds.isEmpty())
        return badClipboard(DiagramScene::tr("it holds no element"));
    batch.text = newIds.size() == 1 ? DiagramScene::tr("Paste Element")
                                    : DiagramScene::tr("Paste %1 Elements").arg(newIds.size());
    return batch;
}

// ---- DiagramScene's clipboard gestures ----

bool DiagramScene::copySelection() const
{
    if (!m_document)
        return false;
    const QJsonObject json = selectionToJson(m_document->data(), m_diagram, selectedIds());
    if (json.isEmpty())
        return false;
    QGuiApplication::clipboard()->setMimeData(selectionMimeData(json));
    return true;
}

bool DiagramScene::cutSelection()
{
    return copySelection() && deleteSelection(true);
}

QList<Id> DiagramScene::paste()
{
    const QJsonObject json = selectionFromMimeData(QGuiApplication::clipboard()->mimeData());
    if (json.isEmpty())
        return {};
    // Pasting the same copy again steps further, so copies do not pile up on one spot.
    m_pasteCount = json == m_lastPaste ? m_pasteCount + 1 : 1;
    m_lastPaste = json;
    return pasteJson(json, QPointF(1, 1) * (2 * gridSize() * m_pasteCount),
                     countText(json, tr("Paste Element"), tr("Paste %1 Elements")));
}

QList<Id> DiagramScene::duplicateSelection()
{
    if (!m_document)
        return {};
    const QJsonObject json = selectionToJson(m_document->data(), m_diagram, selectedIds());
    if (json.isEmpty())
        return {};
    return pasteJson(json, QPointF(1, 1) * (2 * gridSize()),
                     countText(json, tr("Duplicate Element"), tr("Duplicate %1 Elements")));
}

QList<Id> DiagramScene::pasteJson(const QJsonObject &json, const QPointF &offset,
                                  const QString &text)
{
    if (!m_document)
        return {};
    QList<Id> added;
    Result<Batch> batch
        = pasteBatch(m_document->data(), m_diagram, currentRects(), json, offset, &added);
    if (!batch) {
        Q_EMIT editFailed(batch.error());
        return {};
    }
    Batch b = std::move(batch).value();
    b.text = text;
    if (!apply(b))
        return {};
    selectIds(added);
    return added;
}

} // namespace tb
