#pragma once

#include <QObject>
#include <QString>

namespace negvae {

// The application's message bus for what widgets have to say but no place to say it: an
// export that succeeded or failed, a file that could not be read. The main window shows every
// message in its log dock (the pattern of QGIS's QgsMessageLog). Callable from any thread:
// receivers in the GUI thread get the message queued.
class MessageLog : public QObject {
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    static MessageLog* instance();
    static void add(Level level, const QString& text);
    static void info(const QString& text) { add(Level::Info, text); }
    static void warning(const QString& text) { add(Level::Warning, text); }
    static void error(const QString& text) { add(Level::Error, text); }

Q_SIGNALS:
    void messageAdded(negvae::MessageLog::Level level, const QString& text);

private:
    MessageLog() = default;
};

} // namespace negvae
