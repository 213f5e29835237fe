#pragma once

#include "core/result.h"
#include "threattemplate.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace tb {

class PropertyCatalog;

/// Enabled templates and the mitigation catalogue they point into.
struct TemplateLibrary
{
    QList<ThreatTemplate> templates;
    QHash<QString, Mitigation> mitigations;
    QStringList versions; // "stride 1.0.0", one per library file

    const ThreatTemplate *find(const QString &id) const;
};

/// A library and every problem met while reading it (file, template id, JSON path, what).
struct LibraryLoad
{
    TemplateLibrary library;
    QList<Error> problems;
};

/// Reads every threatbench-templates and threatbench-mitigations file under the folders (the
/// built-in library is ":/templates"). A template in a later folder replaces one with the same id
/// from an earlier folder; a duplicate id within one folder is a problem. Invalid templates are
/// left out of the library and listed in problems.
LibraryLoad loadTemplateLibrary(const QStringList &folders, const PropertyCatalog &catalog);

/// The library shipped with the application.
LibraryLoad builtInTemplateLibrary(const PropertyCatalog &catalog);

} // namespace tb
