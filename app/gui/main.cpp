#include "i18n/translations.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/screenshot.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDockWidget>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Threatbench"));
    QApplication::setApplicationName(QStringLiteral("threatbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("Threatbench"));
    QApplication::setApplicationVersion(QStringLiteral(THREATBENCH_VERSION));
    // Wayland finds the icon through the desktop file (packaging/).
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.threatbench.Threatbench"));
    tb::installTranslations(); // before any text is made, the command line's included

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Threat modeling and CRA risk workbench."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption example(
        QStringLiteral("example"),
        QApplication::translate("main", "Open the bundled example product."));
    QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window and quit."),
        QStringLiteral("file"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp); // a debugging aid
    QCommandLineOption raise(QStringLiteral("raise"),
                             QApplication::translate("main", "Bring a panel to the front."),
                             QStringLiteral("panel"));
    raise.setFlags(QCommandLineOption::HiddenFromHelp); // for docs/screenshots
    parser.addOption(example);
    parser.addOption(screenshot);
    parser.addOption(raise);
    parser.addPositionalArgument(QStringLiteral("project"),
                                 QApplication::translate("main", "A project file to open."),
                                 QStringLiteral("[project]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1
        || (parser.isSet(example) && !parser.positionalArguments().isEmpty())) {
        parser.showHelp(2);
    }

    tb::MainWindow window;
    window.show();
    if (parser.isSet(example))
        window.openExample();
    else if (!parser.positionalArguments().isEmpty())
        window.openProject(parser.positionalArguments().constFirst());
    if (parser.isSet(raise)) {
        if (auto *dock
            = window.findChild<QDockWidget *>(parser.value(raise) + QStringLiteral("Dock"))) {
            dock->show();
            dock->raise();
        }
    }
    if (parser.isSet(screenshot))
        tb::saveScreenshotAndQuit(&window, parser.value(screenshot));
    return QApplication::exec();
}
