#include "durationtext.h"

namespace negvae {

QString DurationText::format(double seconds)
{
    // Negative, NaN and absurd values mean "no estimate yet".
    if (!(seconds >= 0) || seconds > 1e7)
        return QStringLiteral("--:--");
    const qint64 s = qint64(seconds + 0.5);
    const auto twoDigits = [](qint64 value) { return QStringLiteral("%1").arg(value, 2, 10, QLatin1Char('0')); };
    if (s >= 3600)
        return QStringLiteral("%1:%2:%3").arg(s / 3600).arg(twoDigits((s / 60) % 60), twoDigits(s % 60));
    return QStringLiteral("%1:%2").arg(twoDigits(s / 60), twoDigits(s % 60));
}

} // namespace negvae
