#include "riskmapview.h"

#include "core/project.h"
#include "document/document.h"
#include "i18n/translations.h"
#include "risk/rating.h"
#include "riskmapcolors.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPointer>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace tb {

namespace {
constexpr int kMargin = 8;
constexpr int kToolbarHeight = 34;
} // namespace

struct RiskMapView::Private
{
    QPointer<Document> document;
    bool residual = false;
    RiskCriteria criteria = defaultRiskCriteria();
    QList<QList<int>> counts; // [likelihood - 1][impact - 1]
    QPoint hover;
    QPoint focus{1, 1};
    QTimer *pending = nullptr;
    QToolButton *inherent = nullptr;
    QToolButton *residualButton = nullptr;
};

RiskMapView::RiskMapView(QWidget *parent) : QWidget(parent), d(std::make_unique<Private>())
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Risk map"));
    d->pending = new QTimer(this);
    d->pending->setSingleShot(true);
    d->pending->setInterval(50); // coalesces bursts of edits
    connect(d->pending, &QTimer::timeout, this, &RiskMapView::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(kMargin, 4, kMargin, 4);
    auto *bar = new QHBoxLayout;
    d->inherent = new QToolButton(this);
    d->inherent->setObjectName(QStringLiteral("inherent"));
    d->inherent->setText(tr("Inherent"));
    d->inherent->setCheckable(true);
    d->inherent->setChecked(true);
    d->residualButton = new QToolButton(this);
    d->residualButton->setObjectName(QStringLiteral("residual"));
    d->residualButton->setText(tr("Residual"));
    d->residualButton->setCheckable(true);
    auto *group = new QButtonGroup(this);
    group->addButton(d->inherent);
    group->addButton(d->residualButton);
    group->setExclusive(true);
    bar->addWidget(d->inherent);
    bar->addWidget(d->residualButton);
    bar->addStretch(1);
    layout->addLayout(bar);
    layout->addStretch(1);
    connect(d->residualButton, &QToolButton::toggled, this, &RiskMapView::setResidual);
    refresh();
}

RiskMapView::~RiskMapView() = default;

void RiskMapView::setDocument(Document *document)
{
    if (!followDocument(d->document, document, this, [this] { d->pending->start(); }))
        return;
    refresh();
}

bool RiskMapView::isResidual() const
{
    return d->residual;
}

void RiskMapView::setResidual(bool residual)
{
    if (d->residual == residual)
        return;
    d->residual = residual;
    d->residualButton->setChecked(residual);
    d->inherent->setChecked(!residual);
    refresh();
    Q_EMIT residualChanged(residual);
}

int RiskMapView::count(int likelihood, int impact) const
{
    return d->counts.value(likelihood - 1).value(impact - 1);
}

void RiskMapView::refresh()
{
    d->pending->stop();
    d->criteria = d->document ? d->document->data().criteria : defaultRiskCriteria();
    const int nl = d->criteria.likelihoodLevels();
    const int ni = d->criteria.impactLevels();
    d->counts = QList<QList<int>>(nl, QList<int>(ni, 0));
    if (d->document) {
        const ProjectData &pd = d->document->data();
        for (const Threat &t : pd.threats) {
            if (t.status == ThreatStatus::NotApplicable)
                continue;
            Rating r = inherentRating(pd, t);
            if (d->residual) {
                const ResidualRating rr = residualRating(pd, t);
                if (rr.avoided)
                    continue;
                r = rr.rating;
            }
            if (r.likelihood >= 1 && r.likelihood <= nl && r.impact >= 1 && r.impact <= ni)
                ++d->counts[r.likelihood - 1][r.impact - 1];
        }
    }
    d->focus = QPoint(std::clamp(d->focus.x(), 1, nl), std::clamp(d->focus.y(), 1, ni));
    update();
}

QSize RiskMapView::sizeHint() const
{
    return {520, 420};
}

QSize RiskMapView::minimumSizeHint() const
{
    return {260, 220};
}

