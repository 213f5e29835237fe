// Which files ProjectStore::open() accepts: the refused-file table, the released-schema
// fixtures, and migrations (including one that fails and must leave the file untouched).

#include "storetestdata.h"
#include "testsupport.h"

#include "core/propertycatalog.h"
#include "store/migrations.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QtTest>

using namespace tb;
using namespace tb::test;

class tst_StoreFiles : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadFiles_data();
    void refusesBadFiles();
    void refusesFolder();
    void fixtureDataIsValid();
    void writeFixture();
    void openReleasedFixture_data();
    void openReleasedFixture();
    void migrationToV2();
    void migrationToV3();
    void migrationToV4();
    void migrationToV5();
    void migrationToV6();
    void migrationUpgradesFile();
    void failingMigrationRollsBack();
    void failingV2StepRollsBack();
    void failingV3StepRollsBack();
    void readOnlyOpenOfOldFileAsksForUpgrade();
    void createRefusesExistingFile();
    void createLeavesNoTemporaryFiles();
    void constants();

private:
    QString copyFixture(const QTemporaryDir &dir, const QString &name);
    // Bytes of a closed, valid project of a few dozen pages (for truncation and corruption).
    QByteArray m_validBytes;
};

void tst_StoreFiles::initTestCase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProjectData data = Project::blank(QStringLiteral("Sizeable"));
    for (int i = 0; i < 300; ++i) {
        Element e;
        e.id = newId();
        e.name = QStringLiteral("element %1").arg(i);
        e.description = QString(60, QLatin1Char('x'));
        data.elements.insert(e.id, e);
    }
    const QString path = dir.filePath(QStringLiteral("valid.threatbench"));
    QVERIFY(ProjectStore::create(path, data).ok()); // the store closes at once
    m_validBytes = fileBytes(path);
    QVERIFY(m_validBytes.size() > 16 * 4096);
}

