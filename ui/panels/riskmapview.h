#pragma once

#include <QWidget>

#include <memory>

namespace tb {

class Document;

/// The risk heat map: likelihood (rows, highest on top) x impact (columns) on the project's
/// risk criteria, each cell coloured by its risk level and showing how many threats sit there,
/// inherent or residual (toggle). Not-applicable threats and avoided risks are left out.
/// Clicking a cell (or Enter on the focused cell) emits cellActivated() to filter the threats.
class RiskMapView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RiskMapView)

public:
    explicit RiskMapView(QWidget *parent = nullptr);
    ~RiskMapView() override;

    void setDocument(Document *document);
    bool isResidual() const;
    /// Threats in a cell of the map shown now.
    int count(int likelihood, int impact) const;
    /// Where a cell is drawn, in widget coordinates (empty when out of range).
    QRect cellRect(int likelihood, int impact) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public Q_SLOTS:
    void setResidual(bool residual);
    void refresh();

Q_SIGNALS:
    void cellActivated(int likelihood, int impact, bool residual);
    void residualChanged(bool residual);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect gridRect() const;
    QPoint cellAt(const QPoint &pos) const; // (likelihood, impact), or (0, 0)

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace tb