QRect RiskMapView::gridRect() const
{
    const QFontMetrics fm = fontMetrics();
    // Room for the axis titles and the level names on the left and at the bottom, and the
    // legend on the right.
    int labelWidth = 0;
    for (const ScaleLevel &s : d->criteria.likelihood)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(displayTerm(s.name)));
    labelWidth = std::min(labelWidth, width() / 3);
    int legendWidth = 0;
    for (const QString &l : d->criteria.levels)
        legendWidth = std::max(legendWidth, fm.horizontalAdvance(displayTerm(l)));
    legendWidth += fm.height() + 24;
    const int left = kMargin + fm.height() + 6 + labelWidth + 8;
    const int top = kToolbarHeight + 6;
    const int bottom = height() - kMargin - 2 * fm.height() - 10;
    const int right = width() - kMargin - legendWidth;
    return QRect(QPoint(left, top), QPoint(std::max(left + 10, right), std::max(top + 10, bottom)));
}

QRect RiskMapView::cellRect(int likelihood, int impact) const
{
    const int nl = d->criteria.likelihoodLevels();
    const int ni = d->criteria.impactLevels();
    if (likelihood < 1 || likelihood > nl || impact < 1 || impact > ni)
        return {};
    const QRect g = gridRect();
    const double w = double(g.width()) / ni;
    const double h = double(g.height()) / nl;
    const int x0 = g.left() + int(w * (impact - 1));
    const int x1 = g.left() + int(w * impact);
    const int y0 = g.top() + int(h * (nl - likelihood));
    const int y1 = g.top() + int(h * (nl - likelihood + 1));
    return QRect(QPoint(x0, y0), QPoint(x1 - 1, y1 - 1));
}

QPoint RiskMapView::cellAt(const QPoint &pos) const
{
    for (int l = 1; l <= d->criteria.likelihoodLevels(); ++l) {
        for (int i = 1; i <= d->criteria.impactLevels(); ++i) {
            if (cellRect(l, i).contains(pos))
                return {l, i};
        }
    }
    return {};
}

