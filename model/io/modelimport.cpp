#include "modelimport.h"

#include "canonicaljson.h"
#include "otmimport.h"
#include "pytmimport.h"
#include "threagileimport.h"
#include "threatdragonimport.h"
#include "tm7import.h"
#include "yamlreader.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tb {

namespace {

// OTM also comes as YAML: the same document, so it is read into JSON and imported as such.
bool isJson(const QByteArray &bytes)
{
    for (const char c : bytes) {
        if (c == '{' || c == '[')
            return true;
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            return false;
    }
    return false;
}

bool looksLikeOtmYaml(const QByteArray &bytes)
{
    if (isJson(bytes) || !bytes.left(64 * 1024).contains("otmVersion"))
        return false;
    const Result<YamlDocument> doc = readYaml(bytes, QString());
    return doc.ok() && doc->root.toObject().contains(QLatin1String("otmVersion"));
}

Result<Imported> importOtmAny(const QByteArray &bytes, const QString &name)
{
    if (isJson(bytes) || bytes.trimmed().isEmpty())
        return importOtm(bytes, name);
    Result<YamlDocument> doc = readYaml(bytes, name);
    if (!doc)
        return doc.error();
    const QByteArray json = doc->root.isObject()
                                ? QJsonDocument(doc->root.toObject()).toJson(QJsonDocument::Compact)
                                : QByteArray("[]");
    Result<Imported> r = importOtm(json, name);
    if (!r.ok()) {
        // Name the line and column of the JSON path the mapping failed at.
        Error e = r.error();
        const QString prefix = name + QStringLiteral(": ");
        if (e.where.startsWith(prefix + QLatin1Char('$'))) {
            const QString path = e.where.mid(prefix.size());
            if (const QString at = yamlPosition(*doc, path); !at.isEmpty())
                e.where = prefix + at + QStringLiteral(" (") + path + QLatin1Char(')');
        }
        return e;
    }
    return r;
}

} // namespace

QStringList importFormats()
{
    return {QStringLiteral("threatbench-json"),
            QStringLiteral("pytm"),
            QStringLiteral("threat-dragon"),
            QStringLiteral("otm"),
            QStringLiteral("tm7"),
            QStringLiteral("threagile")};
}

Result<QString> detectImportFormat(const QByteArray &bytes, const QString &fileName)
{
    if (looksLikeTm7(bytes))
        return QStringLiteral("tm7");
    const QJsonObject root = QJsonDocument::fromJson(bytes).object();
    if (root.value(QStringLiteral("format")).toString() == QLatin1String("threatbench"))
        return QStringLiteral("threatbench-json");
    if (looksLikeOtm(bytes) || looksLikeOtmYaml(bytes))
        return QStringLiteral("otm");
    if (looksLikeThreatDragon(bytes))
        return QStringLiteral("threat-dragon");
    if (looksLikePytm(bytes))
        return QStringLiteral("pytm");
    if (looksLikeThreagile(bytes))
        return QStringLiteral("threagile");
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
        return importOtmAny(bytes, name);
    if (fmt == QLatin1String("tm7"))
        return importTm7(bytes, name);
    if (fmt == QLatin1String("threagile"))
        return importThreagile(bytes, name);
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
