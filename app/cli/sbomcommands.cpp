// import-sbom, components.

#include "cli.h"

#include "core/project.h"
#include "io/cyclonedx.h"
#include "io/sbomimport.h"
#include "store/projectstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace tb::cli {

namespace {

const QCommandLineOption kJsonOutput(QStringLiteral("json"),
                                     QStringLiteral("Print one JSON document on stdout."));

// An element named by id, or by a name no other element has.
Result<Id> findElement(const ProjectData &data, const QString &text)
{
    if (const Id id = parseId(text); !id.isNull()) {
        if (data.elements.contains(id))
            return id;
        return makeError(QStringLiteral("no element with id %1").arg(text),
                         QStringLiteral("--attach"));
    }
    QList<Id> found;
    for (const Element &e : data.elements) {
        if (e.name == text)
            found.append(e.id);
    }
    if (found.size() == 1)
        return found.first();
    return makeError(found.isEmpty() ? QStringLiteral("no element is named \"%1\"").arg(text)
                                     : QStringLiteral("%1 elements are named \"%2\"; give the id")
                                           .arg(found.size())
                                           .arg(text),
                     QStringLiteral("--attach"));
}

QJsonObject componentJson(const ProjectData &data, const Component &c)
{
    QJsonArray deps, elements;
    for (const Id &d : c.dependsOn)
        deps.append(idString(d));
    for (const Id &id : ProjectData::sortedIds(data.elements)) {
        if (data.elements[id].components.contains(c.id))
            elements.append(idString(id));
    }
    return {{QStringLiteral("id"), idString(c.id)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("group"), c.group},
            {QStringLiteral("version"), c.version},
            {QStringLiteral("type"), c.type},
            {QStringLiteral("purl"), c.purl},
            {QStringLiteral("supplier"), c.supplier},
            {QStringLiteral("licenses"), QJsonArray::fromStringList(c.licenses)},
            {QStringLiteral("dependsOn"), deps},
            {QStringLiteral("elements"), elements}};
}

} // namespace

int runImportSbom(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    parser.addPositionalArgument(QStringLiteral("BOM"),
                                 QStringLiteral("A CycloneDX 1.4-1.6 JSON SBOM."));
    const QCommandLineOption attach(
        QStringLiteral("attach"),
        QStringLiteral("Attach every component to this element (id or unique name; repeatable)."),
        QStringLiteral("ELEMENT"));
    parser.addOption(attach);
    parser.addOption(kJsonOutput);
    if (auto stop = parse(parser, args, QStringLiteral("import-sbom"),
                          QStringLiteral("Replace the project's SBOM components with those of a "
                                         "CycloneDX SBOM; attachments of components that stay "
                                         "are kept."),
                          2, 2))
        return *stop;
    const QString bomPath = parser.positionalArguments().at(1);
    QFile file(bomPath);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(file.errorString(), bomPath,
                              QFileInfo::exists(bomPath) ? ErrorKind::Io : ErrorKind::BadInput));
    // Refuse a bad SBOM before the project is even opened.
    Result<Sbom> sbom = parseCycloneDx(file.read(64 * 1024 * 1024 + 1), bomPath);
    if (!sbom)
        return fail(sbom.error());

    Result<std::unique_ptr<ProjectStore>> store
        = ProjectStore::open(parser.positionalArguments().at(0));
    if (!store)
        return fail(store.error());
    Project project(store.value()->loaded());
    project.setSink(store.value().get());

    const QString source = QFileInfo(bomPath).fileName();
    SbomImportPlan plan
        = planSbomImport(project.data(), sbom.value(), source, QDate::currentDate());
    for (const QString &target : parser.values(attach)) {
        Result<Id> element = findElement(project.data(), target);
        if (!element)
            return fail(element.error());
        QList<Id> ids = project.data().elements[element.value()].components;
        for (const Id &id : plan.components) {
            if (!ids.contains(id))
                ids.append(id);
        }
        QJsonArray array;
        for (const Id &id : ids)
            array.append(idString(id));
        plan.batch.edits.push_back(
            SetAttribute{element.value(), QStringLiteral("components"), array});
    }
    if (Result<Edit> r = project.apply(plan.batch); !r)
        return fail(r.error());

    const ProjectData &data = project.data();
    if (parser.isSet(kJsonOutput)) {
        QJsonArray components;
        for (const Id &id : ProjectData::sortedIds(data.components))
            components.append(componentJson(data, data.components[id]));
        printJson(
            QJsonObject{{QStringLiteral("source"), source},
                        {QStringLiteral("specVersion"), sbom->specVersion},
                        {QStringLiteral("added"), plan.added},
                        {QStringLiteral("updated"), plan.updated},
                        {QStringLiteral("unchanged"), plan.unchanged},
                        {QStringLiteral("removed"), plan.removed},
                        {QStringLiteral("detached"), QJsonArray::fromStringList(plan.detached)},
                        {QStringLiteral("components"), components}});
    } else {
        QString text = QStringLiteral("%1 (CycloneDX %2): %3 component(s); %4 added, %5 updated, "
                                      "%6 unchanged, %7 removed\n")
                           .arg(source, sbom->specVersion)
                           .arg(data.components.size())
                           .arg(plan.added)
                           .arg(plan.updated)
                           .arg(plan.unchanged)
                           .arg(plan.removed);
        for (const QString &d : plan.detached)
            text += QStringLiteral("detached (no longer in the SBOM): %1\n").arg(d);
        printText(text);
    }
    return Success;
}

int runComponents(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJsonOutput);
    if (auto stop = parse(parser, args, QStringLiteral("components"),
                          QStringLiteral("List SBOM components and the elements that contain "
                                         "them. Attach with apply (setAttribute \"components\") "
                                         "or import-sbom --attach."),
                          1, 1))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    QJsonArray list;
    QString text;
    for (const Id &id : ProjectData::sortedIds(data->components)) {
        const Component &c = data->components[id];
        list.append(componentJson(data.value(), c));
        QStringList in;
        for (const Id &e : ProjectData::sortedIds(data->elements)) {
            if (data->elements[e].components.contains(id))
                in.append(data->elements[e].name);
        }
        text += QStringLiteral("%1  %2  %3  %4\n")
                    .arg(idString(id).left(8), componentLabel(c),
                         c.supplier.isEmpty() ? QStringLiteral("(no supplier)") : c.supplier,
                         in.isEmpty() ? QStringLiteral("(not attached)")
                                      : QStringLiteral("in ") + in.join(QStringLiteral(", ")));
    }
    if (parser.isSet(kJsonOutput))
        printJson(list);
    else
        printText(text.isEmpty() ? QStringLiteral("No components.\n") : text);
    return Success;
}

} // namespace tb::cli
