// Canonical JSON: stable bytes, lossless round trips, small diffs, and errors that point home.

#include "core/propertycatalog.h"
#include "io/canonicaljson.h"
#include "sampleproject.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace tb;
using tb::test::sampleIds;
using tb::test::sampleProject;

class tst_CanonicalJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsLossless();
    void bytesAreStable();
    void oneChangeIsOneLine();
    void awkwardTextAndNumbersSurvive();
    void examplesRoundTripByteIdentical_data();
    void examplesRoundTripByteIdentical();
    void errorsNameFileAndPath_data();
    void errorsNameFileAndPath();
    void exportWritesAtomically();
    void schemaShipsAndNamesEveryTopLevelKey();
};

namespace {
const PropertyCatalog &catalog()
{
    return PropertyCatalog::builtIn();
}

QStringList changedLines(const QByteArray &a, const QByteArray &b)
{
    const QList<QByteArray> la = a.split('\n'), lb = b.split('\n');
    QStringList out;
    if (la.size() != lb.size())
        return {QStringLiteral("line count differs")};
    for (qsizetype i = 0; i < la.size(); ++i) {
        if (la[i] != lb[i])
            out.append(QString::fromUtf8(lb[i]));
    }
    return out;
}
} // namespace

void tst_CanonicalJson::roundTripIsLossless()
{
    ProjectData data = sampleProject();
    data.settings.insert(QStringLiteral("report.options"),
                         QJsonObject{{QStringLiteral("paper"), QStringLiteral("letter")},
                                     {QStringLiteral("language"), QStringLiteral("fr")}});
    // A detail diagram (DFD level below an element) keeps its link.
    const Id detail = newId();
    const Id detailed = data.elements.constBegin().key();
    data.diagrams.insert(detail, Diagram{detail, QStringLiteral("Detail"), {}, detailed});
    const QByteArray bytes = writeCanonicalJson(data);
    QVERIFY(bytes.contains(QByteArray(QByteArray("\"parent\": \"") + idString(detailed).toUtf8())));
    Result<ProjectData> back = readCanonicalJson(bytes, QStringLiteral("x.json"), catalog());
    QVERIFY2(back.ok(), qPrintable(back.error().text()));
    QVERIFY(back.value() == data);
    QCOMPARE(writeCanonicalJson(back.value()), bytes);
}

void tst_CanonicalJson::bytesAreStable()
{
    const QByteArray bytes = writeCanonicalJson(sampleProject());
    QCOMPARE(writeCanonicalJson(sampleProject()), bytes);
    QVERIFY(bytes.startsWith("{\n  \"format\": \"threatbench\",\n  \"formatVersion\": 1,\n"));
    QVERIFY(bytes.endsWith("}\n"));
    // Objects open with their id, and points stay on one line.
    QVERIFY(bytes.contains("    {\n      \"id\": \"00000000-0000-4000-8000-000000000005\",\n"));
    QVERIFY(bytes.contains("\"points\": [[250, -50], [250, 450]]"));
}

void tst_CanonicalJson::oneChangeIsOneLine()
{
    ProjectData data = sampleProject();
    const QByteArray before = writeCanonicalJson(data);
    QVERIFY(applyEdit(data, catalog(),
                      SetAttribute{sampleIds().app, QStringLiteral("name"), QStringLiteral("API")})
                .ok());
    QCOMPARE(changedLines(before, writeCanonicalJson(data)),
             QStringList{QStringLiteral("      \"name\": \"API\",")});
    ProjectData moved = sampleProject();
    QVERIFY(applyEdit(moved, catalog(),
                      MoveItems{sampleIds().diagram,
                                {{sampleIds().user, Placement{QRectF(5, 150, 100, 60), {}}}}})
                .ok());
    QCOMPARE(changedLines(before, writeCanonicalJson(moved)).size(), 1);
}

void tst_CanonicalJson::awkwardTextAndNumbersSurvive()
{
    ProjectData data = sampleProject();
    const QString name = QStringLiteral("Say \"hi\"\\ \u00e9\u4e2d\U0001F512\n\ttab\x01 </script>");
    QVERIFY(applyEdit(data, catalog(),
                      SetAttribute{sampleIds().app, QStringLiteral("description"), name})
                .ok());
    QVERIFY(applyEdit(data, catalog(),
                      MoveItems{sampleIds().diagram,
                                {{sampleIds().user,
                                  Placement{QRectF(0.1, -1e-7, 1e15 + 0.5, 2.5e-300), {}}}}})
                .ok());
    const QByteArray bytes = writeCanonicalJson(data);
    Result<ProjectData> back = readCanonicalJson(bytes, QStringLiteral("x.json"), catalog());
    QVERIFY2(back.ok(), qPrintable(back.error().text()));
    QVERIFY(back.value() == data);
    QCOMPARE(back->elements[sampleIds().app].description, name);
    QVERIFY(bytes.contains("\\u0001"));
}

