#pragma once

#include "core/project.h"
#include "core/result.h"

#include <QString>

#include <memory>

namespace tb {

/// Who holds a project open (from its lock file).
struct LockHolder
{
    qint64 pid = 0;
    QString host;
    QString application;
    QString text() const; // "process 1234 (threatbench) on host"
};

/// The SQLite project file (*.threatbench). Writes every applied edit through in one
/// transaction; see architecture.md "The project file".
class ProjectStore final : public EditSink
{
public:
    enum class Mode { ReadWrite, ReadOnly };

    ~ProjectStore() override;

    /// Creates a new project file holding `data`; refuses to overwrite an existing file.
    static Result<std::unique_ptr<ProjectStore>> create(const QString &path,
                                                        const ProjectData &data);
    /// Opens and loads a project file. Refuses, leaving the file byte-for-byte untouched: a
    /// missing file, a file that is not SQLite, a SQLite file that is not ours, a file from a
    /// newer version, a truncated or corrupt file. If another process holds it, fails with
    /// ErrorKind::Locked naming the holder, unless mode is ReadOnly.
    static Result<std::unique_ptr<ProjectStore>> open(const QString &path,
                                                      Mode mode = Mode::ReadWrite);

    const QString &path() const;
    bool isReadOnly() const;
    /// The project as loaded by open()/create(); not updated by write().
    const ProjectData &loaded() const;

    /// EditSink: persists the touched objects of one applied edit in one transaction.
    Result<void> write(const ProjectData &data, const Change &change) override;

    /// Copies the project to another file (SQLite backup API into a temporary file in the
    /// target folder, then renamed into place).
    Result<void> saveAs(const QString &path) const;

    /// The schema version this build writes (PRAGMA user_version).
    static int schemaVersion();
    /// PRAGMA application_id of Threatbench project files.
    static int applicationId();

private:
    ProjectStore();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