void RiskMapView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const int nl = d->criteria.likelihoodLevels();
    const int ni = d->criteria.impactLevels();
    const int levels = int(d->criteria.levels.size());
    QFont countFont = font();
    countFont.setBold(true);
    countFont.setPointSizeF(countFont.pointSizeF() * 1.5);
    for (int l = 1; l <= nl; ++l) {
        for (int i = 1; i <= ni; ++i) {
            const QRect r = cellRect(l, i).adjusted(2, 2, -2, -2);
            const int n = count(l, i);
            QColor c = riskLevelColor(d->criteria.level(l, i), levels);
            if (n == 0) // empty cells recede, so the eye goes to where the threats are
                c = QColor::fromRgbF(float(c.redF() * 0.35 + 0.65 * pal.base().color().redF()),
                                     float(c.greenF() * 0.35 + 0.65 * pal.base().color().greenF()),
                                     float(c.blueF() * 0.35 + 0.65 * pal.base().color().blueF()));
            p.setPen(Qt::NoPen);
            p.setBrush(c);
            p.drawRoundedRect(r, 4, 4);
            if (QPoint(l, i) == d->hover || (hasFocus() && QPoint(l, i) == d->focus)) {
                p.setPen(QPen(pal.text().color(), 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 4, 4);
            }
            if (n > 0) {
                p.setFont(countFont);
                p.setPen(textColorOn(c));
                p.drawText(r, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    // Axes: level names, then titles.
    p.setFont(font());
    p.setPen(pal.text().color());
    const QRect g = gridRect();
    const QFontMetrics fm = fontMetrics();
    for (int l = 1; l <= nl; ++l) {
        const QRect r = cellRect(l, 1);
        const QRect label(kMargin + fm.height() + 6, r.top(), g.left() - kMargin - fm.height() - 14,
                          r.height());
        p.drawText(label, Qt::AlignRight | Qt::AlignVCenter,
                   fm.elidedText(QStringLiteral("%1 %2").arg(l).arg(
                                     displayTerm(d->criteria.likelihood.value(l - 1).name)),
                                 Qt::ElideRight, label.width()));
    }
    for (int i = 1; i <= ni; ++i) {
        const QRect r = cellRect(1, i);
        const QRect label(r.left(), g.bottom() + 4, r.width(), fm.height());
        p.drawText(label, Qt::AlignCenter,
                   fm.elidedText(QStringLiteral("%1 %2").arg(i).arg(
                                     displayTerm(d->criteria.impact.value(i - 1).name)),
                                 Qt::ElideRight, label.width()));
    }
    QFont title = font();
    title.setBold(true);
    p.setFont(title);
    p.drawText(QRect(g.left(), g.bottom() + 6 + fm.height(), g.width(), fm.height() + 4),
               Qt::AlignCenter, tr("Impact"));
    p.save();
    p.translate(kMargin + fm.height(), g.center().y());
    p.rotate(-90);
    p.drawText(QRect(-g.height() / 2, -fm.height(), g.height(), fm.height() + 4), Qt::AlignCenter,
               tr("Likelihood"));
    p.restore();
    // Legend: the risk levels, the acceptable ones marked.
    p.setFont(font());
    int y = g.top();
    const int x = g.right() + 16;
    for (int level = levels - 1; level >= 0; --level) {
        p.setPen(Qt::NoPen);
        p.setBrush(riskLevelColor(level, levels));
        p.drawRoundedRect(QRect(x, y + 2, fm.height() - 4, fm.height() - 4), 2, 2);
        p.setPen(pal.text().color());
        p.drawText(QPoint(x + fm.height() + 2, y + fm.ascent()),
                   displayTerm(d->criteria.levels[level])
                       + (level <= d->criteria.acceptable ? QStringLiteral(" ✓") : QString()));
        y += fm.height() + 6;
    }
    p.setPen(pal.placeholderText().color());
    p.drawText(QPoint(x, y + fm.ascent()), d->residual ? tr("Residual") : tr("Inherent"));
}

void RiskMapView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell != d->hover) {
        d->hover = cell;
        setCursor(cell.isNull() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void RiskMapView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPoint cell = cellAt(event->position().toPoint());
    if (cell.isNull())
        return;
    d->focus = cell;
    update();
    Q_EMIT cellActivated(cell.x(), cell.y(), d->residual);
}

void RiskMapView::keyPressEvent(QKeyEvent *event)
{
    QPoint f = d->focus;
    switch (event->key()) {
    case Qt::Key_Up:
        f.rx() += 1;
        break;
    case Qt::Key_Down:
        f.rx() -= 1;
        break;
    case Qt::Key_Left:
        f.ry() -= 1;
        break;
    case Qt::Key_Right:
        f.ry() += 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT cellActivated(f.x(), f.y(), d->residual);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    d->focus = QPoint(std::clamp(f.x(), 1, d->criteria.likelihoodLevels()),
                      std::clamp(f.y(), 1, d->criteria.impactLevels()));
    update();
}

void RiskMapView::leaveEvent(QEvent *event)
{
    d->hover = QPoint();
    update();
    QWidget::leaveEvent(event);
}

bool RiskMapView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QPoint cell = cellAt(help->pos());
        if (cell.isNull()) {
            QToolTip::hideText();
            return true;
        }
        const RiskCriteria &c = d->criteria;
        QToolTip::showText(help->globalPos(),
                           tr("Likelihood %1 (%2) × impact %3 (%4): %5\n%n threat(s)", "",
                              count(cell.x(), cell.y()))
                               .arg(cell.x())
                               .arg(displayTerm(c.likelihood.value(cell.x() - 1).name))
                               .arg(cell.y())
                               .arg(displayTerm(c.impact.value(cell.y() - 1).name),
                                    displayTerm(c.levels.value(c.level(cell.x(), cell.y())))),
                           this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace tb