void tst_StoreFiles::refusesBadFiles_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");

    QTest::addRow("missing") << false << QByteArray() << QStringLiteral("not found");
    QTest::addRow("zero bytes") << true << QByteArray() << QStringLiteral("empty");
    QTest::addRow("text") << true << QByteArray("name,kind\nweb,process\n").repeated(50)
                          << QStringLiteral("not an SQLite database");
    QTest::addRow("header only") << true << m_validBytes.left(100) << QStringLiteral("truncated");
    QTest::addRow("first half") << true << m_validBytes.left(m_validBytes.size() / 2)
                                << QStringLiteral("truncated");

    // Overwrite the start of a page in the middle: its b-tree header becomes garbage.
    QByteArray corrupt = m_validBytes;
    const qsizetype page = (corrupt.size() / 2 / 4096) * 4096;
    corrupt.replace(page, 512, QByteArray(512, '\xa5'));
    QTest::addRow("corrupt page") << true << corrupt << QStringLiteral("damaged");

    // A valid SQLite file of another application, and one of no application at all.
    QTemporaryDir dir;
    const std::pair<const char *, bool> foreign[] = {{"other application", true}, {"no id", false}};
    for (const auto &[name, setId] : foreign) {
        const QString path = dir.filePath(QLatin1String(name));
        {
            auto db = sql::Database::open(path, sql::Database::OpenMode::Create);
            QVERIFY(db.ok());
            QVERIFY(db.value()->exec("CREATE TABLE notes (text TEXT)").ok());
            if (setId) // 0x12345678
                QVERIFY(db.value()->exec("PRAGMA application_id = 305419896").ok());
        }
        QTest::addRow("%s", name) << true << fileBytes(path)
                                  << QStringLiteral("another application");
    }

    // Ours and sound to SQLite, but with a row the loader cannot decode.
    const struct
    {
        const char *name;
        const char *update;
        const char *expected;
    } badRows[] = {
        {"undecodable row", "UPDATE elements SET kind = 'robot'", "an unknown element kind"},
        {"undecodable threat status", "UPDATE threats SET status = 'done' WHERE rowid = 1",
         "an unknown threat status"},
        {"undecodable threat category", "UPDATE threats SET category = 'x' WHERE rowid = 2",
         "an unknown threat category"},
        {"undecodable threat id", "UPDATE threats SET id = 'T-1' WHERE rowid = 3",
         "a bad id in threats"},
        {"threat with fractional CWE", "UPDATE threats SET cwe = '[1.5]' WHERE rowid = 1",
         "bad JSON in threats"},
        {"threat with text CAPEC", "UPDATE threats SET capec = '[\"37\"]' WHERE rowid = 2",
         "bad JSON in threats"},
        {"threat with bad involved id",
         "UPDATE threats SET involved = '[{\"id\":\"x\",\"kind\":\"flow\",\"name\":\"\"}]'",
         "bad JSON in threats"},
        {"threat with truncated annex", "UPDATE threats SET annex = '[\"I(1)\"'",
         "bad JSON in threats"},
        {"threat with object mitigations", "UPDATE threats SET mitigations = '{}'",
         "bad JSON in threats"},
        {"undecodable task status", "UPDATE tasks SET status = 'done' WHERE rowid = 1",
         "an unknown task status"},
        {"undecodable task id", "UPDATE tasks SET id = 'K-1' WHERE rowid = 2", "a bad id in tasks"},
        {"task with bad due date", "UPDATE tasks SET due = '2025-02-30' WHERE rowid = 1",
         "a bad task due date"},
        {"task with empty due date", "UPDATE tasks SET due = '' WHERE rowid = 1",
         "a bad task due date"},
        {"task with due date and time", "UPDATE tasks SET due = '2025-03-31T10:00' WHERE rowid = 1",
         "a bad task due date"},
        {"task with bad threat id", "UPDATE tasks SET threats = '[\"T-1\"]' WHERE rowid = 3",
         "bad JSON in tasks"},
        {"task with number annex", "UPDATE tasks SET annex = '[1]' WHERE rowid = 2",
         "bad JSON in tasks"},
        {"task with bad evidence date",
         "UPDATE tasks SET evidence = "
         "'[{\"date\":\"2025-13-01\",\"kind\":\"note\",\"value\":\"v\"}]'",
         "bad JSON in tasks"},
        {"task with evidence missing its value",
         "UPDATE tasks SET evidence = '[{\"date\":\"\",\"kind\":\"note\"}]'", "bad JSON in tasks"},
        {"task with object evidence", "UPDATE tasks SET evidence = '{}'", "bad JSON in tasks"},
    };
    for (const auto &bad : badRows) {
        const QString path = dir.filePath(QLatin1String(bad.name));
        QVERIFY(ProjectStore::create(path, schemaV3Data()).ok());
        QVERIFY(rawQuery(path, bad.update).isEmpty());
        QTest::addRow("%s", bad.name)
            << true << fileBytes(path) << QStringLiteral("damaged: ") + QLatin1String(bad.expected);
    }

    // Ours, from a future schema: the next one, and a far one.
    for (const int version : {ProjectStore::schemaVersion() + 1, 70}) {
        const QString newer = dir.filePath(QStringLiteral("newer-%1.threatbench").arg(version));
        QVERIFY(ProjectStore::create(newer, schemaV3Data()).ok());
        {
            auto db = sql::Database::open(newer, sql::Database::OpenMode::ReadWrite);
            const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(version);
            QVERIFY(db.ok() && db.value()->exec(pragma.constData()).ok());
        }
        QTest::addRow("schema %d", version)
            << true << fileBytes(newer)
            << QStringLiteral("schema version %1; this version reads up to %2). Upgrade "
                              "Threatbench")
                   .arg(version)
                   .arg(ProjectStore::schemaVersion());
    }
}

