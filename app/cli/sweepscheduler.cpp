#include "sweepscheduler.h"

#include "configerror.h"
#include "durationtext.h"
#include "sweepplan.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryFile>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <sys/ioctl.h>
#include <sys/prctl.h>
#include <unistd.h>

using namespace negvae;

namespace {

std::atomic<int> interruptCount {0};

// Counted, not acted on: the event loop forwards them to the children (async-signal-safe).
extern "C" void onSweepInterrupt(int)
{
    interruptCount.fetch_add(1);
}

constexpr int kLogTailLines = 15;
constexpr qint64 kPlainStatusIntervalMs = 30000;
constexpr qint64 kRedrawIntervalMs = 250;
constexpr qint64 kMetricsPollIntervalMs = 1000;

// The last lines of a log as they would look on a terminal (a progress bar redraws its line
// with '\r'; only its final state is kept).
QStringList lastLines(const QByteArray& text, int count)
{
    QStringList lines;
    for (const QString& line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        const QString shown = line.section(QLatin1Char('\r'), -1).trimmed();
        if (!shown.isEmpty())
            lines.append(shown);
    }
    return lines.mid(std::max<qsizetype>(0, lines.size() - count));
}

QStringList lastLines(const QString& path, int count)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    file.seek(std::max<qint64>(0, file.size() - 32768));
    return lastLines(file.readAll(), count);
}

