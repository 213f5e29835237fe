#include "diagramview.h"

#include "core/project.h"
#include "report/diagrampainter.h"

#include <QMouseEvent>
#include <QPainter>

namespace tb {

namespace {
// Small diagrams are shown up to this zoom rather than blown up to fill a big window.
constexpr qreal kMaxZoom = 1.5;
constexpr int kPadding = 12;
} // namespace

DiagramView::DiagramView(QWidget *parent) : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    setFocusPolicy(Qt::ClickFocus);
}

DiagramView::~DiagramView() = default;

void DiagramView::setProject(Project *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    m_diagram = {};
    m_selection = {};
    if (m_project) {
        connect(m_project, &Project::edited, this, [this] {
            if (m_project && !m_project->data().diagrams.contains(m_diagram))
                m_diagram = {};
            update();
        });
    }
    update();
}

void DiagramView::setDiagram(const Id &diagram)
{
    m_diagram = diagram;
    update();
}

void DiagramView::setSelection(const Id &id)
{
    m_selection = id;
    update();
}

QSize DiagramView::sizeHint() const
{
    return {800, 560};
}

QRectF DiagramView::pageRect() const
{
    return QRectF(rect()).adjusted(kPadding, kPadding, -kPadding, -kPadding);
}

QTransform DiagramView::viewTransform() const
{
    if (!m_project || !m_project->data().diagrams.contains(m_diagram))
        return {};
    const DiagramPainter painter(m_project->data());
    return DiagramPainter::fitTransform(painter.bounds(m_project->data().diagrams[m_diagram]),
                                        pageRect(), kMaxZoom);
}

QPointF DiagramView::mapFromDiagram(const QPointF &pos) const
{
    return viewTransform().map(pos);
}

Id DiagramView::objectAt(const QPoint &pos) const
{
    if (!m_project || !m_project->data().diagrams.contains(m_diagram))
        return {};
    const DiagramPainter painter(m_project->data());
    return painter.objectAt(m_project->data().diagrams[m_diagram],
                            viewTransform().inverted().map(QPointF(pos)));
}

void DiagramView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const bool hasDiagram = m_project && m_project->data().diagrams.contains(m_diagram);
    if (!hasDiagram) {
        p.fillRect(rect(), palette().color(QPalette::Window));
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter,
                   m_project ? tr("Select a diagram in the project tree.")
                             : tr("Open a project, or start with File \u203a Open Example."));
        return;
    }
    DiagramPainter painter(m_project->data());
    painter.setSelection(m_selection);
    p.fillRect(rect(), painter.style().background);
    painter.paintFitted(p, m_project->data().diagrams[m_diagram], pageRect(), kMaxZoom);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT objectClicked(objectAt(event->position().toPoint()));
    QWidget::mousePressEvent(event);
}

} // namespace tb
