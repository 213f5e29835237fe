#pragma once

#include "condition.h"
#include "core/threat.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace tb {

enum class AppliesTo { External, Process, Store, Element, Flow, Path };

/// One threat template, parsed and checked (see templates/FORMAT.md).
struct ThreatTemplate
{
    QString id;
    int version = 1;
    QString name;
    StrideCategory category = StrideCategory::Spoofing;
    QStringList taxonomies;
    AppliesTo appliesTo = AppliesTo::Element;
    QStringList stencils;
    Condition condition; // Condition::always() when absent
    Condition pathFrom, pathTo, pathAvoid;
    bool hasAvoid = false;
    QString title;
    QString description;
    QList<int> capec;
    QList<int> cwe;
    int likelihood = 2;
    int impact = 2;
    QStringList annex;
    QStringList mitigations;
    QJsonObject tests; // {"fires": scenario, "silent": scenario}
    QString file;      // where it was read from
};

struct Mitigation
{
    QString id;
    QString title;
    QString description;
    QStringList annex;
};

QString appliesToName(AppliesTo a);

} // namespace tb
