#pragma once

#include "id.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

enum class TaskStatus { Proposed, Planned, InProgress, Implemented, Verified, WontDo };

/// One piece of evidence that a task was done: a note, a URL, a file, a test or a document.
struct Evidence
{
    QString kind; // "note", "url", "file", "test", "document"
    QString value;
    QDate date;
    friend bool operator==(const Evidence &, const Evidence &) = default;
};

/// A mitigation task: what the team will do about threats and Annex I requirements. One task
/// can answer many threats; one threat can need several tasks.
struct MitigationTask
{
    Id id;
    QString mitigationId; // the catalogue mitigation it came from; empty for a task by hand
    QString title;
    QString description;
    QString owner;
    QDate due;
    TaskStatus status = TaskStatus::Proposed;
    QString justification; // required for "won't do"
    QList<Evidence> evidence;
    QList<Id> threats;
    QStringList annex;

    friend bool operator==(const MitigationTask &, const MitigationTask &) = default;
};

/// A requirement the user declares not applicable to the product, and why.
struct RequirementDecision
{
    QString annexId;
    QString justification;
    friend bool operator==(const RequirementDecision &, const RequirementDecision &) = default;
};

QString taskStatusName(TaskStatus status);
bool parseTaskStatus(const QString &text, TaskStatus *out);
/// Implemented and verified tasks count as mitigation in place.
bool taskIsDone(TaskStatus status);
bool isEvidenceKind(const QString &kind);

} // namespace tb
