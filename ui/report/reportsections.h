#pragma once

// The sections of the PDF report, one function each (files report<section>.cpp), all drawn
// through the ReportPager.

#include "reportcontent.h"

#include <QString>

namespace tb {

class ReportPager;

void drawCover(ReportPager &pager);
void drawContents(ReportPager &pager);
void drawScope(ReportPager &pager);
void drawDiagrams(ReportPager &pager);
void drawRegister(ReportPager &pager);
void drawHeatMaps(ReportPager &pager);
void drawMatrix(ReportPager &pager);
void drawPlan(ReportPager &pager);
void drawEbios(ReportPager &pager);
void drawTemplates(ReportPager &pager);

/// The EBIOS RM summary's tables with their titles: business values, feared events, RO/TO pairs,
/// ecosystem, strategic and operational scenarios, in that order; empty tables are left out unless
/// `keepEmpty`.
QList<QPair<QString, ReportTable>> ebiosTables(const ReportContent &c, bool keepEmpty = false);

/// The title of a section id ("register" -> "Threat register"), translated.
QString sectionTitle(const class ReportText &text, const QString &section);

} // namespace tb
