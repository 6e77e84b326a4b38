#pragma once

#include <QElapsedTimer>
#include <QString>
#include <cstdio>

// Progress on the terminal: a redrawn bar with ETA and images/s when stdout is a terminal,
// otherwise a plain line now and then (log files, CI).
class TerminalProgress {
public:
    explicit TerminalProgress(FILE* stream = stdout);

    // `done` of `total` steps; images/s measured over the whole run.
    void update(qint64 done, qint64 total, qint64 images, const QString& detail);
    // Ends the bar's line so later output starts on a fresh one.
    void finish();
    void message(const QString& text);

private:
    FILE* m_stream;
    bool m_interactive;
    QElapsedTimer m_timer;
    qint64 m_lastDrawMs = -1;
    qint64 m_startDone = -1;
    qint64 m_startImages = 0;
    bool m_barOpen = false;
};
