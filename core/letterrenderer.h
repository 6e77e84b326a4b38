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
// Deterministic for the same options and the same installed fonts. Labels: 0..25 for A..Z,
// 26..51 for a..z.
class LetterRenderer {
public:
    struct Font {
        QString file;
        QString family;
        QString style;
    };
    struct Result {
        ImageSet train;
        ImageSet test;
        QStringList trainFamilies;
        QStringList testFamilies;
    };

    explicit LetterRenderer(LetterOptions options = {});

    // Scalable TrueType/OpenType fonts that can render all 52 letters, sorted by family, style
    // and file. Faces lacking a glyph are skipped.
    QList<Font> availableFonts() const;
    // Throws DataError when fewer than two font families are available (no split possible).
    Result render(const ProgressCallback& progress = {}) const;
    // A key that changes whenever the options or the installed font files change: the
    // registry's on-disk cache is named after it.
    QString cacheKey() const;

private:
    LetterOptions m_options;
};

} // namespace negvae
