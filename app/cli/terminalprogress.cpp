#include "terminalprogress.h"

#include "durationtext.h"

#include <unistd.h>

TerminalProgress::TerminalProgress(FILE* stream)
    : m_stream(stream)
    , m_interactive(isatty(fileno(stream)) != 0)
{
    m_timer.start();
}

void TerminalProgress::update(qint64 done, qint64 total, qint64 images, const QString& detail)
{
    const qint64 now = m_timer.elapsed();
    if (m_startDone < 0) {
        // Rates count from the first report, so a resumed run's ETA is not skewed by the
        // steps it did not do in this process.
        m_startDone = done;
        m_startImages = images;
        m_timer.restart();
    }
    const bool lastStep = done >= total;
    const qint64 interval = m_interactive ? 200 : 10000;
    if (!lastStep && m_lastDrawMs >= 0 && now - m_lastDrawMs < interval)
        return;
    m_lastDrawMs = now;
    const double seconds = m_timer.elapsed() / 1000.0;
    const double rate = seconds > 0 ? (images - m_startImages) / seconds : 0;
    const double stepsPerSecond = seconds > 0 ? (done - m_startDone) / seconds : 0;
    const double eta = stepsPerSecond > 0 ? (total - done) / stepsPerSecond : -1;
    const double fraction = total > 0 ? double(done) / double(total) : 0;
    const QString figures = QStringLiteral("%1/%2 steps  %3 img/s  elapsed %4  ETA %5  %6")
                                .arg(done).arg(total).arg(rate, 0, 'f', 0)
                                .arg(negvae::DurationText::format(seconds), negvae::DurationText::format(eta), detail);
    if (m_interactive) {
        const int width = 30;
        const int filled = int(fraction * width);
        const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
        std::fprintf(m_stream, "\r[%s] %5.1f%%  %s\x1b[K", bar.toUtf8().constData(), fraction * 100, figures.toUtf8().constData());
        m_barOpen = true;
    } else {
        std::fprintf(m_stream, "%5.1f%%  %s\n", fraction * 100, figures.toUtf8().constData());
    }
    std::fflush(m_stream);
}

void TerminalProgress::finish()
{
    if (m_barOpen)
        std::fprintf(m_stream, "\n");
    m_barOpen = false;
    std::fflush(m_stream);
}

void TerminalProgress::message(const QString& text)
{
    finish();
    std::fprintf(m_stream, "%s\n", text.toUtf8().constData());
    std::fflush(m_stream);
}
