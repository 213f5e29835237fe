#pragma once

// Internals of the Threat Dragon importer (threatdragon*.cpp), not a public API.

#include "core/projectdata.h"
#include "core/propertycatalog.h"
#include "foreignimport.h"

#include <QHash>
#include <QPointF>
#include <QRectF>

#include <optional>

namespace tb::threatdragon {

enum class CellKind { Actor, Process, Store, Flow, Box, Curve, Text, Unknown };

/// One end of a flow or curve: attached to a cell, or a free point, or neither.
struct End
{
    QString cell;
    std::optional<QPointF> point;
};

/// One diagram cell, v1 (JointJS) or v2 (X6), reduced to what the importer needs.
struct Cell
{
    CellKind kind = CellKind::Unknown;
    QString shape; // as written
    QString id;
    bool v1 = false;
    QString path;     // "$.detail.diagrams[0].cells[3]"
    QString dataPath; // where the model fields are: path + ".data" (v2) or path (v1)
    QString subject;  // report subject: "diagrams[0].cells[3] \"Web UI\""
    QString name;
    QJsonValue data; // v2: the cell's "data"; v1: the cell itself
    QRectF rect;     // nodes and boxes
    End source, target;
    QList<QPointF> vertices;
};

/// What one diagram maps to, while it is being read.
struct DiagramState
{
    Diagram diagram;
    QString label;             // "diagrams[0]"
    QString type;              // "STRIDE", "LINDDUN", ...
    QHash<QString, Id> byCell; // cell id -> element or boundary id
    QList<Id> nodes;           // elements, in cell order
    QList<Id> boxes;           // zone boundaries, in cell order
};

class Importer final
{
public:
    explicit Importer(const QString &fileName);
    Result<Imported> run(const QByteArray &bytes);

private:
    // threatdragonimport.cpp
    void readRoot(const QJsonObject &root);
    void readDiagram(const QJsonValue &value, const QString &path, int index);
    // threatdragoncells.cpp
    std::optional<Cell> readCell(const QJsonValue &value, const QString &path, bool v1,
                                 const QString &label);
    void readGeometry(ForeignObject &cell, Cell &c, bool v1);
    End readEnd(ForeignObject &cell, const QString &key, bool v1);
    Id claimCell(DiagramState &s, const Cell &c, const QString &kind);
    // threatdragonnodes.cpp
    void addNode(DiagramState &s, const Cell &c);
    void readNodeData(ForeignObject &data, const Cell &c, Element &e);
    void readScope(ForeignObject &data, const Cell &c);
    bool setProperty(Properties &props, PropertyTarget target, const QString &key,
                     const QJsonValue &value, const QString &subject);
    void addBox(DiagramState &s, const Cell &c);
    void addCurve(DiagramState &s, const Cell &c);
    // threatdragonflows.cpp
    void addFlow(DiagramState &s, const Cell &c);
    Id resolveEnd(const DiagramState &s, const End &end, std::optional<QPointF> *point,
                  QString *why);
    Id addPlaceholder(DiagramState &s, const Cell &c, bool isSource, QPointF at);
    /// Reads the flow's flags onto it; returns whether it is bidirectional.
    bool readFlowData(ForeignObject &data, const Cell &c, Flow &f);
    // threatdragongeometry.cpp
    void assignZones(DiagramState &s);
    Id zoneFor(const DiagramState &s, const QRectF &rect, bool *byCentre) const;
    Id elementAt(const DiagramState &s, QPointF point) const;
    // threatdragonthreats.cpp
    void readThreats(ForeignObject &data, const Cell &c, const QList<Involved> &involved,
                     const QString &diagramType);
    void addThreat(ForeignObject &t, const QString &subject, const QList<Involved> &involved,
                   const QString &diagramType, const QString &idKey);
    void addTask(const Threat &threat, const QString &text);
    void reportTotals();

    ImportContext m_ctx;
    ProjectData m_data;
    QHash<QString, Id> m_tasksByText; // task text + status -> task, so shared texts are one task
    int m_severityMapped = 0;
    int m_scoresKept = 0;
};

/// A STRIDE category for a Threat Dragon threat type (any model); false when it is not STRIDE.
/// `involved` ("process", "flow", ...) picks the category when the type says nothing.
bool categoryForType(const QString &type, const QString &involved, StrideCategory *out);

} // namespace tb::threatdragon
