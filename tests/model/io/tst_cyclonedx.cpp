// CycloneDX SBOM reading: a realistic firmware SBOM reads completely, older spec versions read,
// malformed input is refused with the file and JSON path, and no input crashes the parser.

#include "io/cyclonedx.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace tb;

class tst_CycloneDx : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smartLockFirmware();
    void flattenedInDocumentOrder();
    void licenseForms();
    void suppliers();
    void dependencyGraph();
    void olderSpecVersions_data();
    void olderSpecVersions();
    void syntheticRefsMustBeUnique();
    void malformed_data();
    void malformed();
    void unsupportedVersionNamesSupported();
    void syntaxErrorNamesLineAndColumn();
    void deepNesting_data();
    void deepNesting();
    void everyTruncation();
};

namespace {

QByteArray readFixture(const QString &name)
{
    QFile f(test::dataPath(QStringLiteral("sbom/") + name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return f.readAll();
}

Sbom smartLock()
{
    const Result<Sbom> r
        = parseCycloneDx(readFixture(QStringLiteral("smartlock-firmware.cdx.json")),
                         QStringLiteral("smartlock-firmware.cdx.json"));
    if (!r.ok())
        qFatal("smart lock SBOM refused: %s", qPrintable(r.error().text()));
    return r.value();
}

const SbomComponent *named(const Sbom &sbom, const QString &name)
{
    for (const SbomComponent &c : sbom.components) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

// A valid 1.6 document whose components[] is `components` and dependencies[] is `dependencies`.
QByteArray bom(const QByteArray &components, const char *dependencies = "[]")
{
    return QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": )")
           + components + R"(, "dependencies": )" + dependencies + "}";
}

QByteArray nested(int levels)
{
    QByteArray out;
    for (int i = 0; i < levels; ++i)
        out += R"({"type": "library", "name": "n", "components": [)";
    for (int i = 0; i < levels; ++i)
        out += "]}";
    return R"({"bomFormat": "CycloneDX", "specVersion": "1.6", "components": [)" + out + "]}";
}

} // namespace

void tst_CycloneDx::smartLockFirmware()
{
    const Sbom sbom = smartLock();
    QCOMPARE(sbom.specVersion, QStringLiteral("1.6"));
    QCOMPARE(sbom.serialNumber, QStringLiteral("urn:uuid:6f1c2d4e-8a3b-4c7d-9e21-0b5a7c3d9f12"));
    QCOMPARE(sbom.root.bomRef, QStringLiteral("fw:lockos"));
    QCOMPARE(sbom.root.type, QStringLiteral("firmware"));
    QCOMPARE(sbom.root.name, QStringLiteral("LockOS"));
    QCOMPARE(sbom.root.group, QStringLiteral("com.example.locks"));
    QCOMPARE(sbom.root.version, QStringLiteral("3.2.1"));
    QCOMPARE(sbom.root.path, QStringLiteral("$.metadata.component"));
    QCOMPARE(sbom.components.size(), 9);

    const SbomComponent *zephyr = named(sbom, QStringLiteral("zephyr"));
    QVERIFY(zephyr);
    QCOMPARE(zephyr->type, QStringLiteral("operating-system"));
    QCOMPARE(zephyr->purl, QStringLiteral("pkg:github/zephyrproject-rtos/zephyr@3.6.0"));
    QCOMPARE(zephyr->bomRef, zephyr->purl);

    const SbomComponent *keypad = named(sbom, QStringLiteral("keypad-pin"));
    QVERIFY(keypad);
    QVERIFY(keypad->version.isEmpty()); // no version is fine
    const SbomComponent *tinycbor = named(sbom, QStringLiteral("tinycbor"));
    QVERIFY(tinycbor);
    QVERIFY(tinycbor->bomRef.isEmpty()); // no bom-ref is fine too
}

void tst_CycloneDx::flattenedInDocumentOrder()
{
    const Sbom sbom = smartLock();
    QStringList names, paths;
    for (const SbomComponent &c : sbom.components) {
        names << c.name;
        paths << c.path;
    }
    QCOMPARE(names, QStringList({QStringLiteral("zephyr"), QStringLiteral("mbedtls"),
                                 QStringLiteral("nimble"), QStringLiteral("lock-controller"),
                                 QStringLiteral("motor-driver"), QStringLiteral("keypad-pin"),
                                 QStringLiteral("pin-policy"), QStringLiteral("tinycbor"),
                                 QStringLiteral("mcuboot")}));
    QCOMPARE(paths.at(3), QStringLiteral("$.components[3]"));
    QCOMPARE(paths.at(4), QStringLiteral("$.components[3].components[0]"));
    QCOMPARE(paths.at(5), QStringLiteral("$.components[3].components[1]"));
    QCOMPARE(paths.at(6), QStringLiteral("$.components[3].components[1].components[0]"));
    QCOMPARE(paths.at(7), QStringLiteral("$.components[4]"));
}

void tst_CycloneDx::licenseForms()
{
    const Sbom sbom = smartLock();
    QCOMPARE(named(sbom, QStringLiteral("zephyr"))->licenses,
             QStringList{QStringLiteral("Apache-2.0")}); // license.id
    QCOMPARE(named(sbom, QStringLiteral("mbedtls"))->licenses,
             QStringList{QStringLiteral("Apache-2.0 OR GPL-2.0-or-later")}); // expression
    QCOMPARE(sbom.root.licenses,
             QStringList{QStringLiteral("Example Locks Proprietary")}); // license.name
    QCOMPARE(named(sbom, QStringLiteral("mcuboot"))->licenses,
             QStringList({QStringLiteral("Apache-2.0"), QStringLiteral("BSD-3-Clause")}));
    QVERIFY(named(sbom, QStringLiteral("motor-driver"))->licenses.isEmpty());
}

void tst_CycloneDx::suppliers()
{
    const Sbom sbom = smartLock();
    QCOMPARE(sbom.root.supplier, QStringLiteral("Example Locks GmbH"));
    QCOMPARE(named(sbom, QStringLiteral("zephyr"))->supplier, QStringLiteral("Zephyr Project"));
    QCOMPARE(named(sbom, QStringLiteral("mbedtls"))->supplier,
             QStringLiteral("Trusted Firmware")); // publisher
    QCOMPARE(named(sbom, QStringLiteral("nimble"))->supplier,
             QStringLiteral("Apache Mynewt developers")); // author
    QCOMPARE(named(sbom, QStringLiteral("mcuboot"))->supplier,
             QStringLiteral("MCUboot contributors")); // 1.6 authors[]
    QVERIFY(named(sbom, QStringLiteral("tinycbor"))->supplier.isEmpty());

    const Result<Sbom> r
        = parseCycloneDx(bom(R"([{"type": "library", "name": "x", "supplier": {"name": "S"},
                 "publisher": "P", "author": "A"}])"),
                         QStringLiteral("s.json"));
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->components.at(0).supplier, QStringLiteral("S"));
}

