#pragma once

// Where template libraries are read from, shared by the GUI and the CLI.

#include <QStringList>

namespace tb {

/// The user's own templates: ~/.local/share/threatbench/templates on Linux (QStandardPaths
/// GenericDataLocation), whether or not it exists yet.
QString userTemplateFolder();

/// The folders a project's library is read from, in override order: the built-in library
/// (":/templates"), the user's folder and a "threatbench-templates" folder beside the project
/// file when they exist, then `extra` (the CLI's --templates).
QStringList templateFolders(const QString &projectPath = {}, const QStringList &extra = {});

} // namespace tb
