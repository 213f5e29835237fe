#pragma once

// A semantic diff of two threat models (e.g. two git revisions of one project), for review.

#include "core/projectdata.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace tb {

/// One field that differs, with both values as text ("" = absent). A summary-only field (the
/// layout of a diagram) carries its description in `after`.
struct DiffField
{
    QString field; // "name", "property authentication", "verdict", ...
    QString before;
    QString after;
    bool summaryOnly = false;
    friend bool operator==(const DiffField &, const DiffField &) = default;
};

/// An object added, removed or changed. Requirements have no id; their name is the Annex I id.
struct DiffEntry
{
    QString kind; // "process", "flow", "threat", "requirement", "businessValue", ...
    Id id;
    QString name;    // the object's name in the old model (the new one when added)
    QString summary; // e.g. "new, high" for a threat, "Resident -> Cloud API" for a flow
    QList<DiffField> fields;
    friend bool operator==(const DiffEntry &, const DiffEntry &) = default;
};

struct DiffSection
{
    QString key;   // JSON key: "elements", "flows", ...
    QString title; // text heading: "Elements"
    QList<DiffEntry> added, removed, changed;
    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && changed.isEmpty(); }
};

/// Sections in a fixed order: product, diagrams, elements, flows, boundaries, dataAssets,
/// threats, tasks, requirements, components, ebios, riskCriteria, settings. Entries are sorted by
/// name, then id (requirements keep the catalogue's order).
struct ProjectDiff
{
    QList<DiffSection> sections;
    bool isIdentical() const;
    const DiffSection *section(const QString &key) const;
};

/// Compares by id, so a rename is a changed name. The project's own id is not compared.
/// Annex I verdicts are computed on both sides with the built-in catalogue.
ProjectDiff diffProjects(const ProjectData &before, const ProjectData &after);

/// How a text names an entry: 'process "Lock Firmware"', or the bare name of an object that
/// has no id ("I(2)(d)").
QString diffEntryLabel(const DiffEntry &entry);
/// Reads like a review comment: a heading per section, then "+", "-" and "~" lines.
QString diffToText(const ProjectDiff &diff);
/// {"identical": bool, "<section>": {"added": [...], "removed": [...], "changed": [...]}, ...}
QJsonObject diffToJson(const ProjectDiff &diff);

} // namespace tb
