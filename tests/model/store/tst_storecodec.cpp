// The JSON list columns of threats and tasks: written byte for byte as compact QJsonDocument would
// write them (so the columns stay canonical), read back exactly, and anything else refused.

#include "store/storecodec.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace tb;
using namespace tb::store;

namespace {

QByteArray compact(const QJsonArray &a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

// Strings that take every path of the writer: plain, non-ASCII, surrogate pairs, and the ones
// Qt must escape (quotes, backslashes, control characters, lone surrogates).
QStringList trickyStrings()
{
    QString controls;
    for (char16_t c = 1; c < 0x20; ++c)
        controls.append(QChar(c));
    return {QString(),
            QStringLiteral("plain"),
            QStringLiteral("I(2)(e)"),
            QStringLiteral("Wolke ☁ “quoted” é"),
            QStringLiteral("emoji 😀"),
            QStringLiteral("say \"hi\""),
            QStringLiteral("back\\slash"),
            QStringLiteral("line\nbreak\ttab\x7f"),
            controls,
            QString(QChar(0xd800)) + QStringLiteral("lone") + QChar(0xdc00),
            QStringLiteral("/slash/ & <html>")};
}

} // namespace

class tst_StoreCodec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void stringsAreCanonical();
    void numbersAreCanonical();
    void involvedIsCanonical();
    void evidenceIsCanonical();
    void dates();
    void refusesBadEvidence_data();
    void refusesBadEvidence();
    void readsOtherValidForms();
    void refusesBadForms_data();
    void refusesBadForms();
};

void tst_StoreCodec::stringsAreCanonical()
{
    const QStringList tricky = trickyStrings();
    for (qsizetype n = 0; n <= tricky.size(); ++n) {
        const QStringList list = tricky.mid(0, n);
        const QByteArray json = stringsToJson(list);
        QCOMPARE(json, compact(QJsonArray::fromStringList(list)));
        QStringList back;
        QVERIFY(stringsFromJson(json, &back));
        // Lone surrogates cannot survive UTF-8 text; Qt turns them into U+FFFD as well.
        if (!list.join(QString()).contains(QStringLiteral("lone")))
            QCOMPARE(back, list);
        else
            QCOMPARE(back.size(), list.size());
    }
}

void tst_StoreCodec::numbersAreCanonical()
{
    const QList<QList<int>> lists
        = {{}, {0}, {1, 2, 3}, {-1, 999999999, 1000000000, 2147483647, -2147483647 - 1}, {37}};
    for (const QList<int> &list : lists) {
        QJsonArray a;
        for (int n : list)
            a.append(n);
        const QByteArray json = numbersToJson(list);
        QCOMPARE(json, compact(a));
        QList<int> back{42};
        QVERIFY(numbersFromJson(json, &back));
        QCOMPARE(back, list);
    }
}

void tst_StoreCodec::involvedIsCanonical()
{
    const QStringList tricky = trickyStrings();
    QList<Involved> list;
    for (int i = 0; i < tricky.size(); ++i)
        list.append({i == 0 ? Id() : newId(), tricky[i], tricky[tricky.size() - 1 - i]});
    for (qsizetype n = 0; n <= list.size(); ++n) {
        const QList<Involved> part = list.mid(0, n);
        QJsonArray a;
        for (const Involved &i : part)
            a.append(QJsonObject{{QStringLiteral("id"), idString(i.id)},
                                 {QStringLiteral("kind"), i.kind},
                                 {QStringLiteral("name"), i.name}});
        const QByteArray json = involvedToJson(part);
        QCOMPARE(json, compact(a));
        QList<Involved> back;
        QVERIFY(involvedFromJson(json, &back));
        QCOMPARE(back.size(), part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            QCOMPARE(back[i].id, part[i].id);
            if (!part[i].kind.contains(QStringLiteral("lone")))
                QCOMPARE(back[i].kind, part[i].kind);
            if (!part[i].name.contains(QStringLiteral("lone")))
                QCOMPARE(back[i].name, part[i].name);
        }
    }
}

void tst_StoreCodec::evidenceIsCanonical()
{
    const QStringList tricky = trickyStrings();
    QList<Evidence> list;
    for (int i = 0; i < tricky.size(); ++i)
        list.append({tricky[i], tricky[tricky.size() - 1 - i],
                     i == 1 ? QDate() : QDate(1990 + i, 1 + i, 28 - i)});
    list.append({QStringLiteral("note"), QStringLiteral("year one"), QDate(1, 1, 1)});
    list.append({QStringLiteral("url"), QStringLiteral("y9999"), QDate(9999, 12, 31)});
    for (qsizetype n = 0; n <= list.size(); ++n) {
        const QList<Evidence> part = list.mid(0, n);
        QJsonArray a; // as tb::toJson(MitigationTask) writes each piece of evidence
        for (const Evidence &e : part)
            a.append(QJsonObject{{QStringLiteral("kind"), e.kind},
                                 {QStringLiteral("value"), e.value},
                                 {QStringLiteral("date"), e.date.toString(Qt::ISODate)}});
        const QByteArray json = evidenceToJson(part);
        QCOMPARE(json, compact(a));
        QList<Evidence> back{{QStringLiteral("stale"), {}, {}}};
        QVERIFY(evidenceFromJson(json, &back));
        QCOMPARE(back.size(), part.size());
        for (qsizetype i = 0; i < part.size(); ++i) {
            QCOMPARE(back[i].date, part[i].date);
            if (!part[i].kind.contains(QStringLiteral("lone")))
                QCOMPARE(back[i].kind, part[i].kind);
            if (!part[i].value.contains(QStringLiteral("lone")))
                QCOMPARE(back[i].value, part[i].value);
        }
    }
}

