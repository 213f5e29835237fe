#pragma once

#include "core/edit.h"
#include "core/projectdata.h"
#include "core/result.h"

#include <QHash>
#include <QJsonObject>
#include <QRectF>

QT_BEGIN_NAMESPACE
class QMimeData;
QT_END_NAMESPACE

namespace tb {

/// The clipboard format of copied canvas elements: JSON, so it travels between diagrams,
/// projects and windows (and reads as text in any editor).
inline constexpr char kSelectionMimeType[] = "application/x-threatbench-selection";

/// The elements among `ids` drawn on `diagram`, with the flows between them, as JSON.
/// Empty when none of them is an element of that diagram.
QJsonObject selectionToJson(const ProjectData &data, const Id &diagram, const QList<Id> &ids);

QMimeData *selectionMimeData(const QJsonObject &selection);
/// The selection carried by clipboard data (our mime type, or text holding the same JSON);
/// empty when it holds none.
QJsonObject selectionFromMimeData(const QMimeData *mime);

/// One Batch adding a copied selection to `diagram` with fresh ids, moved by `offset`. Zones
/// follow where the copies land (`rects`: the diagram's current element and zone rects);
/// references to assets or components the project lacks are dropped. `added` receives the
/// new element and flow ids.
Result<Batch> pasteBatch(const ProjectData &data, const Id &diagram, const QHash<Id, QRectF> &rects,
                         const QJsonObject &selection, const QPointF &offset, QList<Id> *added);

} // namespace tb
