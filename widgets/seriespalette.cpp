#include "seriespalette.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace negvae {

namespace {

// Okabe & Ito's palette (distinguishable under the common colour-vision deficiencies) minus
// the two colours reserved for the inlier and negative roles, continued by Paul Tol's
// "muted" scheme for sessions with many OOD sets. Yellow is Tol's darker variant because
// Okabe-Ito yellow vanishes on a white background.
constexpr QRgb kOodPalette[] = {
    0xE69F00, // orange
    0x009E73, // bluish green
    0xCC79A7, // reddish purple
    0x56B4E9, // sky blue
    0xCCBB44, // yellow
    0x332288, // indigo
    0x882255, // wine
    0x117733, // green
    0x999933, // olive
    0x44AA99, // teal
    0xAA4499, // purple
    0xD55E00, // vermillion
};
constexpr int kOodPaletteSize = int(sizeof(kOodPalette) / sizeof(kOodPalette[0]));

struct Registry
{
    QMutex mutex;
    QHash<QString, int> indexOfSet;
};

Registry& registry()
{
    static Registry instance;
    return instance;
}

} // namespace

QColor SeriesPalette::inlierColour()
{
    return QColor(0x00, 0x72, 0xB2); // Okabe-Ito blue
}

QColor SeriesPalette::negativeColour()
{
    // Dark grey: negatives are the model's foil, not a data set of interest, and a hue here
    // would sit too close to one of the OOD colours (vermillion next to orange did).
    return QColor(0x4D, 0x4D, 0x4D);
}

QColor SeriesPalette::nth(int index)
{
    return index <= 0 ? inlierColour() : oodColour(index - 1);
}

QColor SeriesPalette::oodColour(int index)
{
    const QColor base = QColor::fromRgb(kOodPalette[index % kOodPaletteSize]);
    // Past the end of the palette, reuse it darker each round rather than inventing hues that
    // might collide with the reserved inlier/negative colours.
    const int round = index / kOodPaletteSize;
    return round == 0 ? base : base.darker(100 + 35 * round);
}

QColor SeriesPalette::colour(const QString& setName, const QString& role)
{
    if (role.compare(QLatin1String("inlier"), Qt::CaseInsensitive) == 0)
        return inlierColour();
    if (role.compare(QLatin1String("negative"), Qt::CaseInsensitive) == 0)
        return negativeColour();

    Registry& r = registry();
    const QMutexLocker lock(&r.mutex);
    auto it = r.indexOfSet.constFind(setName);
    if (it == r.indexOfSet.constEnd())
        it = r.indexOfSet.insert(setName, int(r.indexOfSet.size()));
    return oodColour(it.value());
}

} // namespace negvae
