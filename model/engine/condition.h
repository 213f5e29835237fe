#pragma once

#include "core/result.h"

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <vector>

namespace tb {

class PropertyCatalog;
struct PropertyDefinition;

/// Whose value a comparison reads.
enum class Subject { Element, Flow, Source, Target };

enum class Builtin {
    None,
    Kind,
    Stencil,
    Name,
    Protocol,
    TrustLevel,
    Zoned,
    AssetCount,
    AssetConfidentiality,
    AssetIntegrity,
    AssetAvailability,
    ComponentCount,
    ComponentsWithoutVersion,
    ComponentsWithoutSupplier
};

enum class Fact {
    None,
    CrossesBoundary,
    CrossesInbound,
    CrossesOutbound,
    BoundariesCrossed,
    TrustDelta,
    ReachableFromUntrusted,
    ReachableFromExternal,
    ReceivesFromUntrusted,
    UnauthenticatedPathFromUntrusted,
    ArticulationPoint,
    InDegree,
    OutDegree
};

enum class CompareOp { Eq, Ne, In, NotIn, Gt, Gte, Lt, Lte, Contains };
enum class ValueType { Bool, Number, Text, List };

/// A comparison operand decoded once at parse time, so evaluation reads no JSON.
struct Operand
{
    enum class Kind { Other, Bool, Number, Text };
    Kind kind = Kind::Other;
    bool boolean = false;
    double number = 0; // QJsonValue::toDouble(): 0 unless a number
    QString text;      // QJsonValue::toString(): empty unless text
};

/// A parsed condition: a tree of all/any/not over comparisons. Parsing checks every name and
/// type against the property catalogue, so evaluation never meets an unknown key.
struct Condition
{
    enum class Node { Always, All, Any, Not, Compare };
    Node node = Node::Always;
    std::vector<Condition> children;

    // Compare nodes
    Subject subject = Subject::Element;
    const PropertyDefinition *property = nullptr; // a catalogue property, or
    Builtin builtin = Builtin::None;              // a built-in field, or
    Fact fact = Fact::None;                       // a graph fact
    ValueType type = ValueType::Bool;
    CompareOp op = CompareOp::Eq;
    QJsonValue value;              // the operand, checked against `type`
    std::vector<Operand> operands; // `value` decoded: one per element of an in/notIn list,
                                   // else one
    QString label;                 // "flow.encrypted", "fact crossesInbound of flow"
    QString path;                  // JSON path in the template, for explanations

    static Condition always() { return {}; }
};

/// Which subjects a template's conditions may name.
enum class SubjectSet { ElementOnly, FlowAndEnds };

/// Parses a condition. `where` is "file: template id" and JSON paths are appended to it.
Result<Condition> parseCondition(const QJsonValue &json, const QString &where, const QString &path,
                                 SubjectSet subjects, const PropertyCatalog &catalog);

QString subjectName(Subject s);

} // namespace tb

namespace tb {

/// A value read from the model for one comparison. Missing: the property does not apply to
/// the subject, which makes any comparison false (the one rule, everywhere).
struct Value
{
    enum class Kind { Missing, Bool, Number, Text, List };
    Kind kind = Kind::Missing;
    bool boolean = false;
    double number = 0;
    QString text;
    QStringList list;

    static Value of(bool b) { return {Kind::Bool, b, 0, {}, {}}; }
    static Value of(double n) { return {Kind::Number, false, n, {}, {}}; }
    static Value of(int n) { return of(static_cast<double>(n)); }
    static Value of(const QString &t) { return {Kind::Text, false, 0, t, {}}; }
    static Value of(const QStringList &l) { return {Kind::List, false, 0, {}, l}; }
    QString toString() const;
};

/// Reads the value a comparison names for the subject under evaluation.
class ValueSource
{
public:
    virtual ~ValueSource() = default;
    virtual Value read(const Condition &compare) const = 0;
};

/// One evaluated comparison or group, for explanations.
struct TraceLine
{
    int depth = 0;
    QString text; // "flow.encrypted eq false: actual false -> true"
    bool result = false;
};

bool evaluate(const Condition &c, const ValueSource &source, QList<TraceLine> *trace = nullptr,
              int depth = 0);

} // namespace tb
