#include "modelimport.h"

#include "canonicaljson.h"
#include "otmimport.h"
#include "pytmimport.h"
#include "threatdragonimport.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tb {

QStringList importFormats()
{
    return {QStringLiteral("threatbench-json"), QStringLiteral("pytm"),
            QStringLiteral("threat-dragon"), QStringLiteral("otm")};
}

Result<QString> detectImportFormat(const QByteArray &bytes, const QString &fileName)
{
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() == QLatin1String("threatbench"))
        return QStringLiteral("threatbench-json");
    if (looksLikeOtm(bytes))
        return QStringLiteral("otm");
    if (looksLikeThreatDragon(bytes))
        return QStringLiteral("threat-dragon");
    if (looksLikePytm(bytes))
        return QStringLiteral("pytm");
    return makeError(QStringLiteral("unrecognised file format; supported: %1 (give --format to "
                                    "force one)")
                         .arg(importFormats().join(QStringLiteral(", "))),
                     fileName);
}

Result<Imported> importModel(const QString &path, const QString &format,
                             const PropertyCatalog &catalog)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFile::exists(path) ? file.errorString() : QStringLiteral("no such file"),
                         path, QFile::exists(path) ? ErrorKind::Io : ErrorKind::BadInput);
    const QByteArray bytes = file.readAll();
    const QString name = QFileInfo(path).fileName();
    QString fmt = format;
    if (fmt == QLatin1String("auto")) {
        Result<QString> detected = detectImportFormat(bytes, path);
        if (!detected)
            return detected.error();
        fmt = detected.value();
    }
    if (fmt == QLatin1String("pytm"))
        return importPytm(bytes, name);
    if (fmt == QLatin1String("threat-dragon"))
        return importThreatDragon(bytes, name);
    if (fmt == QLatin1String("otm"))
        return importOtm(bytes, name);
    if (fmt != QLatin1String("threatbench-json"))
        return makeError(QStringLiteral("unknown format \"%1\"; expected auto or one of %2")
                             .arg(fmt, importFormats().join(QStringLiteral(", "))),
                         path);
    Result<ProjectData> data = readCanonicalJson(bytes, name, catalog);
    if (!data)
        return data.error();
    Imported out{std::move(data).value(), {}};
    out.report.format = fmt;
    out.report.elements = static_cast<int>(out.data.elements.size());
    out.report.flows = static_cast<int>(out.data.flows.size());
    out.report.boundaries = static_cast<int>(out.data.boundaries.size());
    out.report.dataAssets = static_cast<int>(out.data.assets.size());
    out.report.threats = static_cast<int>(out.data.threats.size());
    out.report.tasks = static_cast<int>(out.data.tasks.size());
    return out;
}

} // namespace tb
