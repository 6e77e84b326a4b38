#pragma once

#include <QDockWidget>

class QPlainTextEdit;

namespace negvae {

// The log: messages, warnings and errors of the session with their time, newest last.
class LogDock : public QDockWidget {
    Q_OBJECT

public:
    enum class Level { Info, Warning, Error };

    explicit LogDock(QWidget* parent = nullptr);

    void append(Level level, const QString& message);
    QString text() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QPlainTextEdit* m_view;
};

} // namespace negvae
