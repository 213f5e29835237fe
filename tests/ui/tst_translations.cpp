// The French translation: every string the GUI's sources mark with tr() today is translated,
// translations keep the source's placeholders, and the window comes up in French.

#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "panels/threatspanel.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace tb;

namespace {

struct Message
{
    QString source;
    QStringList translations; // one, or the numerus forms
    bool finished = false;
};

// context + U+0001 + source -> message
QHash<QString, Message> readTs(const QString &path, QString *error)
{
    QHash<QString, Message> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.finished = xml.attributes().value(QLatin1String("type")).isEmpty();
            QString text;
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                    m.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                    break;
            }
            if (m.translations.isEmpty())
                m.translations.append(text);
            m.finished = m.finished
                         && std::all_of(m.translations.cbegin(), m.translations.cend(),
                                        [](const QString &t) { return !t.trimmed().isEmpty(); });
            out.insert(context + QChar(1) + m.source, m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?\\d+|%n"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.append(it.next().captured().remove(QLatin1Char('L')));
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStringIsTranslated();
    void placeholdersKept();
    void windowInFrench();
};

void tst_Translations::everyStringIsTranslated()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath(QStringLiteral("fresh_fr.ts"));
    QStringList args;
    for (const QString &sub : QStringLiteral(THREATBENCH_UI_DIRS).split(QLatin1Char(',')))
        args << QStringLiteral(THREATBENCH_SOURCE_DIR "/ui/") + sub;
    args << QStringLiteral(THREATBENCH_SOURCE_DIR "/app/gui/main.cpp") << QStringLiteral("-ts")
         << fresh << QStringLiteral("-locations") << QStringLiteral("none")
         << QStringLiteral("-silent");
    QProcess lupdate;
    lupdate.start(QStringLiteral(THREATBENCH_LUPDATE), args);
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

    QString error;
    const QHash<QString, Message> wanted = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(wanted.size() > 300); // the sources were found
    const QHash<QString, Message> ours = readTs(QStringLiteral(THREATBENCH_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList missing;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const auto found = ours.constFind(it.key());
        if (found == ours.cend() || !found->finished)
            missing.append(QString(it.key()).replace(QChar(1), QLatin1String(": ")));
    }
    missing.sort();
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) not translated; run the "
                                       "update_translations target and translate them:\n%2")
                            .arg(missing.size())
                            .arg(missing.mid(0, 25).join(QLatin1Char('\n')))));
}

void tst_Translations::placeholdersKept()
{
    QString error;
    const QHash<QString, Message> ours = readTs(QStringLiteral(THREATBENCH_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList wrong;
    for (const Message &m : ours) {
        if (!m.finished)
            continue;
        const QStringList want = placeholders(m.source);
        for (const QString &t : m.translations) {
            QStringList got = placeholders(t);
            // A singular numerus form may spell out "un" instead of %n.
            if (m.translations.size() > 1 && !got.contains(QLatin1String("%n"))) {
                got.append(QStringLiteral("%n"));
                got.sort();
            }
            if (got != want)
                wrong.append(m.source + QStringLiteral(" -> ") + t);
        }
    }
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
}

void tst_Translations::windowInFrench()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(installTranslations(QLocale(QLocale::French, QLocale::France)));
    MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text());
    QVERIFY2(menus.contains(QStringLiteral("&Fichier")), qPrintable(menus.join(u',')));
    QVERIFY2(!menus.contains(QStringLiteral("&File")), qPrintable(menus.join(u',')));

    // Terms the model keeps in English follow, as in the report; user data does not change.
    QCOMPARE(uiLanguage(), QStringLiteral("fr"));
    QCOMPARE(displayTerm(QStringLiteral("critical")), QStringLiteral("critique"));
    QCOMPARE(displayTerm(QStringLiteral("Very likely")), QStringLiteral("Très vraisemblable"));
    QCOMPARE(displayTerm(QStringLiteral("Our own level")), QStringLiteral("Our own level"));
    auto *category
        = window.threatsPanel()->findChild<QComboBox *>(QStringLiteral("categoryFilter"));
    QVERIFY(category);
    QStringList items;
    for (int i = 0; i < category->count(); ++i)
        items.append(category->itemText(i));
    QVERIFY2(items.contains(QStringLiteral("Élévation de privilèges")),
             qPrintable(items.join(u',')));
    QVERIFY2(!items.contains(QStringLiteral("Elevation of Privilege")),
             qPrintable(items.join(u',')));
}

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
