#include "diagramexport.h"

#include "document/document.h"
#include "report/diagramrender.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace tb {

QString exportDiagramTo(const ProjectData &data, const Id &diagram, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        if (Result<void> r = renderDiagramSvg(data, diagram, &file); !r)
            return r.error().text();
    } else {
        const Result<QImage> image = renderDiagramImage(data, diagram, 2.0);
        if (!image)
            return image.error().text();
        if (!image->save(&file, "PNG"))
            return QStringLiteral("%1: cannot write the PNG image").arg(path);
    }
    if (!file.commit())
        return QStringLiteral("%1: %2").arg(path, file.errorString());
    return {};
}

QString exportDiagramInteractively(QWidget *parent, const Document &document, const Id &diagram)
{
    const auto it = document.data().diagrams.constFind(diagram);
    if (it == document.data().diagrams.cend())
        return {};
    const QString folder = QFileInfo(document.path()).absolutePath();
    QString selected;
    const QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export Diagram"),
        QFileInfo(folder, it->name + QStringLiteral(".svg")).filePath(),
        QObject::tr("SVG image (*.svg);;PNG image (*.png)"), &selected);
    if (path.isEmpty())
        return {};
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty()) // the filter chosen says which
        target += selected.contains(QLatin1String("png")) ? QStringLiteral(".png")
                                                          : QStringLiteral(".svg");
    if (const QString error = exportDiagramTo(document.data(), diagram, target); !error.isEmpty()) {
        QMessageBox::critical(parent, QObject::tr("Export Failed"), error);
        return {};
    }
    return target;
}

} // namespace tb
