#include "checkreports.h"

#include "cra/annexcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace tb::cli {

namespace {

Result<void> save(const QString &file, const QByteArray &bytes)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit())
        return makeError(out.errorString(), file, ErrorKind::Io);
    return Ok{};
}

QString sarifLevel(const QString &risk)
{
    if (risk == QLatin1String("critical") || risk == QLatin1String("high")
        || risk == QLatin1String("gap"))
        return QStringLiteral("error");
    return risk == QLatin1String("medium") ? QStringLiteral("warning") : QStringLiteral("note");
}

// Where the element sits in the canonical JSON: objects are written sorted by id.
QString jsonPathOf(const ProjectData &d, const Id &id)
{
    if (d.elements.contains(id))
        return QStringLiteral("$.elements[%1]").arg(ProjectData::sortedIds(d.elements).indexOf(id));
    if (d.flows.contains(id))
        return QStringLiteral("$.flows[%1]").arg(ProjectData::sortedIds(d.flows).indexOf(id));
    return {};
}

} // namespace

Result<void> writeSarif(const QString &file, const QString &projectPath, const ProjectData &data,
                        const QList<CheckItem> &items)
{
    QJsonArray rules, results;
    QStringList ruleIds;
    const QString uri = QDir::fromNativeSeparators(
        QDir::current().relativeFilePath(QFileInfo(projectPath).absoluteFilePath()));
    for (const CheckItem &item : items) {
        if (!item.failed)
            continue;
        QString ruleId, ruleName, help;
        QJsonArray logical;
        QString fingerprint;
        if (item.kind == CheckItem::Threat) {
            const tb::Threat &t = data.threats[item.threat];
            ruleId = t.templateId.isEmpty() ? QStringLiteral("manual-threat") : t.templateId;
            ruleName
                = t.templateId.isEmpty() ? QStringLiteral("Threat added by hand") : t.templateId;
            help = categoryTitle(t.category);
            for (const Involved &i : t.involved)
                logical.append(
                    QJsonObject{{QStringLiteral("name"), i.name},
                                {QStringLiteral("kind"), i.kind},
                                {QStringLiteral("fullyQualifiedName"), jsonPathOf(data, i.id)}});
            fingerprint = idString(t.id);
        } else {
            const AnnexRequirement *r = AnnexCatalog::builtIn().find(item.requirement);
            ruleId = QStringLiteral("cra-annex-i/") + item.requirement;
            ruleName = r ? r->title : item.requirement;
            help = QStringLiteral("CRA Annex I requirement %1 has no answer").arg(item.requirement);
            logical.append(QJsonObject{{QStringLiteral("name"), item.requirement},
                                       {QStringLiteral("kind"), QStringLiteral("requirement")}});
            fingerprint = item.requirement;
        }
        if (!ruleIds.contains(ruleId)) {
            ruleIds.append(ruleId);
            rules.append(QJsonObject{
                {QStringLiteral("id"), ruleId},
                {QStringLiteral("name"), ruleName},
                {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), help}}}});
        }
        results.append(QJsonObject{
            {QStringLiteral("ruleId"), ruleId},
            {QStringLiteral("ruleIndex"), int(ruleIds.indexOf(ruleId))},
            {QStringLiteral("level"), sarifLevel(item.level)},
            {QStringLiteral("message"),
             QJsonObject{
                 {QStringLiteral("text"), QStringLiteral("%1 (%2)").arg(item.title, item.level)}}},
            {QStringLiteral("locations"),
             QJsonArray{QJsonObject{{QStringLiteral("physicalLocation"),
                                     QJsonObject{{QStringLiteral("artifactLocation"),
                                                  QJsonObject{{QStringLiteral("uri"), uri}}}}},
                                    {QStringLiteral("logicalLocations"), logical}}}},
            {QStringLiteral("partialFingerprints"),
             QJsonObject{{QStringLiteral("threatbench/v1"), fingerprint}}}});
    }
    const QJsonObject sarif{
        {QStringLiteral("$schema"),
         QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json")},
        {QStringLiteral("version"), QStringLiteral("2.1.0")},
        {QStringLiteral("runs"),
         QJsonArray{QJsonObject{
             {QStringLiteral("tool"),
              QJsonObject{
                  {QStringLiteral("driver"),
                   QJsonObject{{QStringLiteral("name"), QStringLiteral("threatbench-cli")},
                               {QStringLiteral("version"), QStringLiteral(THREATBENCH_VERSION)},
                               {QStringLiteral("rules"), rules}}}}},
             {QStringLiteral("results"), results}}}}};
    return save(file, QJsonDocument(sarif).toJson(QJsonDocument::Indented));
}

Result<void> writeJunit(const QString &file, const QList<CheckItem> &items)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    int failures = 0;
    for (const CheckItem &item : items)
        failures += item.failed ? 1 : 0;
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeStartElement(QStringLiteral("testsuite"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("threatbench check"));
    xml.writeAttribute(QStringLiteral("tests"), QString::number(items.size()));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(failures));
    for (const CheckItem &item : items) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), item.kind == CheckItem::Threat
                                                            ? QStringLiteral("threats")
                                                            : QStringLiteral("cra-annex-i"));
        xml.writeAttribute(QStringLiteral("name"),
                           item.kind == CheckItem::Threat
                               ? QString(item.title + QStringLiteral(" [") + idString(item.threat)
                                         + QLatin1Char(']'))
                               : QString(item.requirement + QLatin1Char(' ') + item.title));
        if (item.failed) {
            xml.writeStartElement(QStringLiteral("failure"));
            xml.writeAttribute(QStringLiteral("message"),
                               item.kind == CheckItem::Threat
                                   ? QStringLiteral("open %1 threat").arg(item.level)
                                   : QStringLiteral("Annex I %1 is a gap").arg(item.requirement));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return save(file, bytes);
}

} // namespace tb::cli
