#pragma once

// The sample project (uisample.h) written as "<test function>.threatbench" and open in a new,
// shown main window, for the tests that drive the whole window.

#include "mainwindow/mainwindow.h"
#include "store/projectstore.h"
#include "uisample.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tb::uitest {

/// Returns the project's path, or empty (after a warning) when it could not be made or opened.
inline QString openSampleInWindow(const QTemporaryDir &dir, UiSampleIds *ids,
                                  std::unique_ptr<MainWindow> *window)
{
    Project project;
    if (!buildUiSample(project, ids))
        return {};
    const QString path = dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                      + QStringLiteral(".threatbench"));
    QFile::remove(path);
    if (const auto store = ProjectStore::create(path, project.data()); !store) {
        qWarning().noquote() << "cannot create" << path << store.error().text();
        return {};
    }
    *window = std::make_unique<MainWindow>();
    (*window)->show();
    if (!QTest::qWaitForWindowExposed(window->get()) || !(*window)->openProject(path))
        return {};
    return path;
}

} // namespace tb::uitest
