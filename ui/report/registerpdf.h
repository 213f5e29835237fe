#pragma once

#include "core/projectdata.h"
#include "core/result.h"

#include <QPageSize>

namespace tb {

struct RegisterPdfOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4;
};

/// Writes the risk register report: cover, threat register, Annex I matrix and mitigation
/// plan, with repeated table headers and "page x of y" footers; text stays text. Written to a
/// temporary file and renamed, so a failure leaves nothing at `path`.
Result<void> writeRegisterPdf(const ProjectData &data, const QString &path,
                              const RegisterPdfOptions &options = {});

} // namespace tb
