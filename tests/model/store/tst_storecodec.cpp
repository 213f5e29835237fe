// The JSON list columns of threats: written byte for byte as compact QJsonDocument would write
// them (so the columns stay canonical), read back exactly, and anything else refused.

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
}

QTEST_GUILESS_MAIN(tst_StoreCodec)
#include "tst_storecodec.moc"
