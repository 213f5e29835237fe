#pragma once

// What a report shows, computed once from a project and its report options and shared by the
// PDF, CSV and HTML writers, so the three formats never disagree about rows.

#include "core/projectdata.h"
#include "core/reportoptions.h"
#include "core/result.h"
#include "cra/coverage.h"
#include "reporttext.h"
#include "risk/rating.h"

#include <QColor>
#include <QDate>

namespace tb {

/// Cover facts the project does not hold.
struct ReportMeta
{
    QString author; // empty: the manufacturer
    QDate date;     // null: today
};

struct TemplateUse
{
    QString id;
    int version = 0;
    QString name;
    QString library; // file it was read from; empty when not in the built-in library
    int threats = 0;
};

struct ReportContent
{
    const ProjectData *data = nullptr;
    ReportOptions options;
    ReportText text;
    QString author;
    QDate date;
    QList<Id> threats;  // after the filters, highest inherent risk first
    QList<Id> tasks;    // the plan: tasks answering a listed threat, or any when unfiltered
    QList<Id> diagrams; // after the filter, in name order
    QList<RequirementCoverage> coverage;
    // Ratings of the listed threats, computed once: the residual rating scans every task.
    QHash<Id, Rating> inherent;
    QHash<Id, ResidualRating> residual;
    QStringList libraryVersions;
    QList<TemplateUse> templates;
    int handMadeThreats = 0;

    bool has(const QString &section) const;
    bool filtered() const;
    /// Sections to render, in document order.
    QStringList sections() const;
};

/// Checks the options against the project (risk level names, diagram ids) and gathers rows.
Result<ReportContent> makeReportContent(const ProjectData &data, const ReportOptions &options,
                                        const ReportMeta &meta = {});

/// A table as every format draws it; widths are fractions of the text width.
struct ReportTable
{
    QStringList headers;
    QList<double> widths;
    QList<QStringList> rows;
    QList<QColor> rowFills;         // per row, invalid = none
    QList<QList<QColor>> cellFills; // per row and column, optional
    QList<Id> rowIds;               // per row, the object it shows; optional (panels select by it)
};

/// `fullIds`: whole UUIDs (CSV) instead of the 8-character short form (PDF, HTML).
ReportTable registerTable(const ReportContent &c, bool fullIds = false);
ReportTable matrixTable(const ReportContent &c);
ReportTable planTable(const ReportContent &c, bool fullIds = false);

/// Green to red across a project's risk levels.
QColor riskLevelColour(int level, int levels);
QString shortId(const Id &id);

} // namespace tb