void tst_CycloneDx::dependencyGraph()
{
    const Sbom sbom = smartLock();
    QCOMPARE(sbom.root.dependsOn,
             QStringList({QStringLiteral("mcuboot"),
                          QStringLiteral("pkg:github/zephyrproject-rtos/zephyr@3.6.0"),
                          QStringLiteral("lock-app")}));
    const SbomComponent *app = named(sbom, QStringLiteral("lock-controller"));
    QCOMPARE(app->dependsOn.size(), 5);
    // tinycbor has no bom-ref: named by its purl; pin-policy has neither: name@version.
    QVERIFY(app->dependsOn.contains(QStringLiteral("pkg:github/intel/tinycbor@0.6.0")));
    QCOMPARE(named(sbom, QStringLiteral("keypad-pin"))->dependsOn,
             QStringList{QStringLiteral("pin-policy@2")});
    QVERIFY(named(sbom, QStringLiteral("mbedtls"))->dependsOn.isEmpty());
    QVERIFY(named(sbom, QStringLiteral("motor-driver"))->dependsOn.isEmpty());
}

void tst_CycloneDx::olderSpecVersions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("components");
    QTest::addRow("1.4") << QStringLiteral("minimal-1.4.cdx.json") << QStringLiteral("1.4") << 1;
    QTest::addRow("1.5") << QStringLiteral("no-metadata-1.5.cdx.json") << QStringLiteral("1.5")
                         << 3;
}

void tst_CycloneDx::olderSpecVersions()
{
    QFETCH(QString, file);
    QFETCH(QString, version);
    QFETCH(int, components);
    const Result<Sbom> r = parseCycloneDx(readFixture(file), file);
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->specVersion, version);
    QCOMPARE(r->components.size(), components);
    QVERIFY(r->root.name.isEmpty()); // no metadata.component
}