// Epochs a run has completed, from the last row of its metrics.csv (appended at the end of
// every epoch): finer than the child's progress lines, which come every 10 s off a terminal.
double finishedEpochs(const SweepScheduler::Job& job)
{
    QFile file(QDir(job.folder).filePath(QStringLiteral("metrics.csv")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    file.seek(std::max<qint64>(0, file.size() - 1024));
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QList<QByteArray> fields = lines[i].split(',');
        bool ok = false;
        const double epoch = fields.size() == 10 ? fields[1].toDouble(&ok) : 0;
        if (ok)
            return epoch;
    }
    return 0;
}

int terminalWidth(FILE* stream)
{
    winsize size {};
    if (ioctl(fileno(stream), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
    return 100;
}

} // namespace

struct SweepScheduler::Running {
    Job job;
    QProcess* process = nullptr;
    std::unique_ptr<QTemporaryFile> config; // a new run's config, read by `train --config`
    QString command;
    QFile log;
    // A new run's folder appears only once its data has loaded (`train` leaves nothing behind
    // when it fails before), so its first output waits here.
    QByteArray pending;
    double fraction = 0; // of this run's epochs
    QElapsedTimer clock;
};

SweepScheduler::SweepScheduler(QString program, QStringList arguments, int parallel, int threads, QObject* parent)
    : QObject(parent)
    , m_program(std::move(program))
    , m_arguments(std::move(arguments))
    , m_parallel(std::max(1, parallel))
    , m_threads(std::max(1, threads))
{
}

SweepScheduler::~SweepScheduler()
{
    for (Running* running : m_running) {
        running->process->kill();
        running->process->waitForFinished(5000);
        delete running;
    }
}

int SweepScheduler::exec(int alreadyDone)
{
    m_total = int(m_queue.size());
    m_alreadyDone = alreadyDone;
    m_interactive = isatty(fileno(m_stream)) != 0;
    interruptCount.store(0);
    const auto previousInt = std::signal(SIGINT, onSweepInterrupt);
    const auto previousTerm = std::signal(SIGTERM, onSweepInterrupt);
    m_clock.start();

    QEventLoop loop;
    m_loop = &loop;
    connect(&m_ticker, &QTimer::timeout, this, [this] {
        checkSignals();
        if (m_clock.elapsed() - m_lastMetricsPollMs >= kMetricsPollIntervalMs) {
            m_lastMetricsPollMs = m_clock.elapsed();
            for (Running* running : m_running)
                running->fraction = std::max(
                    running->fraction, finishedEpochs(running->job) / double(running->job.config.training.epochs));
        }
        redraw(false);
    });
    m_ticker.start(100);
    QTimer::singleShot(0, this, [this] {
        startNext();
        finishIfDone();
    });
    loop.exec();
    m_ticker.stop();
    m_loop = nullptr;
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);

    if (m_lineOpen)
        std::fprintf(m_stream, "\r\x1b[K");
    m_lineOpen = false;
    const int notRun = int(m_queue.size());
    QString summary = QStringLiteral("sweep: %1 run(s) finished").arg(m_alreadyDone + m_finished);
    if (m_alreadyDone > 0)
        summary += QStringLiteral(" (%1 already before)").arg(m_alreadyDone);
    if (!m_failures.isEmpty())
        summary += QStringLiteral(", %1 failed").arg(m_failures.size());
    if (m_interrupted > 0)
        summary += QStringLiteral(", %1 stopped with a checkpoint").arg(m_interrupted);
    if (notRun > 0)
        summary += QStringLiteral(", %1 not started").arg(notRun);
    summary += QStringLiteral("; took %1").arg(DurationText::format(m_clock.elapsed() / 1000.0));
    std::fprintf(m_stream, "%s\n", summary.toUtf8().constData());
    std::fflush(m_stream);
    for (const Failure& failure : m_failures) {
        QString text = QStringLiteral("negvae sweep: %1 failed: %2\n  folder: %3\n")
                           .arg(failure.label, failure.why, failure.folder);
        if (!failure.logTail.isEmpty()) {
            const QString log = QDir(failure.folder).filePath(QStringLiteral("train.log"));
            text += QFileInfo::exists(log) ? QStringLiteral("  last lines of %1:\n").arg(log)
                                           : QStringLiteral("  its last output (the run folder was never created):\n");
            for (const QString& line : failure.logTail)
                text += QStringLiteral("    ") + line + QLatin1Char('\n');
        }
        std::fprintf(stderr, "%s", text.toUtf8().constData());
    }
    if (m_stopping || m_interrupted > 0 || !m_failures.isEmpty())
        std::fprintf(stderr,
            "negvae sweep: run the same command again: finished runs are skipped, the others retried or resumed\n");
    if (m_stopping)
        return 130;
    return (m_failures.isEmpty() && m_interrupted == 0) ? 0 : 1;
}

void SweepScheduler::startNext()
{
    while (!m_stopping && m_running.size() < m_parallel && !m_queue.isEmpty())
        start(m_queue.takeFirst());
}

void SweepScheduler::start(const Job& job)
{
    auto running = std::make_unique<Running>();
    running->job = job;
    running->log.setFileName(QDir(job.folder).filePath(QStringLiteral("train.log")));
    QStringList arguments {QStringLiteral("train")};
    if (job.create) {
        running->config = std::make_unique<QTemporaryFile>(
            QDir(QDir::tempPath()).filePath(QStringLiteral("negvae-sweep-XXXXXX.json")));
        const QByteArray text = job.config.toJsonText();
        if (!running->config->open() || running->config->write(text) != text.size() || !running->config->flush()) {
            fail(job,
                QStringLiteral("cannot write its config to %1: %2")
                    .arg(running->config->fileName(), running->config->errorString()),
                {});
            return;
        }
        arguments << QStringLiteral("--config") << running->config->fileName();
    } else {
        try {
            SweepPlan::adoptThreads(job.folder, job.config.training.threads);
        } catch (const ConfigException& error) {
            fail(job, error.message(), {});
            return;
        }
        arguments << QStringLiteral("--resume");
    }
    arguments << QStringLiteral("--out") << job.folder << m_arguments;
    running->command = QStringLiteral("negvae ") + arguments.join(QLatin1Char(' '));
    if (!job.create && !openLog(running.get())) {
        fail(job, QStringLiteral("cannot write %1: %2").arg(running->log.fileName(), running->log.errorString()), {});
        return;
    }

    running->process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    // BLAS reads this; LibTorch gets training.threads from the config.
    environment.insert(QStringLiteral("OMP_NUM_THREADS"), QString::number(m_threads));
    running->process->setProcessEnvironment(environment);
    running->process->setProcessChannelMode(QProcess::MergedChannels);
    running->process->setChildProcessModifier([] {
        // Its own process group: a terminal's Ctrl-C reaches only the sweep, which forwards
        // exactly one (a second one would kill the child before its checkpoint).
        ::setpgid(0, 0);
        // If the sweep dies, the child checkpoints and stops rather than train on unseen,
        // into the folder a rerun of the sweep would train into as well.
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
    });
    Running* raw = running.release();
    connect(raw->process, &QProcess::readyReadStandardOutput, this, [this, raw] { childOutput(raw); });
    connect(raw->process, &QProcess::finished, this,
        [this, raw](int exitCode, QProcess::ExitStatus status) { childFinished(raw, exitCode, status); });
    connect(raw->process, &QProcess::errorOccurred, this, [this, raw](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        m_running.removeOne(raw);
        fail(raw->job, QStringLiteral("cannot start %1: %2").arg(m_program, raw->process->errorString()), {});
        raw->process->deleteLater();
        delete raw;
        startNext();
        finishIfDone();
    });
    m_running.append(raw);
    raw->clock.start();
    message(QStringLiteral("%1 %2").arg(job.create ? QStringLiteral("start ") : QStringLiteral("resume"), job.label));
    raw->process->start(m_program, arguments);
}

bool SweepScheduler::openLog(Running* running)
{
    if (running->log.isOpen())
        return true;
    if (!running->log.open(QIODevice::Append))
        return false;
    running->log.write(QStringLiteral("---- negvae sweep, %1: %2\n")
                           .arg(QDateTime::currentDateTime().toString(Qt::ISODate), running->command)
                           .toUtf8());
    running->log.write(running->pending);
    running->log.flush();
    running->pending.clear();
    return true;
}

void SweepScheduler::childOutput(Running* running)
{
    running->pending += running->process->readAllStandardOutput();
    const QByteArray data = running->pending;
    if (running->log.isOpen()
        || (QFileInfo::exists(QDir(running->job.folder).filePath(QStringLiteral("config.json"))) && openLog(running))) {
        running->log.write(running->pending);
        running->log.flush();
        running->pending.clear();
    }
    // `negvae train` prints "... 120/600 steps ..." (every 10 s when not on a terminal).
    static const QRegularExpression steps(QStringLiteral("(\\d+)/(\\d+) steps"));
    QRegularExpressionMatchIterator it = steps.globalMatch(QString::fromUtf8(data));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const double total = match.captured(2).toDouble();
        if (total > 0)
            running->fraction = std::clamp(match.captured(1).toDouble() / total, 0.0, 1.0);
    }
}