void tst_StoreFiles::refusesBadFiles()
{
    QFETCH(bool, exists);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("project.threatbench"));
    if (exists)
        QVERIFY(writeBytes(path, bytes));
    const QStringList entriesBefore = dirEntries(dir.path());

    for (ProjectStore::Mode mode : {ProjectStore::Mode::ReadWrite, ProjectStore::Mode::ReadOnly}) {
        const auto store = ProjectStore::open(path, mode);
        QVERIFY(!store.ok());
        QCOMPARE(store.error().kind, ErrorKind::BadInput);
        QVERIFY2(store.error().message.contains(expected), qPrintable(store.error().text()));
        QCOMPARE(store.error().where, path);
        // Untouched, and nothing left beside it (-wal, -shm, -journal, .lock).
        QCOMPARE(QFileInfo::exists(path), exists);
        QCOMPARE(fileBytes(path), bytes);
        QCOMPARE(dirEntries(dir.path()), entriesBefore);
    }
}

void tst_StoreFiles::refusesFolder()
{
    QTemporaryDir dir;
    const auto store = ProjectStore::open(dir.path());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().kind, ErrorKind::BadInput);
    QVERIFY(store.error().message.contains(QLatin1String("folder")));
}

void tst_StoreFiles::fixtureDataIsValid()
{
    for (const ProjectData &data : {schemaV1Data(), schemaV2Data(), schemaV3Data(), schemaV4Data(),
                                    schemaV5Data(), schemaV6Data()}) {
        const Result<void> valid = Project::validate(data, PropertyCatalog::builtIn());
        QVERIFY2(valid.ok(), qPrintable(valid ? QString() : valid.error().text()));
    }
}

// How the fixture of the current schema is made, by this build's ProjectStore::create:
//   TB_WRITE_STORE_FIXTURES=tests/data ./tst_storefiles writeFixture
// tests/data/schema-v1.threatbench (schemaV1Data()) was written so at schema 1 and
// tests/data/schema-v2.threatbench (schemaV2Data(), with the threat register) at schema 2 and
// tests/data/schema-v3.threatbench (schemaV3Data(), with tasks and decisions) at schema 3 and
// tests/data/schema-v4.threatbench (schemaV4Data(), with SBOM components) at schema 4 and
// tests/data/schema-v5.threatbench (schemaV5Data(), with an EBIOS RM study) at schema 5 and
// tests/data/schema-v6.threatbench (schemaV6Data(), with project settings) at schema 6.
// Released fixtures are never rewritten: a new schema adds a file, its data and a row in
// openReleasedFixture.
void tst_StoreFiles::writeFixture()
{
    const QString out = qEnvironmentVariable("TB_WRITE_STORE_FIXTURES");
    if (out.isEmpty())
        QSKIP("set TB_WRITE_STORE_FIXTURES=<folder> to write the fixture of the current schema");
    const QString path
        = out + QStringLiteral("/schema-v%1.threatbench").arg(ProjectStore::schemaVersion());
    QFile::remove(path);
    QCOMPARE(ProjectStore::schemaVersion(), 7); // write schemaV<N>Data() for a new schema N
    QVERIFY(ProjectStore::create(path, schemaV6Data()).ok());
}

void tst_StoreFiles::openReleasedFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<ProjectData>("expected");
    // One row per released schema; each must open (migrated) to the data it was written with.
    QTest::addRow("v1") << QStringLiteral("schema-v1.threatbench") << schemaV1Data();
    QTest::addRow("v2") << QStringLiteral("schema-v2.threatbench") << schemaV2Data();
    QTest::addRow("v3") << QStringLiteral("schema-v3.threatbench") << schemaV3Data();
    QTest::addRow("v4") << QStringLiteral("schema-v4.threatbench") << schemaV4Data();
    QTest::addRow("v5") << QStringLiteral("schema-v5.threatbench") << schemaV5Data();
    QTest::addRow("v6") << QStringLiteral("schema-v6.threatbench") << schemaV6Data();
}