void tst_CycloneDx::syntheticRefsMustBeUnique()
{
    // Two components without bom-ref share name@version: neither can be named that way.
    QByteArray bytes = readFixture(QStringLiteral("no-metadata-1.5.cdx.json"));
    bytes.replace(R"("dependsOn": [])", R"("dependsOn": ["beta@2"])");
    const Result<Sbom> r = parseCycloneDx(bytes, QStringLiteral("dup.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.contains(QLatin1String("$.dependencies[0].dependsOn[0]")),
             qPrintable(r.error().text()));
}

void tst_CycloneDx::malformed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message");

    const auto lib = [](const char *extra) -> QByteArray {
        return QByteArray(R"([{"type": "library", "name": "a", "bom-ref": "a")") + extra + "}]";
    };
    QTest::addRow("syntax error") << QByteArray(R"({"bomFormat": "CycloneDX",)")
                                  << QStringLiteral("line 1, column") << QStringLiteral("JSON");
    QTest::addRow("not an object")
        << QByteArray("[]") << QStringLiteral("$") << QStringLiteral("CycloneDX");
    QTest::addRow("no bomFormat") << QByteArray(R"({"specVersion": "1.6"})")
                                  << QStringLiteral("$.bomFormat")
                                  << QStringLiteral("not a CycloneDX");
    QTest::addRow("SPDX document")
        << QByteArray(R"({"bomFormat": "SPDX", "specVersion": "1.6"})")
        << QStringLiteral("$.bomFormat") << QStringLiteral("expected \"CycloneDX\"");
    QTest::addRow("spec 1.2") << readFixture(QStringLiteral("spec-1.2.cdx.json"))
                              << QStringLiteral("$.specVersion") << QStringLiteral("\"1.2\"");
    QTest::addRow("spec not text")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": 1.6})")
        << QStringLiteral("$.specVersion") << QStringLiteral("expected text");
    QTest::addRow("components not a list")
        << bom("{}") << QStringLiteral("$.components") << QStringLiteral("expected a list");
    QTest::addRow("component not an object")
        << bom("[1]") << QStringLiteral("$.components[0]") << QStringLiteral("expected an object");
    QTest::addRow("component without name")
        << bom(R"([{"type": "library"}])") << QStringLiteral("$.components[0].name")
        << QStringLiteral("needs a name");
    QTest::addRow("name not a string")
        << bom(R"([{"type": "library", "name": 42}])") << QStringLiteral("$.components[0].name")
        << QStringLiteral("expected text");
    QTest::addRow("unknown type") << bom(R"([{"type": "gadget", "name": "g"}])")
                                  << QStringLiteral("$.components[0].type")
                                  << QStringLiteral("expected one of");
    QTest::addRow("nested without name")
        << bom(R"([{"type": "library", "name": "a", "components": [{"type": "file"}]}])")
        << QStringLiteral("$.components[0].components[0].name") << QStringLiteral("name");
    QTest::addRow("duplicate bom-ref")
        << bom(R"([{"type": "library", "name": "a", "bom-ref": "x"},
                   {"type": "library", "name": "b", "bom-ref": "x"}])")
        << QStringLiteral("$.components[1].bom-ref") << QStringLiteral("$.components[0]");
    QTest::addRow("bom-ref not a string")
        << bom(R"([{"type": "library", "name": "a", "bom-ref": 7}])")
        << QStringLiteral("$.components[0].bom-ref") << QStringLiteral("expected text");
    QTest::addRow("unknown dependency ref")
        << bom(lib(""), R"([{"ref": "a", "dependsOn": ["ghost"]}])")
        << QStringLiteral("$.dependencies[0].dependsOn[0]") << QStringLiteral("\"ghost\"");
    QTest::addRow("unknown dependency source")
        << bom(lib(""), R"([{"ref": "ghost"}])") << QStringLiteral("$.dependencies[0].ref")
        << QStringLiteral("unknown ref");
    QTest::addRow("dependency without ref")
        << bom(lib(""), R"([{"dependsOn": []}])") << QStringLiteral("$.dependencies[0].ref")
        << QStringLiteral("missing");
    QTest::addRow("dependsOn not a list")
        << bom(lib(""), R"([{"ref": "a", "dependsOn": "a"}])")
        << QStringLiteral("$.dependencies[0].dependsOn") << QStringLiteral("expected a list");
    QTest::addRow("dependencies not a list")
        << bom(lib(""), "{}") << QStringLiteral("$.dependencies")
        << QStringLiteral("expected a list");
    QTest::addRow("licenses not an array")
        << bom(lib(R"(, "licenses": {"id": "MIT"})")) << QStringLiteral("$.components[0].licenses")
        << QStringLiteral("expected a list");
    QTest::addRow("license without id or name")
        << bom(lib(R"(, "licenses": [{"license": {"url": "https://x"}}])"))
        << QStringLiteral("$.components[0].licenses[0].license") << QStringLiteral("\"id\"");
    QTest::addRow("license choice empty")
        << bom(lib(R"(, "licenses": [{}])")) << QStringLiteral("$.components[0].licenses[0]")
        << QStringLiteral("expression");
    QTest::addRow("expression not text") << bom(lib(R"(, "licenses": [{"expression": 1}])"))
                                         << QStringLiteral("$.components[0].licenses[0].expression")
                                         << QStringLiteral("expected text");
    QTest::addRow("supplier not an object")
        << bom(lib(R"(, "supplier": "ACME")")) << QStringLiteral("$.components[0].supplier")
        << QStringLiteral("expected an object");
    QTest::addRow("hash content not text")
        << bom(lib(R"(, "hashes": [{"alg": "SHA-256", "content": 1}])"))
        << QStringLiteral("$.components[0].hashes[0].content") << QStringLiteral("expected text");
    QTest::addRow("metadata not an object")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.5", "metadata": []})")
        << QStringLiteral("$.metadata") << QStringLiteral("expected an object");
    QTest::addRow("root without name")
        << QByteArray(R"({"bomFormat": "CycloneDX", "specVersion": "1.5",
                          "metadata": {"component": {"type": "firmware"}}})")
        << QStringLiteral("$.metadata.component.name") << QStringLiteral("name");
}

