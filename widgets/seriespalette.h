#pragma once

#include <QColor>
#include <QString>

namespace negvae {

// One colour per data set, shared by every plot of the session, so that "svhn" is the same
// colour in the histogram, the ROC curves and the AUROC-over-epochs plot. The inlier and
// negative roles have fixed colours whatever the set is called; OOD sets take colours from a
// colour-blind-friendly palette in the order they are first asked for.
class SeriesPalette
{
public:
    // role: "inlier", "negative" or "ood" (any other role is treated like "ood").
    // Thread-safe; the colour of a set never changes for the rest of the process.
    static QColor colour(const QString& setName, const QString& role);

    static QColor inlierColour();
    static QColor negativeColour();
    // The index-th colour for things that are not data sets, e.g. runs compared side by side:
    // the same colour-blind-friendly list, starting with the inlier blue.
    static QColor nth(int index);

private:
    static QColor oodColour(int index);
};

} // namespace negvae
