// cra classify and cra profile: the applicability questionnaire and the stored CRA profile.

#include "cli.h"

#include "core/project.h"
#include "cra/classifyanswers.h"
#include "store/projectstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace tb::cli {

namespace {

const QCommandLineOption kJsonOption(QStringLiteral("json"),
                                     QStringLiteral("Print one JSON document on stdout."));

QString profileText(const CraProfile &p, const ProjectData &data)
{
    QString text = QStringLiteral("%1 %2: %3\n")
                       .arg(data.product.name, data.product.version, craOutcomeLabel(p.outcome));
    const ApplicabilityCatalog &catalog = ApplicabilityCatalog::builtIn();
    for (const QString &id : p.categories) {
        const ProductCategory *c = catalog.category(id);
        text += QStringLiteral("Category: %1 %2\n").arg(id, c ? c->title : QString());
    }
    text += QStringLiteral("Answered by %1, classified %2 (questionnaire %3)\nReasoning:\n")
                .arg(p.classifiedBy, p.classifiedAt.toString(Qt::ISODate), p.questionnaireVersion);
    for (const QString &r : p.reasoning)
        text += QStringLiteral("  - %1\n").arg(r);
    if (!p.routes.isEmpty())
        text += QStringLiteral("Conformity assessment routes open:\n");
    for (const CraProfileRef &r : p.routes)
        text += QStringLiteral("  - %1 (%2)\n").arg(r.title, r.ref);
    text += QStringLiteral("Key dates:\n");
    for (const CraProfileRef &d : p.dates)
        text += QStringLiteral("  %1  %2 (%3)\n").arg(d.date.toString(Qt::ISODate), d.title, d.ref);
    const QStringList values = craProfileFieldValues(p);
    for (qsizetype i = 0; i < values.size(); ++i)
        text += QStringLiteral("%1: %2\n")
                    .arg(craProfileFieldNames().at(i), -21)
                    .arg(values.at(i).isEmpty() ? QStringLiteral("(not given)") : values.at(i));
    return text;
}

Result<QJsonObject> readAnswers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFile::exists(path) ? file.errorString() : QStringLiteral("no such file"),
                         path, QFile::exists(path) ? ErrorKind::Io : ErrorKind::BadInput);
    const QByteArray bytes = file.readAll();
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError)
        return makeError(
            QStringLiteral("not valid JSON: ") + err.errorString(),
            path + QStringLiteral(": line %1").arg(bytes.left(err.offset).count('\n') + 1));
    if (!doc.isObject())
        return makeError(QStringLiteral("expected an object"), path + QStringLiteral(": $"));
    return doc.object();
}

} // namespace

int runCraClassify(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("The project file."));
    const QCommandLineOption answers(QStringLiteral("answers"),
                                     QStringLiteral("The answers file (see README.md)."),
                                     QStringLiteral("FILE"));
    const QCommandLineOption by(QStringLiteral("by"),
                                QStringLiteral("Who answers; overrides the file's answeredBy."),
                                QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Classify and print, store nothing."));
    parser.addOption(answers);
    parser.addOption(by);
    parser.addOption(dryRun);
    parser.addOption(kJsonOption);
    if (auto stop = parse(parser, args, QStringLiteral("cra classify"),
                          QStringLiteral("Answer the CRA applicability questionnaire: scope, "
                                         "product class, conformity routes, support period. The "
                                         "result is stored in the project (undoable)."),
                          1, 1))
        return *stop;
    if (!parser.isSet(answers))
        return usageError(QStringLiteral("cra classify: --answers FILE is required"));
    Result<QJsonObject> sheet = readAnswers(parser.value(answers));
    if (!sheet)
        return fail(sheet.error());
    const QString path = parser.positionalArguments().at(0);
    const bool store = !parser.isSet(dryRun);
    std::unique_ptr<ProjectStore> projectStore;
    std::optional<ProjectData> data;
    if (store) {
        Result<std::unique_ptr<ProjectStore>> opened = ProjectStore::open(path);
        if (!opened)
            return fail(opened.error());
        projectStore = std::move(opened).value();
        data = projectStore->loaded();
    } else {
        Result<ProjectData> loaded = loadAny(path);
        if (!loaded)
            return fail(loaded.error());
        data = std::move(loaded).value();
    }
    const ProjectClassification classified
        = classifyProject(*data, sheet.value(), parser.value(by), craAnswerTime());
    const ClassifyResult &result = classified.result;
    if (!result.profile) {
        for (const Error &e : result.problems)
            message(QStringLiteral("threatbench-cli: %1: %2").arg(parser.value(answers), e.text()));
        message(QStringLiteral("cra classify: %1 answer(s) missing or invalid; nothing stored.")
                    .arg(result.problems.size()));
        return BadInput;
    }
    const CraProfile &profile = *result.profile;
    if (store) {
        Project project(*data);
        project.setSink(projectStore.get());
        if (Result<Edit> r = project.apply(*classified.edit); !r)
            return fail(r.error());
    }
    if (parser.isSet(kJsonOption)) {
        QJsonObject out = toJson(profile);
        out.insert(QStringLiteral("stored"), store);
        printJson(out);
    } else {
        printText(profileText(profile, *data));
        message(store ? QStringLiteral("Stored the CRA profile; product class is now %1.")
                            .arg(profile.inScope() ? profile.outcome : QStringLiteral("default"))
                      : QStringLiteral("Dry run: nothing stored."));
    }
    return Success;
}

int runCraProfile(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("PROJECT"),
                                 QStringLiteral("A project or exchange file."));
    parser.addOption(kJsonOption);
    if (auto stop = parse(parser, args, QStringLiteral("cra profile"),
                          QStringLiteral("Show the stored CRA profile (class, reasoning, routes, "
                                         "support period, contacts). Exit 1 when there is none."),
                          1, 1))
        return *stop;
    Result<ProjectData> data = loadAny(parser.positionalArguments().at(0));
    if (!data)
        return fail(data.error());
    const std::optional<CraProfile> profile = craProfileOf(data.value());
    if (!profile) {
        message(QStringLiteral("No CRA profile yet: run 'threatbench-cli cra classify'."));
        return CheckFailed;
    }
    if (parser.isSet(kJsonOption))
        printJson(toJson(*profile));
    else
        printText(profileText(*profile, data.value()));
    return Success;
}

} // namespace tb::cli
