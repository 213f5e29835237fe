#pragma once

// Internals of the pytm importer (pytmimport*.cpp), not a public API.

#include "core/projectdata.h"
#include "core/result.h"
#include "importreport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QStringList>

#include <optional>

namespace tb {
class PropertyCatalog;
}

namespace tb::pytm {

class Importer;

/// The attributes of one pytm object. pytm 1.3+ nests most of them in "controls"; they are
/// flattened in so either shape reads the same. Each one is taken once; what is left over is
/// reported as dropped unless it holds pytm's default.
class Attributes final
{
public:
    Attributes(Importer &imp, const QJsonObject &object, const QString &path);

    bool has(const QString &key) const; // present and not null
    QString path(const QString &key) const;
    QJsonValue take(const QString &key);
    /// Typed readers: absent or null gives the empty value; a wrong type fails the import.
    std::optional<bool> boolean(const QString &key);
    bool isTrue(const QString &key) { return boolean(key).value_or(false); }
    QString text(const QString &key);
    std::optional<int> integer(const QString &key);
    /// A list of names, or one name (pytm accepts a single string for data).
    QStringList names(const QString &key);
    /// Reports the attributes nobody took and that differ from pytm's defaults.
    void reportRest(const QString &subject, const QString &className);

private:
    struct Attr
    {
        QJsonValue value;
        QString path;
        QString label; // "environment" or "controls.isHardened"
    };
    Importer &m_imp;
    QString m_path;
    QMap<QString, Attr> m_attrs;
};

/// What flows need from the element at each end (pytm copies these onto its flows).
struct EndDefaults
{
    QString className;
    QString protocol;
    int port = -1;
    std::optional<bool> isEncrypted;
    std::optional<bool> authenticatesDestination;
    bool authenticatesSource = false;
    QList<Id> data;
};

/// pytm refers to objects by name; its loader keeps the last object of each name.
struct NameTable
{
    QHash<QString, Id> ids;
    QHash<QString, QString> subjects; // name -> report subject of that object
    QHash<QString, int> uses;
};

struct DataFlags
{
    bool credentials = false;
    bool personal = false;
    bool stored = false;
};

class Importer final
{
public:
    explicit Importer(QString fileName);
    Result<Imported> run(const QByteArray &bytes);

    const PropertyCatalog &catalog() const;
    void fail(const QString &path, const QString &message);
    bool ok() const { return !m_error.has_value(); }
    void approximate(const QString &subject, const QString &what);
    void drop(const QString &subject, const QString &what);

private:
    // pytmimport.cpp
    void readRoot(const QJsonObject &root);
    QJsonArray array(Attributes &a, const QString &key);
    Id stableId(const QString &kind, const QString &name);
    /// Registers a name; returns the name to show, made unique (and reported) on repeats.
    QString claimName(NameTable &table, const QString &name, const Id &id, const QString &subject,
                      const QString &what);
    // pytmimportobjects.cpp
    void readBoundaries(const QJsonArray &list);
    void assignTrustLevels(const QList<Id> &order);
    void readData(const QJsonArray &list);
    QList<Id> dataByNames(const QStringList &names, const QString &subject);
    void readElements(const QJsonArray &list);
    bool readElementKind(Attributes &a, const QString &subject, Element &e, QString *className);
    void readElementAttributes(Attributes &a, const QString &subject, Element &e,
                               EndDefaults &ends);
    void readStoreKind(Attributes &a, const QString &subject, Element &e);
    void mapAuthentication(Attributes &a, const QString &subject, Element &e, EndDefaults &ends);
    bool setProperty(Element &e, const QString &key, const QJsonValue &value,
                     const QString &subject, const QString &pytmName);
    // pytmimportflows.cpp
    void readFlows(const QJsonArray &list);
    void readFlowAttributes(Attributes &a, const QString &subject, Flow &f);
    void linkData();
    void finishElements();
    // pytmimportlayout.cpp
    void layout();

    QString m_file;
    ProjectData m_data;
    ImportReport m_report;
    std::optional<Error> m_error;
    bool m_isOrdered = false;

    QHash<QString, int> m_idUses; // stable-id key -> times used, so repeats stay distinct
    NameTable m_boundaryNames, m_elementNames, m_dataNames;
    QHash<QString, QList<Id>> m_flowsByName;
    QSet<QString> m_skippedFlowNames;
    QHash<Id, EndDefaults> m_ends;
    QHash<Id, DataFlags> m_dataFlags;
    QHash<Id, QString> m_subjects; // object id -> "elements[1] \"Web Server\""
    QList<Id> m_elementOrder, m_boundaryOrder, m_flowOrder, m_dataOrder;
    QHash<Id, QStringList> m_carriedBy; // data asset -> flow names from Data.carriedBy
    QHash<Id, QString> m_carriedByPath;
    QSet<Id> m_responses; // flows that are pytm responses
    QSet<Id> m_servers;   // pytm Server elements, whose stencil is guessed after flows are read
};

// pytmimportattributes.cpp: pure helpers.
/// pytm's default for an attribute (false, "", -1, [], UNKNOWN, ...): not worth reporting.
bool isPytmDefault(const QString &key, const QJsonValue &value);
/// A short rendering of a value for report lines.
QString shortValue(const QJsonValue &value);
/// Trust level for a zone and why: untrusted-sounding names 0, DMZ-like 1, else one more than
/// the parent zone (2 at top level).
int guessTrustLevel(const QString &name, int parentLevel, bool hasParent, QString *why);
/// Stencil for a pytm Server from its name and the protocols it serves; empty when unsure.
QString guessServerStencil(const QString &name, const QStringList &protocols, int port,
                           QString *why);
/// Stencil for a pytm Datastore from its name; empty when the name says nothing.
QString guessStoreStencilFromName(const QString &name, QString *why);
/// Threatbench authentication value for a pytm authenticationScheme text; empty if unknown.
QString authenticationForScheme(const QString &scheme);
bool protocolImpliesEncryption(const QString &protocol);
/// Threatbench transport for a protocol text; empty for IP (the default) or unknown.
QString transportForProtocol(const QString &protocol);
/// exposedInterfaces value a process serving this protocol offers; empty if none fits.
QString interfaceForProtocol(const QString &protocol);

} // namespace tb::pytm