void tst_StoreFiles::openReleasedFixture()
{
    QFETCH(QString, fixture);
    QFETCH(ProjectData, expected);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, fixture);
    QVERIFY(!path.isEmpty());
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);
    }
    // Read-only too, once migrated.
    {
        const auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
}

// The real steps 1 -> 2 -> 3: add the empty threat register (and task tables), keep
// everything else.
void tst_StoreFiles::migrationToV2()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.threatbench"));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("1")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'threats'"),
             QStringList{QStringLiteral("0")});
    ProjectData expected = schemaV1Data();
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);
        QVERIFY(store.value()->loaded().threats.isEmpty());

        // The migrated file takes threats at once.
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const ProjectData v2 = schemaV2Data();
        for (const Threat &t : v2.threats)
            QVERIFY(project.apply(AddThreat{t}).ok());
        QCOMPARE(project.data(), v2);
        expected = project.data();
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    // Only the table: no index serves a query yet.
    QCOMPARE(rawQuery(path, "SELECT name FROM sqlite_schema WHERE tbl_name = 'threats' AND "
                            "sql IS NOT NULL"),
             QStringList{QStringLiteral("threats")});
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), expected);
}

// The real step 2 -> 3: adds empty task and decision tables, keeps the threat register.
void tst_StoreFiles::migrationToV3()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v2.threatbench"));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("2")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('tasks', "
                            "'requirement_decisions')"),
             QStringList{QStringLiteral("0")});
    ProjectData expected = schemaV2Data();
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);
        QVERIFY(store.value()->loaded().tasks.isEmpty());
        QVERIFY(store.value()->loaded().decisions.isEmpty());

        // The migrated file takes tasks and decisions at once.
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const ProjectData v3 = schemaV3Data();
        for (const Id &id : ProjectData::sortedIds(v3.tasks))
            QVERIFY(project.apply(AddTask{v3.tasks[id]}).ok());
        for (const RequirementDecision &d : v3.decisions)
            QVERIFY(
                project.apply(SetRequirementApplicability{d.annexId, true, d.justification}).ok());
        QCOMPARE(project.data(), v3);
        expected = project.data();
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    QCOMPARE(rawQuery(path, "SELECT name FROM sqlite_schema WHERE tbl_name IN ('tasks', "
                            "'requirement_decisions') AND sql IS NOT NULL ORDER BY name"),
             (QStringList{QStringLiteral("requirement_decisions"), QStringLiteral("tasks")}));
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), expected);
}

// The real step 3 -> 4: adds empty component and SBOM tables and an empty component list on
// every element, keeps everything else.
void tst_StoreFiles::migrationToV4()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v3.threatbench"));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("3")});
    ProjectData expected = schemaV3Data();
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);

        // The migrated file takes components, attachments and the SBOM record at once.
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const ProjectData v4 = schemaV4Data();
        for (const Id &id : ProjectData::sortedIds(v4.components)) {
            Component c = v4.components[id];
            c.dependsOn.clear();
            QVERIFY(project.apply(AddComponent{c}).ok());
        }
        for (const Id &id : ProjectData::sortedIds(v4.components))
            QVERIFY(project.apply(UpdateComponent{v4.components[id]}).ok());
        const Id api = fixedId(41);
        QVERIFY(project
                    .apply(SetAttribute{api, QStringLiteral("components"),
                                        QJsonArray{idString(fixedId(81)), idString(fixedId(80))}})
                    .ok());
        QVERIFY(project.apply(SetSbomInfo{v4.sbom}).ok());
        QCOMPARE(project.data(), v4);
        expected = project.data();
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), expected);
}

