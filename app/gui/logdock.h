#pragma once

#include "messagelog.h"

#include <QDockWidget>

class QPlainTextEdit;

namespace negvae {

// The log: messages, warnings and errors of the session with their time, newest last,
// including everything posted to the MessageLog bus (exports, background work).
class LogDock : public QDockWidget {
    Q_OBJECT

public:
    using Level = MessageLog::Level;

    explicit LogDock(QWidget* parent = nullptr);

    void append(Level level, const QString& message);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QPlainTextEdit* m_view;
};

} // namespace negvae
