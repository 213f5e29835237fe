#include "modelexport.h"

#include "canonicaljson.h"

#include <QSaveFile>

namespace tb {

QStringList exportFormats()
{
    return {QStringLiteral("threatbench-json"), QStringLiteral("threat-dragon"),
            QStringLiteral("otm")};
}

Result<Exported> exportModel(const ProjectData &data, const QString &format)
{
    if (format == QLatin1String("threatbench-json"))
        return Exported{writeCanonicalJson(data), {}};
    if (format == QLatin1String("threat-dragon"))
        return exportThreatDragon(data);
    if (format == QLatin1String("otm"))
        return exportOtm(data);
    return makeError(QStringLiteral("unknown export format \"%1\"; expected one of %2")
                         .arg(format, exportFormats().join(QStringLiteral(", "))));
}

Result<void> writeExportFile(const QByteArray &bytes, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(file.errorString(), path, ErrorKind::Io);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return makeError(file.errorString(), path, ErrorKind::Io);
    return Ok{};
}

} // namespace tb
