#include "logdock.h"

#include <QDateTime>
#include <QEvent>
#include <QPlainTextEdit>

namespace negvae {

LogDock::LogDock(QWidget* parent)
    : QDockWidget(tr("Log"), parent)
    , m_view(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("logDock"));
    m_view->setReadOnly(true);
    m_view->setMaximumBlockCount(5000); // a week-long session must not grow without bound
    m_view->setObjectName(QStringLiteral("logView"));
    setWidget(m_view);
    connect(MessageLog::instance(), &MessageLog::messageAdded, this, &LogDock::append);
}

void LogDock::append(Level level, const QString& message)
{
    QString prefix;
    QString colour;
    switch (level) {
    case Level::Info:
        break;
    case Level::Warning:
        prefix = tr("warning: ");
        colour = QStringLiteral("#b35900");
        break;
    case Level::Error:
        prefix = tr("error: ");
        colour = QStringLiteral("#c00000");
        break;
    }
    const QString time = QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss"));
    QString html = QStringLiteral("<span style='color:#777'>%1</span> %2").arg(time, (prefix + message).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!colour.isEmpty())
        html = QStringLiteral("<span style='color:%1'>%2</span>").arg(colour, html);
    m_view->appendHtml(html);
}

void LogDock::changeEvent(QEvent* event)
{
    // Lines already written stay in the language they were written in, as in any log.
    if (event->type() == QEvent::LanguageChange)
        setWindowTitle(tr("Log"));
    QDockWidget::changeEvent(event);
}

QString LogDock::text() const
{
    return m_view->toPlainText();
}

} // namespace negvae