void tst_CycloneDx::malformed()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, where);
    QFETCH(QString, message);
    const Result<Sbom> r = parseCycloneDx(input, QStringLiteral("bad.cdx.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(QLatin1String("bad.cdx.json: ")),
             qPrintable(r.error().text()));
    QVERIFY2(r.error().where.contains(where), qPrintable(r.error().text()));
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
}

void tst_CycloneDx::unsupportedVersionNamesSupported()
{
    const Result<Sbom> r = parseCycloneDx(readFixture(QStringLiteral("spec-1.2.cdx.json")),
                                          QStringLiteral("old.json"));
    QVERIFY(!r.ok());
    for (const QString &v : supportedCycloneDxVersions())
        QVERIFY2(r.error().message.contains(v), qPrintable(r.error().text()));
}

void tst_CycloneDx::syntaxErrorNamesLineAndColumn()
{
    QByteArray bytes = readFixture(QStringLiteral("minimal-1.4.cdx.json"));
    bytes.replace(R"("name": "zlib",)", R"("name": "zlib" )");
    const Result<Sbom> r = parseCycloneDx(bytes, QStringLiteral("min.json"));
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(QLatin1String("min.json: line 6, column ")),
             qPrintable(r.error().text()));
}

void tst_CycloneDx::deepNesting_data()
{
    QTest::addColumn<int>("levels");
    QTest::addColumn<QString>("message");
    QTest::addRow("64 levels") << 64 << QString();
    QTest::addRow("65 levels") << 65 << QStringLiteral("nested more than 64");
    QTest::addRow("300 levels") << 300 << QStringLiteral("nested more than 64");
    QTest::addRow("10000 levels") << 10000 << QStringLiteral("JSON");
}

void tst_CycloneDx::deepNesting()
{
    QFETCH(int, levels);
    QFETCH(QString, message);
    const Result<Sbom> r = parseCycloneDx(nested(levels), QStringLiteral("deep.json"));
    if (message.isEmpty()) {
        QVERIFY2(r.ok(), qPrintable(r.error().text()));
        QCOMPARE(r->components.size(), levels);
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().text()));
    QVERIFY2(r.error().where.startsWith(QLatin1String("deep.json: ")),
             qPrintable(r.error().text()));
}

void tst_CycloneDx::everyTruncation()
{
    const QByteArray full = readFixture(QStringLiteral("smartlock-firmware.cdx.json"));
    int refused = 0;
    for (qsizetype n = 0; n < full.size(); ++n) {
        const Result<Sbom> r = parseCycloneDx(full.left(n), QStringLiteral("cut.json"));
        if (r.ok())
            continue;
        ++refused;
        QVERIFY2(r.error().where.startsWith(QLatin1String("cut.json: ")),
                 qPrintable(r.error().text()));
        QVERIFY(!r.error().message.isEmpty());
    }
    // Only the complete document (and its trailing whitespace cut off) reads.
    QVERIFY(refused >= full.trimmed().size());
    QVERIFY(parseCycloneDx(full, QStringLiteral("cut.json")).ok());
}

QTEST_GUILESS_MAIN(tst_CycloneDx)
#include "tst_cyclonedx.moc"
