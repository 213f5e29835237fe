#pragma once

// Opens the assessed example (or a sample) as a Document in a temporary folder, for the panel
// tests.

#include "core/propertycatalog.h"
#include "document/document.h"
#include "engine/templatelibrary.h"
#include "io/canonicaljson.h"

#include <QAbstractItemView>
#include <QDebug>
#include <QTemporaryDir>
#include <QTest>

namespace tb::uitest {

inline std::unique_ptr<Document> openAssessedExample(const QTemporaryDir &dir, const QString &name)
{
    const Result<ProjectData> data = importCanonicalJsonFile(
        QStringLiteral(THREATBENCH_SOURCE_DIR
                       "/templates/examples/smart-door-lock-assessed.threatbench.json"),
        PropertyCatalog::builtIn());
    if (!data) {
        qWarning().noquote() << data.error().text();
        return nullptr;
    }
    Result<std::unique_ptr<Document>> doc = Document::create(dir.filePath(name), data.value());
    if (!doc) {
        qWarning().noquote() << doc.error().text();
        return nullptr;
    }
    return std::move(doc).value();
}

inline std::shared_ptr<const TemplateLibrary> builtInLibrary()
{
    static const std::shared_ptr<const TemplateLibrary> library
        = std::make_shared<const TemplateLibrary>(
            builtInTemplateLibrary(PropertyCatalog::builtIn()).library);
    return library;
}

/// Clicks the centre of a row of an item view, scrolling it into view first.
inline void clickIndex(QAbstractItemView *view, const QModelIndex &index,
                       Qt::KeyboardModifiers modifiers = {})
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers,
                      view->visualRect(index).center());
}

} // namespace tb::uitest
