#pragma once

#include "imageset.h"
#include "progress.h"

#include <QString>
#include <QStringList>
#include <cstdint>

namespace negvae {

// What the letters set is made of: A–Z and a–z rendered from installed fonts, white on
// black like EMNIST, with random scale, rotation, shift and blur.
struct LetterOptions {
    int imageSize = 28;
    int samplesPerGlyph = 20;      // images per character per font face
    uint64_t seed = 0;
    double testFamilyFraction = 0.25; // share of font families held out for the test split
    QStringList fontDirectories = {QStringLiteral("/usr/share/fonts"), QStringLiteral("/usr/local/share/fonts")};
};

// Renders the letters set (SPEC §6) with FreeType and OpenCV. Train and test are split by
// font family, so the test split measures generalisation to unseen typefaces.
// Deterministic for the same options and the same installed fonts: the random draws do not use
// the implementation-defined std:: distributions, but FreeType's rasteriser and OpenCV's
// filters may change pixels between their releases (both versions are in cacheKey()).
// Families that are one design under two names (Liberation Sans and Arimo, FreeSans and Nimbus
// Sans) always land in the same split. Labels: 0..25 for A..Z, 26..51 for a..z.
class LetterRenderer {
public:
    struct Font {
        QString file;
        QString family;
        QString style;
        int faceIndex = 0; // which face of a collection file (.ttc/.otc)
    };
    struct Result {
        ImageSet train;
        ImageSet test;
        QStringList trainFamilies;
        QStringList testFamilies;
    };

    explicit LetterRenderer(LetterOptions options = {});

    // Scalable fonts (any format FreeType reads: TrueType, OpenType, Type 1…) that can render all
    // 52 letters, sorted by family, style and file. Faces lacking a glyph are skipped, and a
    // family/style installed in several files (URW's .otf, .t1, .pfb) is kept once, from the
    // first file in path order.
    QList<Font> availableFonts() const;
    // Whether the installed fonts hold at least two distinct designs (look-alike families
    // count once), the condition render() needs to split train and test.
    bool canSplit() const;
    // Throws DataError when fewer than two font families are available (no split possible).
    Result render(const ProgressCallback& progress = {}) const;
    // A key that changes whenever the options or the installed font files change: the
    // registry's on-disk cache is named after it.
    QString cacheKey() const;

private:
    LetterOptions m_options;
};

} // namespace negvae
