#pragma once

// Shared by the fuzz targets: each defines LLVMFuzzerTestOneInput and runs one reader on the
// bytes. A reader must return a value or an error for any input, never crash or hang; an
// import that succeeds must also yield a project the edit funnel accepts.

#include "core/project.h"
#include "core/propertycatalog.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace tbfuzz {

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

/// Qt needs an application object for some of what readers touch (translations).
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app
        = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}

/// What an importer hands over must pass the same checks as any project file.
inline void mustBeValid(const tb::ProjectData &data)
{
    if (!tb::Project::validate(data, tb::PropertyCatalog::builtIn()))
        std::abort();
}

} // namespace tbfuzz
