// The CRA Annex I catalogue is data: all 22 requirements load in order, both numberings resolve,
// and malformed catalogues are refused with file and JSON path.

#include "core/threat.h"
#include "cra/annexcatalog.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace tb;

class tst_AnnexCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtInInOrder();
    void builtInMatchesSourceFile();
    void aliases_data();
    void aliases();
    void findTolerant_data();
    void findTolerant();
    void search_data();
    void search();
    void badCatalogues_data();
    void badCatalogues();

private:
    static QJsonObject sourceRoot();
};

QJsonObject tst_AnnexCatalog::sourceRoot()
{
    QFile f(test::sourcePath(QStringLiteral("templates/cra/annex-i.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

void tst_AnnexCatalog::builtInInOrder()
{
    const AnnexCatalog &c = AnnexCatalog::builtIn();
    QCOMPARE(c.version(), QStringLiteral("1.0.0"));
    QStringList expected{QStringLiteral("I(1)")};
    for (char letter = 'a'; letter <= 'm'; ++letter)
        expected.append(QStringLiteral("I(2)(%1)").arg(QLatin1Char(letter)));
    for (int n = 1; n <= 8; ++n)
        expected.append(QStringLiteral("II(%1)").arg(n));
    QCOMPARE(expected.size(), 22);

    QStringList ids;
    for (const AnnexRequirement &r : c.requirements()) {
        ids.append(r.id);
        QVERIFY2(isAnnexId(r.id), qPrintable(r.id));
        QCOMPARE(r.part,
                 r.id.startsWith(QLatin1String("II")) ? QStringLiteral("II") : QStringLiteral("I"));
        QCOMPARE(r.whereApplicable, r.id.startsWith(QLatin1String("I(2)")));
        QVERIFY(!r.title.isEmpty() && r.title.size() <= 70);
        QVERIFY(!r.explanation.isEmpty());
        QVERIFY2(r.evidenceHints.size() >= 2 && r.evidenceHints.size() <= 4, qPrintable(r.id));
        QCOMPARE(r.alias.isEmpty(), r.id == QLatin1String("I(2)(m)"));
    }
    QCOMPARE(ids, expected);
}

void tst_AnnexCatalog::builtInMatchesSourceFile()
{
    // The embedded copy is the file in the source tree, and that file parses on its own.
    QFile f(test::sourcePath(QStringLiteral("templates/cra/annex-i.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const Result<AnnexCatalog> r = AnnexCatalog::fromJson(f.readAll(), f.fileName());
    QVERIFY2(r.ok(), qPrintable(r.error().text()));
    QCOMPARE(r->requirements().size(), AnnexCatalog::builtIn().requirements().size());
    for (qsizetype i = 0; i < r->requirements().size(); ++i) {
        QCOMPARE(r->requirements().at(i).id, AnnexCatalog::builtIn().requirements().at(i).id);
        QCOMPARE(r->requirements().at(i).explanation,
                 AnnexCatalog::builtIn().requirements().at(i).explanation);
    }
}

void tst_AnnexCatalog::aliases_data()
{
    // Pins the proposal (COM(2022) 454) -> final (2024/2847) mapping of domain.md section 1.2.
    QTest::addColumn<QString>("alias");
    QTest::addColumn<QString>("id");
    const auto row = [](const char *alias, const char *id) {
        QTest::newRow(alias) << QString::fromLatin1(alias) << QString::fromLatin1(id);
    };
    row("I.1.1", "I(1)");
    row("I.1.2", "I(2)(a)");
    row("I.1.3.a", "I(2)(b)");
    row("I.1.3.b", "I(2)(d)");
    row("I.1.3.c", "I(2)(e)");
    row("I.1.3.d", "I(2)(f)");
    row("I.1.3.e", "I(2)(g)");
    row("I.1.3.f", "I(2)(h)");
    row("I.1.3.g", "I(2)(i)");
    row("I.1.3.h", "I(2)(j)");
    row("I.1.3.i", "I(2)(k)");
    row("I.1.3.j", "I(2)(l)");
    row("I.1.3.k", "I(2)(c)");
    for (int n = 1; n <= 8; ++n) {
        const QByteArray alias = "I.2." + QByteArray::number(n);
        const QByteArray id = "II(" + QByteArray::number(n) + ')';
        row(alias.constData(), id.constData());
    }
}

void tst_AnnexCatalog::aliases()
{
    QFETCH(QString, alias);
    QFETCH(QString, id);
    const AnnexCatalog &c = AnnexCatalog::builtIn();
    const AnnexRequirement *byAlias = c.find(alias);
    QVERIFY(byAlias);
    QCOMPARE(byAlias->id, id);
    QCOMPARE(byAlias->alias, alias);
    QCOMPARE(c.find(id), byAlias);
    QCOMPARE(c.find(alias.toLower()), byAlias);
    QCOMPARE(c.find(id.toLower()), byAlias);
    QCOMPARE(c.canonicalId(alias), id);
    QCOMPARE(c.canonicalId(id), id);
}

void tst_AnnexCatalog::findTolerant_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id"); // empty: not found
    QTest::addRow("final id") << "I(2)(m)"
                              << "I(2)(m)";
    QTest::addRow("lower case") << "i(2)(e)"
                                << "I(2)(e)";
    QTest::addRow("spaces") << " I 2 e "
                            << "I(2)(e)";
    QTest::addRow("spaced final") << "I (2) (e)"
                                  << "I(2)(e)";
    QTest::addRow("alias upper") << "I.1.3.K"
                                 << "I(2)(c)";
    QTest::addRow("alias spaced") << "I. 1. 3. c"
                                  << "I(2)(e)";
    QTest::addRow("part II") << "ii(8)"
                             << "II(8)";
    QTest::addRow("empty") << ""
                           << "";
    QTest::addRow("beyond m") << "I(2)(n)"
                              << "";
    QTest::addRow("beyond k alias") << "I.1.3.l"
                                    << "";
    QTest::addRow("part II nine") << "II(9)"
                                  << "";
    QTest::addRow("section only") << "I.2"
                                  << "";
    QTest::addRow("words") << "encryption"
                           << "";
}

void tst_AnnexCatalog::findTolerant()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    const AnnexCatalog &c = AnnexCatalog::builtIn();
    QCOMPARE(c.canonicalId(query), id);
    QCOMPARE(c.find(query) != nullptr, !id.isEmpty());
}

void tst_AnnexCatalog::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("mustContain");
    QTest::addColumn<int>("count"); // -1: any
    QTest::addRow("encryption") << "encryption" << QStringList{QStringLiteral("I(2)(e)")} << -1;
    QTest::addRow("SBOM") << "SBOM" << QStringList{QStringLiteral("II(1)")} << -1;
    QTest::addRow("sbom lower") << "sbom" << QStringList{QStringLiteral("II(1)")} << -1;
    QTest::addRow("proposal I.1.3")
        << "I.1.3" << QStringList{QStringLiteral("I(2)(b)"), QStringLiteral("I(2)(c)"),
                                  QStringLiteral("I(2)(d)"), QStringLiteral("I(2)(e)"),
                                  QStringLiteral("I(2)(f)"), QStringLiteral("I(2)(g)"),
                                  QStringLiteral("I(2)(h)"), QStringLiteral("I(2)(i)"),
                                  QStringLiteral("I(2)(j)"), QStringLiteral("I(2)(k)"),
                                  QStringLiteral("I(2)(l)")}
        << 11;
    QTest::addRow("final id") << "II(5)" << QStringList{QStringLiteral("II(5)")} << 1;
    QTest::addRow("loose id") << "i 2 m" << QStringList{QStringLiteral("I(2)(m)")} << 1;
    QTest::addRow("nothing") << "carrier pigeon" << QStringList{} << 0;
    QTest::addRow("empty") << "" << QStringList{} << 22;
}

void tst_AnnexCatalog::search()
{
    QFETCH(QString, text);
    QFETCH(QStringList, mustContain);
    QFETCH(int, count);
    QStringList ids;
    for (const AnnexRequirement *r : AnnexCatalog::builtIn().search(text))
        ids.append(r->id);
    for (const QString &id : std::as_const(mustContain))
        QVERIFY2(ids.contains(id), qPrintable(id + QStringLiteral(" not in ") + ids.join(u' ')));
    if (count >= 0)
        QCOMPARE(ids.size(), count);
}

void tst_AnnexCatalog::badCatalogues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("path"); // expected JSON path in Error::where

    const QJsonObject good = sourceRoot();
    QVERIFY(!good.isEmpty());
    const auto withRequirement = [&good](qsizetype i, const char *key, const QJsonValue &v) {
        QJsonObject root = good;
        QJsonArray items = root.value(QStringLiteral("requirements")).toArray();
        QJsonObject item = items.at(i).toObject();
        if (v.isUndefined())
            item.remove(QLatin1String(key));
        else
            item.insert(QLatin1String(key), v);
        items.replace(i, item);
        root.insert(QStringLiteral("requirements"), items);
        return QJsonDocument(root).toJson();
    };
    const auto withRoot = [&good](const char *key, const QJsonValue &v) {
        QJsonObject root = good;
        root.insert(QLatin1String(key), v);
        return QJsonDocument(root).toJson();
    };
    QJsonArray fewer = good.value(QStringLiteral("requirements")).toArray();
    fewer.removeLast();
    QJsonArray more = good.value(QStringLiteral("requirements")).toArray();
    more.append(more.at(0));

    QTest::addRow("missing id") << withRequirement(3, "id", QJsonValue::Undefined)
                                << "$.requirements[3].id";
    QTest::addRow("unknown id") << withRequirement(3, "id", QStringLiteral("I(2)(n)"))
                                << "$.requirements[3].id";
    QTest::addRow("proposal id as id")
        << withRequirement(0, "id", QStringLiteral("I.1.1")) << "$.requirements[0].id";
    QTest::addRow("duplicate id") << withRequirement(5, "id", QStringLiteral("I(2)(c)"))
                                  << "$.requirements[5].id";
    QTest::addRow("duplicate alias")
        << withRequirement(5, "alias", QStringLiteral("I.1.3.k")) << "$.requirements[5].alias";
    QTest::addRow("alias for I(2)(m)")
        << withRequirement(13, "alias", QStringLiteral("I.1.3.l")) << "$.requirements[13].alias";
    QTest::addRow("missing alias")
        << withRequirement(2, "alias", QJsonValue::Null) << "$.requirements[2].alias";
    QTest::addRow("final id as alias")
        << withRequirement(2, "alias", QStringLiteral("I(2)(b)")) << "$.requirements[2].alias";
    QTest::addRow("wrong part") << withRequirement(14, "part", QStringLiteral("I"))
                                << "$.requirements[14].part";
    QTest::addRow("I(1) where applicable")
        << withRequirement(0, "appliesWhere", QStringLiteral("where-applicable"))
        << "$.requirements[0].appliesWhere";
    QTest::addRow("empty title") << withRequirement(1, "title", QStringLiteral(" "))
                                 << "$.requirements[1].title";
    QTest::addRow("long title") << withRequirement(1, "title", QString(71, u'x'))
                                << "$.requirements[1].title";
    QTest::addRow("no evidence") << withRequirement(1, "evidenceHints", QJsonArray{})
                                 << "$.requirements[1].evidenceHints";
    QTest::addRow("unknown key") << withRequirement(4, "colour", QStringLiteral("red"))
                                 << "$.requirements[4].colour";
    QTest::addRow("wrong count (21)") << withRoot("requirements", fewer) << "$.requirements";
    QTest::addRow("wrong count (23)")
        << withRoot("requirements", more) << "$.requirements[22].id"; // the duplicate shows first
    QTest::addRow("wrong format") << withRoot("format", QStringLiteral("threatbench-templates"))
                                  << "$.format";
    QTest::addRow("not JSON") << QByteArray("{\n\"format\": ") << "line 2";
}

void tst_AnnexCatalog::badCatalogues()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, path);
    const QString fileName = QStringLiteral("bad-annex.json");
    const Result<AnnexCatalog> r = AnnexCatalog::fromJson(json, fileName);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().where.startsWith(fileName + QStringLiteral(": ")),
             qPrintable(r.error().text()));
    QVERIFY2(r.error().where.endsWith(path), qPrintable(r.error().text()));
    QVERIFY(!r.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(tst_AnnexCatalog)
#include "tst_annexcatalog.moc"
