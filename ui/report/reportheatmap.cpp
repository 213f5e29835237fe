// Risk heat maps before and after treatment, on the project's likelihood x impact criteria.

#include "reportpager.h"
#include "reportsections.h"
#include "risk/rating.h"

#include <QPainter>

namespace tb {

namespace {

using Counts = QList<QList<int>>; // [likelihood - 1][impact - 1]

void drawMap(ReportPager &pager, const QString &title, const Counts &counts, const QRectF &area)
{
    QPainter *p = pager.painter();
    const ReportContent &c = pager.content();
    const RiskCriteria &cr = c.data->criteria;
    const int rows = cr.likelihoodLevels(), cols = cr.impactLevels();
    if (!p || rows == 0 || cols == 0)
        return;
    const QFont titleFont = pager.font(10.5, true);
    const QFont small = pager.font(7.5);
    const double th = pager.lineHeight(titleFont) * 1.5;
    const double axis = pager.lineHeight(small) * 2.6; // room for axis names and level names
    const double side = std::min((area.width() - axis) / cols, (area.height() - th - axis) / rows);
    const QRectF grid(area.left() + axis, area.top() + th, side * cols, side * rows);
    p->save();
    p->setFont(titleFont);
    p->setPen(Qt::black);
    p->drawText(QRectF(area.left(), area.top(), area.width(), th), Qt::AlignLeft | Qt::AlignTop,
                title);
    const QFont countFont = pager.font(std::clamp(side / pager.mm(1) * 0.9, 8.0, 16.0), true);
    for (int l = 1; l <= rows; ++l) {
        for (int i = 1; i <= cols; ++i) {
            const QRectF cell(grid.left() + (i - 1) * side, grid.bottom() - l * side, side, side);
            p->fillRect(cell, riskLevelColour(cr.level(l, i), int(cr.levels.size())));
            p->setPen(QPen(Qt::white, pager.mm(0.6)));
            p->drawRect(cell);
            const int n = counts.value(l - 1).value(i - 1);
            if (n > 0) {
                p->setFont(countFont);
                p->setPen(QColor(0x1f, 0x29, 0x37));
                p->drawText(cell, Qt::AlignCenter, QString::number(n));
            }
        }
    }
    p->setFont(small);
    p->setPen(QColor(0x33, 0x33, 0x33));
    const QFontMetricsF fm(small, p->device());
    for (int l = 1; l <= rows; ++l) {
        const QRectF r(area.left() + fm.lineSpacing() * 1.3, grid.bottom() - l * side,
                       axis - fm.lineSpacing() * 1.5, side);
        p->drawText(r, Qt::AlignRight | Qt::AlignVCenter, QString::number(l));
    }
    for (int i = 1; i <= cols; ++i) {
        const QRectF r(grid.left() + (i - 1) * side, grid.bottom() + pager.mm(0.8), side,
                       fm.lineSpacing());
        p->drawText(r, Qt::AlignCenter, QString::number(i));
    }
    p->drawText(
        QRectF(grid.left(), grid.bottom() + fm.lineSpacing() * 1.2, grid.width(), fm.lineSpacing()),
        Qt::AlignCenter, c.text("Impact"));
    p->translate(area.left(), grid.center().y());
    p->rotate(-90);
    p->drawText(QRectF(-grid.height() / 2, 0, grid.height(), fm.lineSpacing()), Qt::AlignCenter,
                c.text("Likelihood"));
    p->restore();
}

void drawLevels(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const RiskCriteria &cr = c.data->criteria;
    const double lh = pager.lineHeight(pager.bodyFont()) * 1.4;
    pager.ensure(lh);
    if (QPainter *p = pager.painter()) {
        p->save();
        p->setFont(pager.bodyFont());
        const QFontMetricsF fm(pager.bodyFont(), p->device());
        double x = pager.body().left();
        for (int i = 0; i < cr.levels.size(); ++i) {
            const QRectF sw(x, pager.y() + lh * 0.15, lh * 0.7, lh * 0.7);
            p->fillRect(sw, riskLevelColour(i, int(cr.levels.size())));
            QString name = c.text(cr.levels[i]);
            if (i == cr.acceptable)
                name += QStringLiteral(" (") + c.text("highest acceptable level") + u')';
            p->setPen(Qt::black);
            p->drawText(
                QRectF(sw.right() + pager.mm(1.5), pager.y(), fm.horizontalAdvance(name) + 2, lh),
                Qt::AlignLeft | Qt::AlignVCenter, name);
            x = sw.right() + pager.mm(1.5) + fm.horizontalAdvance(name) + pager.mm(6);
        }
        p->restore();
    }
    pager.skip(lh + pager.mm(2));
}

} // namespace

void drawHeatMaps(ReportPager &pager)
{
    const ReportContent &c = pager.content();
    const ProjectData &d = *c.data;
    pager.beginSection(QStringLiteral("heatmaps"), sectionTitle(c.text, QStringLiteral("heatmaps")),
                       QPageLayout::Landscape);
    const RiskCriteria &cr = d.criteria;
    Counts before(cr.likelihoodLevels(), QList<int>(cr.impactLevels(), 0));
    Counts after = before;
    int avoided = 0;
    auto add = [](Counts &m, const Rating &r) {
        if (r.likelihood >= 1 && r.likelihood <= m.size() && r.impact >= 1
            && r.impact <= m[0].size())
            ++m[r.likelihood - 1][r.impact - 1];
    };
    for (const Id &id : c.threats) {
        add(before, c.inherent.value(id));
        const ResidualRating res = c.residual.value(id);
        if (res.avoided)
            ++avoided;
        else
            add(after, res.rating);
    }
    pager.paragraph(c.text("Each cell counts the threats of that likelihood and impact; its "
                           "colour is the risk level."),
                    pager.bodyFont());
    pager.paragraph(c.text("%1 threat(s); %2 avoided, not shown after treatment.")
                        .arg(c.threats.size())
                        .arg(avoided),
                    pager.bodyFont());
    drawLevels(pager);
    const QRectF body = pager.body();
    const double gap = pager.mm(12);
    const double w = (body.width() - gap) / 2;
    const double h = body.bottom() - pager.y();
    drawMap(pager, c.text("Before treatment (inherent risk)"), before,
            QRectF(body.left(), pager.y(), w, h));
    drawMap(pager, c.text("After treatment (residual risk)"), after,
            QRectF(body.left() + w + gap, pager.y(), w, h));
    pager.skip(h);
}

} // namespace tb