void SweepScheduler::childFinished(Running* running, int exitCode, QProcess::ExitStatus status)
{
    childOutput(running);
    QStringList tail;
    if (running->log.isOpen()) {
        running->log.write(
            QStringLiteral("---- exit %1\n")
                .arg(status == QProcess::NormalExit ? QString::number(exitCode) : QStringLiteral("(killed)"))
                .toUtf8());
        running->log.close();
        tail = lastLines(running->log.fileName(), kLogTailLines);
    } else {
        // It stopped before its run folder existed (a data set that would not load, say):
        // nothing is left behind, and its output is all there is to show.
        tail = lastLines(running->pending, kLogTailLines);
    }
    m_running.removeOne(running);
    const Job& job = running->job;
    const QString took = DurationText::format(running->clock.elapsed() / 1000.0);
    if (status == QProcess::NormalExit && exitCode == 0) {
        ++m_finished;
        message(QStringLiteral("done   %1 (%2)").arg(job.label, took));
    } else if (status == QProcess::NormalExit && exitCode == 130) {
        ++m_interrupted;
        message(QStringLiteral("stopped %1 after %2; its checkpoint is saved").arg(job.label, took));
    } else if (m_stopping && status == QProcess::CrashExit) {
        ++m_interrupted;
        message(QStringLiteral("killed %1; it resumes from its last checkpoint").arg(job.label));
    } else {
        fail(job,
            status == QProcess::CrashExit ? QStringLiteral("killed by a signal")
                                          : QStringLiteral("exit code %1").arg(exitCode),
            tail);
    }
    running->process->deleteLater();
    delete running;
    startNext();
    finishIfDone();
}