void tst_CanonicalJson::examplesRoundTripByteIdentical_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(test::sourcePath(QStringLiteral("templates/examples")));
    const QStringList files = dir.entryList({QStringLiteral("*.threatbench.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &f : files)
        QTest::addRow("%s", qPrintable(f)) << dir.filePath(f);
}

void tst_CanonicalJson::examplesRoundTripByteIdentical()
{
    QFETCH(QString, path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    Result<ProjectData> data = readCanonicalJson(bytes, path, catalog());
    QVERIFY2(data.ok(), qPrintable(data.error().text()));
    QCOMPARE(writeCanonicalJson(data.value()), bytes);
}

void tst_CanonicalJson::errorsNameFileAndPath_data()
{
    const auto &ids = sampleIds();
    const QByteArray good = writeCanonicalJson(sampleProject());
    const auto replaced = [&](const QByteArray &from, const QByteArray &to) {
        QByteArray b = good;
        Q_ASSERT(b.contains(from));
        return b.replace(b.indexOf(from), from.size(), to);
    };
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("what");
    QTest::addRow("syntax") << replaced("\"formatVersion\": 1,", "\"formatVersion\": 1,,")
                            << "f.json: line 3, column"
                            << "not valid JSON";
    QTest::addRow("not an object") << QByteArray("[1, 2]") << "f.json: $"
                                   << "expected an object";
    QTest::addRow("empty file") << QByteArray() << "f.json: line 1"
                                << "not valid JSON";
    QTest::addRow("other format") << replaced("\"threatbench\"", "\"otm\"") << "$.format"
                                  << "Threatbench file";
    QTest::addRow("newer version")
        << replaced("\"formatVersion\": 1", "\"formatVersion\": 7") << "$.formatVersion"
        << "upgrade Threatbench";
    QTest::addRow("bad kind") << replaced("\"kind\": \"process\"", "\"kind\": \"proc\"")
                              << "$.elements["
                              << "expected one of \"external\"";
    QTest::addRow("unknown field")
        << replaced("\"kind\": \"process\"", "\"colour\": \"red\"") << "$.elements["
        << "unknown field";
    QTest::addRow("bad id") << replaced(idString(ids.app).toLatin1() + "\",\n      \"kind\"",
                                        "not-a-uuid\",\n      \"kind\"")
                            << ".id"
                            << "expected an id";
    QTest::addRow("trust level") << replaced("\"trustLevel\": 3", "\"trustLevel\": 3.5")
                                 << "$.boundaries["
                                 << "whole number from 0 to 5";
    QTest::addRow("dangling flow end")
        << replaced("\"target\": \"" + idString(ids.store).toLatin1(),
                    "\"target\": \"00000000-0000-4000-8000-000000000077")
        << "$.flows["
        << "does not exist";
    QTest::addRow("property type")
        << replaced("\"encryptedAtRest\": true", "\"encryptedAtRest\": 1") << "$.elements["
        << "expected true or false";
    QTest::addRow("bad rect") << replaced("\"rect\": [0, 150, 100, 60]", "\"rect\": [0, 150, 100]")
                              << "$.diagrams[0].placements["
                              << "[x, y, width, height]";
    QTest::addRow("missing product") << replaced("\"product\"", "\"produce\"") << "$.produce"
                                     << "unknown field";
    QTest::addRow("unknown setting")
        << replaced("\"format\": \"threatbench\",",
                    "\"format\": \"threatbench\", \"settings\": {\"x.y\": {\"a\": 1}},")
        << "$.settings.x.y"
        << "unknown project setting";
    QTest::addRow("bad setting field")
        << replaced("\"format\": \"threatbench\",",
                    "\"format\": \"threatbench\", \"settings\": {\"report.options\": "
                    "{\"language\": \"de\"}},")
        << "$.settings.report.options.language"
        << "expected one of en, fr";
}

void tst_CanonicalJson::errorsNameFileAndPath()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    QFETCH(QString, what);
    Result<ProjectData> r = readCanonicalJson(bytes, QStringLiteral("f.json"), catalog());
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(QStringLiteral("f.json: ")), qPrintable(r.error().text()));
    QVERIFY2(r.error().where.contains(where), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(what), qPrintable(r.error().text()));
}

void tst_CanonicalJson::exportWritesAtomically()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.threatbench.json"));
    QVERIFY(exportCanonicalJsonFile(sampleProject(), path).ok());
    Result<ProjectData> back = importCanonicalJsonFile(path, catalog());
    QVERIFY(back.ok());
    QVERIFY(back.value() == sampleProject());
    const Result<void> r = exportCanonicalJsonFile(
        sampleProject(), dir.filePath(QStringLiteral("no/such/dir.json")));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::Io);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
}

void tst_CanonicalJson::schemaShipsAndNamesEveryTopLevelKey()
{
    QFile file(test::sourcePath(QStringLiteral("resources/schema/threatbench.schema.json")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray schema = file.readAll();
    QJsonParseError err;
    QJsonDocument::fromJson(schema, &err);
    QCOMPARE(err.error, QJsonParseError::NoError);
    for (const char *key : {"formatVersion", "product", "dataAssets", "boundaries", "elements",
                            "flows", "diagrams", "placements", "trustLevel", "craClass"})
        QVERIFY2(schema.contains(QByteArray(QByteArray("\"") + key + "\"")), key);
}

QTEST_GUILESS_MAIN(tst_CanonicalJson)
#include "tst_canonicaljson.moc"