// The real step 4 -> 5: adds the empty study tables; the study goes in through the funnel.
void tst_StoreFiles::migrationToV5()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v4.threatbench"));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("4")});
    ProjectData expected = schemaV4Data();
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), expected);
        QVERIFY(store.value()->loaded().study.isEmpty());
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const ProjectData v5 = schemaV5Data();
        Batch batch;
        QList<Id> ids = v5.study.items.keys();
        std::sort(ids.begin(), ids.end(), [&](const Id &a, const Id &b) {
            const auto ra = v5.study.items[a].index(), rb = v5.study.items[b].index();
            return ra != rb ? ra < rb : idLess(a, b);
        });
        for (const Id &id : ids) {
            StudyItem item = v5.study.items[id];
            if (auto *s = std::get_if<Stakeholder>(&item))
                s->reaches.removeAll(fixedId(97)); // the CDN comes later
            batch.edits.push_back(PutStudyItem{item});
        }
        batch.edits.push_back(PutStudyItem{v5.study.items[fixedId(96)]});
        batch.edits.push_back(SetStudySettings{v5.study.settings});
        batch.edits.push_back(SetRiskCriteria{v5.criteria});
        for (const RiskTreatment &t : v5.treatments)
            batch.edits.push_back(SetTreatment{t});
        const Result<Edit> r = project.apply(batch);
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(project.data(), v5);
        expected = project.data();
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM study_items"), QStringList{QStringLiteral("10")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM treatments"), QStringList{QStringLiteral("2")});
    const auto reopened = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
    QVERIFY(reopened.ok());
    QCOMPARE(reopened.value()->loaded(), expected);
}

// 5 -> 6: the settings table; report options go in and come back, and can be removed.
void tst_StoreFiles::migrationToV6()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v5.threatbench"));
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("5")});
    ProjectData expected = schemaV6Data();
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), schemaV5Data());
        Project project(store.value()->loaded());
        project.setSink(store.value().get());
        const QString key = QStringLiteral("report.options");
        const Result<Edit> r = project.apply(SetProjectSetting{key, expected.settings.value(key)});
        QVERIFY2(r.ok(), qPrintable(r ? QString() : r.error().text()));
        QCOMPARE(project.data(), expected);
    }
    QCOMPARE(rawQuery(path, "SELECT key FROM settings"),
             QStringList{QStringLiteral("report.options")});
    {
        const auto reopened = ProjectStore::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->loaded(), expected);
        Project project(reopened.value()->loaded());
        project.setSink(reopened.value().get());
        QVERIFY(project.apply(SetProjectSetting{QStringLiteral("report.options"), {}}).ok());
    }
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM settings"), QStringList{QStringLiteral("0")});
}

// A step after the built-in ones, as the next schema will add one.
void tst_StoreFiles::migrationUpgradesFile()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.threatbench"));
    std::vector<store::Migration> steps = store::builtInMigrations();
    const int next = steps.back().version + 1;
    steps.push_back({next, [](sql::Database &db) {
                         return db.exec("ALTER TABLE elements ADD COLUMN note TEXT");
                     }});
    const store::ScopedMigrations scoped(std::move(steps));
    {
        const auto store = ProjectStore::open(path);
        QVERIFY2(store.ok(), qPrintable(store ? QString() : store.error().text()));
        QCOMPARE(store.value()->loaded(), schemaV1Data());
    }
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QString::number(next)});
    QCOMPARE(rawQuery(path, "SELECT count(note) FROM elements"), QStringList{QStringLiteral("0")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM threats"), QStringList{QStringLiteral("0")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM tasks"), QStringList{QStringLiteral("0")});
}