void tst_StoreCodec::dates()
{
    QCOMPARE(dateToText(QDate()), QString());
    QVERIFY(dateToText(QDate()).isNull()); // bound as NULL
    QCOMPARE(dateToText(QDate(2025, 3, 9)), QStringLiteral("2025-03-09"));
    QDate date(2000, 1, 1);
    QVERIFY(dateFromText(QString(), &date));
    QVERIFY(!date.isValid());
    QVERIFY(dateFromText(QStringLiteral("2024-02-29"), &date));
    QCOMPARE(date, QDate(2024, 2, 29));
    for (const char *bad : {"2023-02-29", "2024-2-29", "2024-02-29T00:00", "2024-02-29 ",
                            " 2024-02-29", "20240229", "29.02.2024", "tomorrow", "2024/02/29"}) {
        QVERIFY2(!dateFromText(QLatin1String(bad), &date), bad);
        QVERIFY2(!date.isValid(), bad);
    }
}

void tst_StoreCodec::refusesBadEvidence_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const char *bad :
         {"", "[", "{}", "null", "[1]", "[\"note\"]", "[[]]", "[{}]",
          R"([{"date":"","kind":"note","value":"v"}]x)",
          R"([{"date":"","kind":"note","value":"v"},])", R"([{"date":"","kind":"note"}])",
          R"([{"date":"","kind":"note","value":1}])",
          R"([{"date":null,"kind":"note","value":"v"}])", R"([{"kind":"note","value":"v"}])",
          R"([{"date":"2025-02-30","kind":"note","value":"v"}])",
          R"([{"date":"2025-01-01T10:00","kind":"note","value":"v"}])",
          R"([{"date":"1.1.2025","kind":"note","value":"v"}])",
          R"([{"value":"v","kind":"note","date":"2025-1-01"}])"})
        QTest::addRow("%s", bad) << QByteArray(bad);
}

void tst_StoreCodec::refusesBadEvidence()
{
    QFETCH(QByteArray, json);
    QList<Evidence> evidence;
    QVERIFY(!evidenceFromJson(json, &evidence));
}

// Not what the writer produces, but valid JSON of the right shape: read like QJsonDocument.
void tst_StoreCodec::readsOtherValidForms()
{
    QList<int> numbers;
    QVERIFY(numbersFromJson(" [ 1 ,\n2 ] ", &numbers));
    QCOMPARE(numbers, (QList<int>{1, 2}));
    QVERIFY(numbersFromJson("[3.0, 1e3, -0]", &numbers));
    QCOMPARE(numbers, (QList<int>{3, 1000, 0}));

    QStringList strings;
    QVERIFY(stringsFromJson(R"(["a\u0041\/", "b"])", &strings));
    QCOMPARE(strings, (QStringList{QStringLiteral("aA/"), QStringLiteral("b")}));

    QList<Involved> involved;
    const Id id = newId();
    const QByteArray reordered
        = R"([{"name":"N","kind":"flow","id":")" + id.toByteArray(QUuid::WithoutBraces) + R"("}])";
    QVERIFY(involvedFromJson(reordered, &involved));
    QCOMPARE(involved, (QList<Involved>{{id, QStringLiteral("flow"), QStringLiteral("N")}}));

    QList<Evidence> evidence;
    QVERIFY(evidenceFromJson(
        R"([ {"value":"a\u0041","kind":"note","date":"2025-01-02"}, {"kind":"url","value":"",)"
        R"("date":""} ])",
        &evidence));
    QCOMPARE(evidence,
             (QList<Evidence>{{QStringLiteral("note"), QStringLiteral("aA"), QDate(2025, 1, 2)},
                              {QStringLiteral("url"), QString(), QDate()}}));
}

void tst_StoreCodec::refusesBadForms_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("numbers"); // whether numbersFromJson accepts it
    QTest::addColumn<bool>("strings");
    for (const char *bad : {"", "[", "]", "[1,]", "[,]", "{}", "null", "[1]x", "[01]", "[[]]"})
        QTest::addRow("%s", bad) << QByteArray(bad) << false << false;
    QTest::addRow("fraction") << QByteArray("[1.5]") << false << false;
    QTest::addRow("too big") << QByteArray("[2147483648]") << false << false;
    QTest::addRow("text number") << QByteArray(R"(["1"])") << false << true;
    QTest::addRow("unterminated") << QByteArray(R"(["abc)") << false << false;
    QTest::addRow("bad id") << QByteArray(R"([{"id":"nope","kind":"flow","name":"n"}])") << false
                            << false;
    QTest::addRow("missing name") << QByteArray(R"([{"id":"","kind":"flow"}])") << false << false;
    QTest::addRow("number name") << QByteArray(R"([{"id":"","kind":"flow","name":1}])") << false
                                 << false;
}

// No list decoder accepts a form of another list or broken JSON; involved takes none of these.
void tst_StoreCodec::refusesBadForms()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, numbers);
    QFETCH(bool, strings);
    QList<int> n;
    QStringList s;
    QList<Involved> i;
    QCOMPARE(numbersFromJson(json, &n), numbers);
    QCOMPARE(stringsFromJson(json, &s), strings);
    QVERIFY(!involvedFromJson(json, &i));
    QList<Evidence> e;
    QVERIFY(!evidenceFromJson(json, &e));
}

QTEST_GUILESS_MAIN(tst_StoreCodec)
#include "tst_storecodec.moc"
