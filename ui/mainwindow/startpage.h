#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListWidget;
class QPushButton;
QT_END_NAMESPACE

namespace tb {

/// What the window shows with no project open: recent projects and ways to start.
class StartPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StartPage)

public:
    explicit StartPage(QWidget *parent = nullptr);
    ~StartPage() override;

    /// Reloads the recent projects list.
    void refresh();
    QListWidget *recentList() const { return m_recent; }
    QPushButton *exampleButton() const { return m_example; }

Q_SIGNALS:
    void newRequested();
    void openRequested();
    void exampleRequested();
    void importRequested();
    void recentRequested(const QString &path);

private:
    QListWidget *m_recent;
    QPushButton *m_example;
};

} // namespace tb