void tst_StoreFiles::failingMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.threatbench"));
    const QByteArray before = fileBytes(path);
    const QStringList entriesBefore = dirEntries(dir.path());
    {
        // Steps 2 and 3 (the real ones) and the next change schema and rows; the one after
        // fails: all of it must roll back.
        std::vector<store::Migration> steps = store::builtInMigrations();
        const int next = steps.back().version + 1;
        steps.push_back({next, [](sql::Database &db) {
                             return db.exec("ALTER TABLE elements ADD COLUMN note TEXT;"
                                            "UPDATE elements SET name = 'changed';"
                                            "CREATE TABLE extra (x);"
                                            "INSERT INTO extra VALUES (zeroblob(100000));");
                         }});
        steps.push_back({next + 1, [](sql::Database &db) {
                             return db.exec("SELECT * FROM no_such");
                         }});
        const store::ScopedMigrations scoped(std::move(steps));
        const auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(
                     QStringLiteral("from schema version 1 to %1").arg(next + 1)),
                 qPrintable(store.error().text()));
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(dirEntries(dir.path()), entriesBefore);
    const auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->loaded(), schemaV1Data());
}

// The step 1 -> 2 itself fails after it created the threats table and wrote to it: the v1 file
// stays byte for byte as it was, and a later open with the real step upgrades it.
void tst_StoreFiles::failingV2StepRollsBack()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.threatbench"));
    const QByteArray before = fileBytes(path);
    const QStringList entriesBefore = dirEntries(dir.path());
    {
        std::vector<store::Migration> steps = store::builtInMigrations();
        QCOMPARE(steps.size(), std::size_t(7));
        QCOMPARE(steps[1].version, 2);
        const store::Migration real = steps[1];
        steps[1].run = [real](sql::Database &db) -> Result<void> {
            if (Result<void> r = real.run(db); !r)
                return r;
            if (Result<void> r = db.exec("INSERT INTO threats VALUES ('x', NULL, 'spoofing', "
                                         "'t', '', 'new', '', 2, 2, 1, '[]', '[]', '[]', '[]', "
                                         "'[]'); UPDATE elements SET name = 'changed';");
                !r)
                return r;
            return makeError(QStringLiteral("disk on fire"));
        };
        const store::ScopedMigrations scoped(std::move(steps));
        const auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(
                     QLatin1String("from schema version 1 to 2: disk on fire")),
                 qPrintable(store.error().text()));
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(dirEntries(dir.path()), entriesBefore);
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name = 'threats'"),
             QStringList{QStringLiteral("0")});
    const auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->loaded(), schemaV1Data());
}

// The step 2 -> 3 itself fails after it created the task tables and wrote to them and to the
// threats: the v2 file stays byte for byte as it was, and a later open upgrades it.
void tst_StoreFiles::failingV3StepRollsBack()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v2.threatbench"));
    const QByteArray before = fileBytes(path);
    const QStringList entriesBefore = dirEntries(dir.path());
    {
        std::vector<store::Migration> steps = store::builtInMigrations();
        QCOMPARE(steps.size(), std::size_t(7));
        QCOMPARE(steps[2].version, 3);
        const store::Migration real = steps[2];
        steps[2].run = [real](sql::Database &db) -> Result<void> {
            if (Result<void> r = real.run(db); !r)
                return r;
            if (Result<void> r = db.exec(
                    "INSERT INTO tasks VALUES ('x', '', 't', '', '', NULL, 'planned', '', '[]', "
                    "'[]', '[]'); INSERT INTO requirement_decisions VALUES ('I(1)', 'no');"
                    "UPDATE threats SET title = 'changed'; DELETE FROM elements;");
                !r)
                return r;
            return makeError(QStringLiteral("disk on fire"));
        };
        const store::ScopedMigrations scoped(std::move(steps));
        const auto store = ProjectStore::open(path);
        QVERIFY(!store.ok());
        QVERIFY2(store.error().message.contains(
                     QLatin1String("from schema version 2 to 3: disk on fire")),
                 qPrintable(store.error().text()));
    }
    QCOMPARE(fileBytes(path), before);
    QCOMPARE(dirEntries(dir.path()), entriesBefore);
    QCOMPARE(rawQuery(path, "PRAGMA user_version"), QStringList{QStringLiteral("2")});
    QCOMPARE(rawQuery(path, "SELECT count(*) FROM sqlite_schema WHERE name IN ('tasks', "
                            "'requirement_decisions')"),
             QStringList{QStringLiteral("0")});
    const auto store = ProjectStore::open(path);
    QVERIFY(store.ok());
    QCOMPARE(store.value()->loaded(), schemaV2Data());
}