void SweepScheduler::fail(const Job& job, const QString& why, const QStringList& logTail)
{
    m_failures.append({job.label, job.folder, why, logTail});
    message(QStringLiteral("FAILED %1: %2").arg(job.label, why));
}

void SweepScheduler::finishIfDone()
{
    if (m_loop && m_running.isEmpty() && (m_queue.isEmpty() || m_stopping))
        m_loop->quit();
}

void SweepScheduler::checkSignals()
{
    const int count = interruptCount.load();
    while (m_interruptsHandled < count) {
        ++m_interruptsHandled;
        if (!m_stopping) {
            m_stopping = true;
            message(QStringLiteral("interrupted: %1 running run(s) save a checkpoint and stop; Ctrl-C again kills them")
                        .arg(m_running.size()));
            for (Running* running : m_running)
                ::kill(pid_t(running->process->processId()), SIGINT);
        } else {
            message(QStringLiteral("killing %1 run(s)").arg(m_running.size()));
            for (Running* running : m_running)
                ::kill(pid_t(running->process->processId()), SIGKILL);
        }
    }
    finishIfDone();
}

QString SweepScheduler::statusLine() const
{
    const int all = m_alreadyDone + m_total;
    const int done = m_alreadyDone + m_finished;
    double work = m_finished + double(m_failures.size());
    for (const Running* running : m_running)
        work += running->fraction;
    const double seconds = m_clock.elapsed() / 1000.0;
    const double eta = work > 0.01 && !m_stopping ? seconds * (m_total - work) / work : -1;
    QString text = QStringLiteral("%1/%2 runs done").arg(done).arg(all);
    if (!m_failures.isEmpty())
        text += QStringLiteral(", %1 failed").arg(m_failures.size());
    text += QStringLiteral(", %1 running  elapsed %2  ETA %3")
                .arg(m_running.size())
                .arg(DurationText::format(seconds), DurationText::format(eta));
    QStringList running;
    for (const Running* r : m_running)
        running.append(QStringLiteral("%1 %2%").arg(r->job.label).arg(int(r->fraction * 100)));
    if (!running.isEmpty())
        text += QStringLiteral("  | ") + running.join(QStringLiteral(", "));
    return text;
}

void SweepScheduler::redraw(bool force)
{
    const qint64 now = m_clock.elapsed();
    if (m_interactive) {
        if (!force && m_lastDrawMs >= 0 && now - m_lastDrawMs < kRedrawIntervalMs)
            return;
        m_lastDrawMs = now;
        const int all = std::max(1, m_alreadyDone + m_total);
        double work = m_alreadyDone + m_finished + double(m_failures.size());
        for (const Running* running : m_running)
            work += running->fraction;
        const int width = 20;
        const int filled = std::clamp(int(work / all * width), 0, width);
        QString line = QStringLiteral("[%1%2] ").arg(
                           QString(filled, QLatin1Char('#')), QString(width - filled, QLatin1Char('.')))
            + statusLine();
        const int columns = terminalWidth(m_stream) - 1;
        if (line.size() > columns)
            line = line.left(columns - 1) + QStringLiteral("…");
        std::fprintf(m_stream, "\r%s\x1b[K", line.toUtf8().constData());
        m_lineOpen = true;
    } else if (force || now - m_lastPlainStatusMs >= kPlainStatusIntervalMs) {
        if (!force) {
            std::fprintf(m_stream, "[%s] %s\n", DurationText::format(now / 1000.0).toUtf8().constData(),
                statusLine().toUtf8().constData());
        }
        m_lastPlainStatusMs = now;
    }
    std::fflush(m_stream);
}

void SweepScheduler::message(const QString& text)
{
    if (m_lineOpen)
        std::fprintf(m_stream, "\r\x1b[K");
    m_lineOpen = false;
    std::fprintf(m_stream, "[%s] %s\n", DurationText::format(m_clock.elapsed() / 1000.0).toUtf8().constData(),
        text.toUtf8().constData());
    redraw(true);
}
