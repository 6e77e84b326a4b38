#pragma once

#include "experimentconfig.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <cstdio>
#include <memory>

class QEventLoop;
class QFile;

// Runs the runs of a local sweep as child processes, a few at a time: `negvae train --config
// ... --out FOLDER` for a new run, `--resume` for one the folder already holds. Each child's
// output goes to FOLDER/train.log; one progress display covers them all (a line redrawn in
// place on a terminal, plain lines in a log). Children run in their own process group, so
// Ctrl-C reaches the sweep alone: the first asks every child to save a checkpoint and stop (a
// rerun of the sweep resumes them), a second kills them at once. A child also gets SIGTERM,
// and so checkpoints, if the sweep itself dies.
class SweepScheduler : public QObject {
    Q_OBJECT

public:
    struct Job {
        QString label;  // the run's folder relative to the sweep folder
        QString folder; // absolute
        negvae::ExperimentConfig config;
        bool create = false; // a new run (`train --config`), else `train --resume`
    };

    // `program` is the negvae binary; `arguments` are appended to every train command
    // (--data-dir); `threads` is each child's share of the cores.
    SweepScheduler(QString program, QStringList arguments, int parallel, int threads, QObject* parent = nullptr);
    ~SweepScheduler() override;

    void add(const Job& job) { m_queue.append(job); }
    // Runs every job; returns the exit code: 0 all finished, 1 some failed, 130 stopped by Ctrl-C.
    // `alreadyDone` counts the finished runs that were skipped, for the display.
    int exec(int alreadyDone);

private:
    struct Running;
    struct Failure {
        QString label;
        QString folder;
        QString why;
        QStringList logTail;
    };

    void startNext();
    void start(const Job& job);
    bool openLog(Running* running);
    void childOutput(Running* running);
    void childFinished(Running* running, int exitCode, QProcess::ExitStatus status);
    void fail(const Job& job, const QString& why, const QStringList& logTail);
    void checkSignals();
    void redraw(bool force);
    void message(const QString& text);
    void finishIfDone();
    QString statusLine() const;

    QString m_program;
    QStringList m_arguments;
    int m_parallel;
    int m_threads;
    QList<Job> m_queue;
    QList<Running*> m_running;
    QList<Failure> m_failures;
    int m_total = 0;
    int m_alreadyDone = 0;
    int m_finished = 0;
    int m_interrupted = 0;
    int m_interruptsHandled = 0;
    bool m_stopping = false;
    bool m_interactive = false;
    bool m_lineOpen = false;
    FILE* m_stream = stdout;
    QElapsedTimer m_clock;
    qint64 m_lastPlainStatusMs = 0;
    qint64 m_lastDrawMs = -1;
    qint64 m_lastMetricsPollMs = 0;
    QTimer m_ticker;
    QEventLoop* m_loop = nullptr;
};