// Read-only never migrates: an older file is refused with what to do, and left untouched.
void tst_StoreFiles::readOnlyOpenOfOldFileAsksForUpgrade()
{
    for (const char *fixture : {"schema-v1.threatbench", "schema-v2.threatbench",
                                "schema-v3.threatbench", "schema-v4.threatbench"}) {
        QTemporaryDir dir;
        const QString path = copyFixture(dir, QLatin1String(fixture));
        const QByteArray before = fileBytes(path);
        const QStringList entriesBefore = dirEntries(dir.path());
        const auto store = ProjectStore::open(path, ProjectStore::Mode::ReadOnly);
        QVERIFY2(!store.ok(), fixture);
        QVERIFY2(store.error().message.contains(
                     QLatin1String("older version of Threatbench; open it for editing once to "
                                   "upgrade it")),
                 qPrintable(store.error().text()));
        QCOMPARE(store.error().where, path);
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(dirEntries(dir.path()), entriesBefore);
    }
}

void tst_StoreFiles::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("existing.threatbench"));
    QVERIFY(writeBytes(path, "precious"));
    const auto store = ProjectStore::create(path, schemaV1Data());
    QVERIFY(!store.ok());
    QCOMPARE(store.error().kind, ErrorKind::BadInput);
    QVERIFY(store.error().message.contains(QLatin1String("already exists")));
    QCOMPARE(fileBytes(path), QByteArray("precious"));
    QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("existing.threatbench")});
}

void tst_StoreFiles::createLeavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.threatbench"));
    {
        const auto store = ProjectStore::create(path, schemaV1Data());
        QVERIFY(store.ok());
        QCOMPARE(store.value()->loaded(), schemaV1Data());
        QVERIFY(!store.value()->isReadOnly());
        // While open: the file, its WAL files and the lock; no temporary file.
        QCOMPARE(dirEntries(dir.path()), (QStringList{QStringLiteral("new.threatbench"),
                                                      QStringLiteral("new.threatbench-shm"),
                                                      QStringLiteral("new.threatbench-wal"),
                                                      QStringLiteral("new.threatbench.lock")}));
    }
    QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("new.threatbench")});

    // A folder that does not exist: an Io error and nothing created.
    const QString nowhere = dir.filePath(QStringLiteral("no/such/folder/p.threatbench"));
    const auto failed = ProjectStore::create(nowhere, schemaV1Data());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, ErrorKind::Io);
    QCOMPARE(dirEntries(dir.path()), QStringList{QStringLiteral("new.threatbench")});
}

void tst_StoreFiles::constants()
{
    QCOMPARE(ProjectStore::applicationId(), 0x54424E43);
    QCOMPARE(ProjectStore::schemaVersion(), store::latestSchemaVersion());
    QCOMPARE(store::builtInMigrations().back().version, ProjectStore::schemaVersion());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("c.threatbench"));
    QVERIFY(ProjectStore::create(path, schemaV1Data()).ok());
    QCOMPARE(rawQuery(path, "PRAGMA application_id"),
             QStringList{QString::number(ProjectStore::applicationId())});
    QCOMPARE(ProjectStore::schemaVersion(), 7);
    QCOMPARE(rawQuery(path, "PRAGMA user_version"),
             QStringList{QString::number(ProjectStore::schemaVersion())});
    QCOMPARE(rawQuery(path, "PRAGMA journal_mode"), QStringList{QStringLiteral("wal")});
}

QString tst_StoreFiles::copyFixture(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    if (!QFile::copy(dataPath(name), path))
        return {};
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner); // the copy may be read-only
    return path;
}

QTEST_GUILESS_MAIN(tst_StoreFiles)
#include "tst_storefiles.moc"
