#include "task.h"

#include <array>

namespace tb {

namespace {
constexpr std::array<std::pair<TaskStatus, const char *>, 6> kStatuses{{
    {TaskStatus::Proposed, "proposed"},
    {TaskStatus::Planned, "planned"},
    {TaskStatus::InProgress, "in-progress"},
    {TaskStatus::Implemented, "implemented"},
    {TaskStatus::Verified, "verified"},
    {TaskStatus::WontDo, "wont-do"},
}};
} // namespace

QString taskStatusName(TaskStatus status)
{
    for (const auto &[s, name] : kStatuses) {
        if (s == status)
            return QLatin1String(name);
    }
    return {};
}

bool parseTaskStatus(const QString &text, TaskStatus *out)
{
    for (const auto &[s, name] : kStatuses) {
        if (text == QLatin1String(name)) {
            *out = s;
            return true;
        }
    }
    return false;
}

bool taskIsDone(TaskStatus status)
{
    return status == TaskStatus::Implemented || status == TaskStatus::Verified;
}

bool isEvidenceKind(const QString &kind)
{
    for (const char *k : {"note", "url", "file", "test", "document"}) {
        if (kind == QLatin1String(k))
            return true;
    }
    return false;
}

} // namespace tb
