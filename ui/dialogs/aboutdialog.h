#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QTextBrowser;
QT_END_NAMESPACE

namespace tb {

/// Help > About: version, the libraries used with their licences, and where templates,
/// settings and data live on this machine.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The text shown, as HTML (for tests and "copy to clipboard").
    QString html() const;

private:
    QTextBrowser *m_text;
};

} // namespace tb
