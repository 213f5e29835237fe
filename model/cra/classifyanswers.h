#pragma once

// The steps around classify() that every front end shares: which questions are asked given the
// answers so far, the answers document of a stored profile, and answers -> the one edit that
// stores the profile (`cra classify` and the GUI wizard both go through classifyProject()).

#include "classification.h"

#include "core/edit.h"

#include <QMap>

#include <optional>

namespace tb {

/// Whether every clause holds over `answers` (a question without an answer fails its clauses,
/// so the questions that depend on it are not asked).
bool answerConditionsHold(const QList<AnswerCondition> &when,
                          const QMap<QString, QJsonValue> &answers);

/// The ids of the questions asked, in catalogue order: a question is asked when its conditions
/// hold over the answers to the questions asked before it.
QStringList askedQuestions(const ApplicabilityCatalog &catalog,
                           const QMap<QString, QJsonValue> &answers);

/// The answers document ("threatbench-cra-answers") that reproduces a stored profile: who
/// answered, every answer with its note, and the support and contact facts.
QJsonObject answersSheetOf(const CraProfile &profile);

/// When answers are recorded: now, in UTC, to the second.
QDateTime craAnswerTime();

struct ProjectClassification
{
    ClassifyResult result;
    std::optional<Edit> edit; // one undoable Batch, set when result.profile is
};

/// Classifies an answers document for a project: answers unchanged since the stored profile
/// keep who gave them and when; `by` overrides the document's answeredBy when not empty.
ProjectClassification classifyProject(const ProjectData &data, const QJsonObject &answersSheet,
                                      const QString &by, const QDateTime &now);

} // namespace tb
