// The shipped library: every template loads, has references and a mitigation, fires on its
// "fires" scenario and not on its "silent" one; and the example product gets the register an
// architect expects.

#include "core/propertycatalog.h"
#include "engine/derivation.h"
#include "engine/scenario.h"
#include "io/canonicaljson.h"
#include "testsupport.h"

#include <QJsonObject>
#include <QTest>

using namespace tb;

class tst_StrideLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void libraryIsComplete();
    void scenarios_data();
    void scenarios();
    void exampleRegister_data();
    void exampleRegister();
    void exampleRegisterIsNotNoise();

private:
    bool firesOn(const ThreatTemplate &t, const QJsonObject &scenario, QString *why);
    QList<Threat> exampleThreats();

    TemplateLibrary m_library;
    QList<Threat> m_example;
};

void tst_StrideLibrary::initTestCase()
{
    const LibraryLoad load = builtInTemplateLibrary(PropertyCatalog::builtIn());
    for (const Error &e : load.problems)
        qWarning("%s", qPrintable(e.text()));
    QVERIFY(load.problems.isEmpty());
    m_library = load.library;
    Result<ProjectData> example = importCanonicalJsonFile(
        test::sourcePath(QStringLiteral("templates/examples/smart-door-lock.threatbench.json")),
        PropertyCatalog::builtIn());
    QVERIFY(example.ok());
    m_example = deriveThreats(example.value(), m_library, PropertyCatalog::builtIn());
}

void tst_StrideLibrary::libraryIsComplete()
{
    QVERIFY(m_library.templates.size() >= 80);
    QSet<StrideCategory> categories;
    QSet<AppliesTo> kinds;
    for (const ThreatTemplate &t : std::as_const(m_library.templates)) {
        QVERIFY2(!t.capec.isEmpty() && !t.cwe.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.annex.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.mitigations.isEmpty(), qPrintable(t.id));
        QVERIFY2(!t.tests.isEmpty(), qPrintable(t.id));
        categories.insert(t.category);
        kinds.insert(t.appliesTo);
    }
    QCOMPARE(categories.size(), 6);
    for (AppliesTo a : {AppliesTo::External, AppliesTo::Process, AppliesTo::Store, AppliesTo::Flow,
                        AppliesTo::Path})
        QVERIFY(kinds.contains(a));
    QVERIFY(!m_library.versions.isEmpty());
}

void tst_StrideLibrary::scenarios_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("fires");
    for (const ThreatTemplate &t : std::as_const(m_library.templates)) {
        QTest::addRow("%s/fires", qPrintable(t.id)) << t.id << true;
        QTest::addRow("%s/silent", qPrintable(t.id)) << t.id << false;
    }
}

bool tst_StrideLibrary::firesOn(const ThreatTemplate &t, const QJsonObject &json, QString *why)
{
    Result<Scenario> s = buildScenario(json, t.id, PropertyCatalog::builtIn());
    if (!s) {
        *why = s.error().text();
        return false;
    }
    TemplateLibrary only;
    only.templates = {t};
    only.mitigations = m_library.mitigations;
    for (const Threat &threat : deriveThreats(s->data, only, PropertyCatalog::builtIn())) {
        // Path threats end at the subject; element and flow threats are about it.
        const bool about
            = t.appliesTo == AppliesTo::Path
                  ? threat.involved.last().id == s->subject
                  : std::any_of(threat.involved.cbegin(), threat.involved.cend(),
                                [&](const Involved &i) { return i.id == s->subject; })
                        && (t.appliesTo != AppliesTo::Flow || threat.involved[1].id == s->subject);
        if (about)
            return true;
    }
    return false;
}

void tst_StrideLibrary::scenarios()
{
    QFETCH(QString, id);
    QFETCH(bool, fires);
    const ThreatTemplate *t = m_library.find(id);
    QVERIFY(t);
    QString why;
    const bool fired = firesOn(
        *t, t->tests.value(fires ? QStringLiteral("fires") : QStringLiteral("silent")).toObject(),
        &why);
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QCOMPARE(fired, fires);
}

void tst_StrideLibrary::exampleRegister_data()
{
    // Threats a careful architect expects on the smart lock: template, and an element or flow.
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("involves");
    const auto row = [](const char *t, const char *e) {
        QTest::addRow("%s on %s", t, e) << QString::fromLatin1(t) << QString::fromUtf8(e);
    };
    row("stride.interaction.radio-relay", "BLE unlock");
    row("stride.flow.radio-jamming", "BLE unlock");
    row("stride.interaction.embedded-parser", "Lock firmware");
    row("iot.process.unauthorised-pairing", "Lock firmware");
    row("iot.process.update-rollback", "Wi-Fi bridge");
    row("graph.process.no-rate-limit", "Update server");
    row("stride.store.credential-dump", "Account database");
    row("stride.interaction.xss", "Support console");
    row("stride.interaction.csrf", "Support console");
    row("stride.external.privileged-misuse", "Support agent");
    row("data.flow.personal-data-to-third-party", "Push service");
    row("data.store.personal-data-minimisation", "Account database");
}

void tst_StrideLibrary::exampleRegister()
{
    QFETCH(QString, templateId);
    QFETCH(QString, involves);
    QVERIFY2(m_library.find(templateId), qPrintable(templateId));
    const bool found = std::any_of(m_example.cbegin(), m_example.cend(), [&](const Threat &t) {
        return t.templateId == templateId
               && std::any_of(t.involved.cbegin(), t.involved.cend(),
                              [&](const Involved &i) { return i.name == involves; });
    });
    QVERIFY2(found, qPrintable(templateId + QStringLiteral(" on ") + involves));
}

void tst_StrideLibrary::exampleRegisterIsNotNoise()
{
    QVERIFY(m_example.size() >= 60 && m_example.size() <= 300);
    for (const Threat &t : std::as_const(m_example)) {
        // The example encrypts every network flow: nothing may call one of them unencrypted.
        QVERIFY2(!(t.templateId.contains(QStringLiteral("unencrypted"))
                   || t.title.contains(QStringLiteral("unencrypted"), Qt::CaseInsensitive)),
                 qPrintable(t.title));
        QVERIFY2(!t.title.contains(QLatin1Char('{')), qPrintable(t.title));
    }
}

QTEST_GUILESS_MAIN(tst_StrideLibrary)
#include "tst_stridelibrary.moc"
