#pragma once

// Internals of the Microsoft Threat Modeling Tool importer (tm7*.cpp), not a public API.

#include "core/projectdata.h"
#include "core/propertycatalog.h"
#include "foreignimport.h"
#include "tm7xml.h"

#include <QHash>

namespace tb::tm7 {

/// One display attribute of a TMT stencil ("Name", "Out Of Scope", "Running As", ...).
struct Attribute
{
    QString type; // "StringDisplayAttribute", "ListDisplayAttribute", ...
    QString display;
    QString value;         // the text, "true"/"false", or the selected list entry
    bool isDefault = true; // empty, false, or the first list entry
    const XmlNode *node = nullptr;
};

/// A stencil or line of a drawing surface, reduced to what the importer needs.
struct Shape
{
    QString guid;
    QString generic; // GE.P, GE.EI, GE.DS, GE.DF, GE.TB.B, GE.TB.L, GE.A
    QString type;    // SE.P.TMCore.WebApp, ...
    QString label;   // the stencil's display name ("Web Application")
    QString name;
    QString subject; // "Diagram 1 \"Web Application\" \"Shop\"" for the report
    QList<Attribute> attributes;
    const XmlNode *node = nullptr;
};

/// One drawing surface while it is read.
struct Surface
{
    Diagram diagram;
    QString label; // "diagram \"Diagram 1\""
    QList<Id> nodes, boxes;
    bool zonesAssigned = false;
};

constexpr qsizetype kMaxBoxes = 2000; // border boundaries on one diagram
constexpr int kMaxFreeEnds = 2000;    // flow ends attached to nothing, in the file

/// The Threatbench stencil for a TMCore stencil type ("SE.P.TMCore.WebApp"); empty when none fits.
QString stencilForType(const QString &type);

class Importer final
{
public:
    explicit Importer(const QString &fileName);
    Result<Imported> run(const QByteArray &bytes);

    // Used by the readers below; each reports through the context.
    void fail(const XmlNode &at, const QString &message);
    void failHere(const QString &message);

private:
    // tm7import.cpp
    void readRoot();
    void readMeta(const XmlNode &meta);
    void readSurface(int index);
    void reportTotals();
    // tm7importshapes.cpp
    std::optional<Shape> readShape(const XmlNode &entry, const Surface &s);
    QList<Attribute> readAttributes(const XmlNode *properties);
    std::optional<double> number(const XmlNode &parent, QLatin1String name);
    std::optional<QRectF> readRect(const XmlNode &value, const Shape &shape);
    void addBorder(Surface &s, const XmlNode &entry);
    void addNode(Surface &s, const Shape &shape, const QRectF &rect);
    void addBox(Surface &s, const Shape &shape, const QRectF &rect);
    void mapAttributes(const Shape &shape, PropertyTarget target, Properties &props,
                       QString *stencil);
    void assignZones(Surface &s);
    Id zoneFor(const Surface &s, const QRectF &rect, bool *byCentre) const;
    // tm7importlines.cpp
    void addLine(Surface &s, const XmlNode &entry);
    void addFlow(Surface &s, const Shape &shape, const XmlNode &value);
    void addLineBoundary(Surface &s, const Shape &shape, const XmlNode &value);
    Id resolveEnd(Surface &s, const Shape &shape, const XmlNode &value, bool source);
    Id elementAt(const Surface &s, QPointF point) const;
    // tm7importthreats.cpp
    void addThreat(const XmlNode &entry);
    void addTask(const Threat &threat, const QString &text);

    ImportContext m_ctx;
    BoundedXml *m_xml = nullptr;
    ProjectData m_data;
    QHash<QString, Id> m_byGuid;      // TMT guid -> element, boundary or flow
    QHash<Id, QString> m_subjects;    // imported object -> report subject
    QHash<QString, Id> m_tasksByText; // one task per distinct text
    int m_threatIndex = 0;
    int m_prioritiesMapped = 0;
    int m_flowHandles = 0;
    int m_freeEnds = 0;
};

} // namespace tb::tm7
