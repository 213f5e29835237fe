#pragma once

// The sample project (uisample.h) open in a shown DiagramView at 100%, and mouse gestures on its
// viewport in diagram coordinates, shared by the canvas tests.

#include "canvas/diagramscene.h"
#include "canvas/diagramview.h"
#include "canvas/pointhandle.h"
#include "document/document.h"
#include "uisample.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace tb::uitest {

class CanvasFixture
{
public:
    /// Creates the sample as a new project file in `dir` and shows it at 100%, centred on the
    /// sample; false (after a warning saying why) when that fails.
    bool open(const QTemporaryDir &dir)
    {
        Project project;
        if (!buildUiSample(project, &m_ids))
            return false;
        const QString path = dir.filePath(QString::fromLatin1(QTest::currentTestFunction())
                                          + QStringLiteral(".threatbench"));
        QFile::remove(path);
        auto doc = Document::create(path, project.data());
        if (!doc.ok()) {
            qWarning().noquote() << "cannot create" << path << doc.error().text();
            return false;
        }
        m_doc = std::move(doc).value();
        m_view = std::make_unique<DiagramView>();
        m_view->resize(1100, 700);
        m_view->setDocument(m_doc.get());
        m_view->setDiagram(m_ids.diagram);
        m_view->show();
        if (!QTest::qWaitForWindowExposed(m_view.get()))
            return false;
        m_view->setZoom(1.0);
        m_view->centerOn(QPointF(520, 220));
        m_view->setFocus();
        return true;
    }

    void close()
    {
        m_view.reset();
        m_doc.reset();
    }

    const UiSampleIds &ids() const { return m_ids; }
    DiagramView *view() const { return m_view.get(); }
    DiagramScene *scene() const { return m_view->diagramScene(); }
    Document *doc() const { return m_doc.get(); }
    QUndoStack *undo() const { return m_doc->undoStack(); }
    const ProjectData &data() const { return m_doc->data(); }

    Placement placement(const Id &id) const
    {
        return m_doc->data().diagrams.value(m_ids.diagram).placements.value(id);
    }
    QList<QPointF> points(const Id &id) const { return placement(id).points; }

    /// Where a diagram point is shown in the viewport.
    QPoint at(const QPointF &diagramPos) const
    {
        return m_view->mapFromDiagram(diagramPos).toPoint();
    }

    void press(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, mods, pos);
    }
    void moveTo(const QPoint &pos, Qt::MouseButtons buttons = Qt::LeftButton,
                Qt::KeyboardModifiers mods = {})
    {
        // A move with the button held, as a real drag delivers it.
        QMouseEvent move(QEvent::MouseMove, pos, m_view->viewport()->mapToGlobal(pos), Qt::NoButton,
                         buttons, mods);
        QApplication::sendEvent(m_view->viewport(), &move);
    }
    void release(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, mods, pos);
    }
    void click(const QPoint &pos, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, mods, pos);
    }
    void drag(const QPoint &from, const QPoint &to, Qt::KeyboardModifiers mods = {})
    {
        press(from, mods);
        for (int i = 1; i <= 5; ++i)
            moveTo(from + (to - from) * i / 5, Qt::LeftButton, mods);
        release(to, mods);
    }
    /// What a real double-click delivers: press, release, double-click, release.
    void doubleClick(const QPoint &pos)
    {
        click(pos);
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, pos);
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, pos);
    }

    /// The handles shown on an item, by index.
    static QList<PointHandle *> handles(const QGraphicsItem *item)
    {
        QList<PointHandle *> out;
        for (QGraphicsItem *child : item->childItems()) {
            if (child->type() == PointHandle::Type)
                out.append(static_cast<PointHandle *>(child));
        }
        std::sort(out.begin(), out.end(), [](const PointHandle *a, const PointHandle *b) {
            return a->index() < b->index();
        });
        return out;
    }

private:
    UiSampleIds m_ids;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<DiagramView> m_view;
};

} // namespace tb::uitest
