#pragma once

#include "imageset.h"
#include "progress.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <optional>

namespace negvae {

// How to make the images of a folder agree in shape. The caller chooses; nothing is
// converted silently.
struct ImageFolderPolicy {
    enum class Channels {
        Keep,      // every image must have the same channel count (1 or 3) as the first
        Grayscale, // convert every image to 1 channel
        Colour,    // convert every image to 3 channels (RGB)
    };
    Channels channels = Channels::Keep;
    // Without a size, images of different sizes are an error; with one, every image is
    // resized to it (OpenCV INTER_AREA when shrinking, INTER_LINEAR when growing).
    std::optional<QSize> resizeTo;
};

// Reads PNG, JPEG and BMP files under a folder, recursively, in sorted path order. The
// class of an image is the index of its first-level sub-folder among the sorted sub-folder
// names; images directly in the folder get label −1. Throws DataError naming the folder
// (empty, missing, no images) or the offending image (unreadable, wrong size or channels).
class ImageFolderReader {
    Q_DECLARE_TR_FUNCTIONS(negvae::ImageFolderReader)

public:
    static ImageSet read(const QString& folder, const ImageFolderPolicy& policy,
                         const ProgressCallback& progress = {});
    // The class names in label order (sorted first-level sub-folder names with images).
    static QStringList classNames(const QString& folder);
};

} // namespace negvae
