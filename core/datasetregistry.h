#pragma once

#include "imagefolderreader.h"
#include "imageset.h"
#include "progress.h"
#include "split.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <cstdint>

namespace negvae {

// What the registry knows about one data set, whether or not it is present.
struct DatasetInfo {
    enum class Kind { Files, Rendered, Synthetic, UserPath };

    QString name;
    QString description;
    Kind kind = Kind::Files;
    bool available = false;
    QString location;    // folder or file it loads from, when available
    QString problem;     // why it is unavailable
    QString installHint; // what makes it available
};

// One load: a registry name or a path, optionally followed by transforms after colons
// ("mnist:invert", "fashion-mnist:noise=0.25:hflip"; see DatasetRegistry::transformHelp()).
struct DatasetRequest {
    QString name;
    Split split = Split::Train;
    ImageShape shape;            // shape of synthetic sets
    int64_t count = 0;           // images in a synthetic set; 0 = 10 000
    uint64_t seed = 0;           // synthetic sets, the letters set and random transforms
    ImageFolderPolicy folderPolicy;
};

// Finds named image sets on search paths and loads them as ImageSets. Named sets live in a
// sub-folder of any search path (fashion-mnist/, mnist/, kmnist/, emnist/, cifar10/, svhn/);
// the first path that holds a complete set wins. The letters set is rendered once and cached.
class DatasetRegistry {
public:
    explicit DatasetRegistry(QStringList searchPaths = defaultSearchPaths(),
                             QString cacheDir = defaultCacheDir());

    // $NEGVAE_DATA_DIR, ~/.local/share/negvae/datasets, /usr/local/share/datasets,
    // /usr/share/datasets, in that order.
    static QStringList defaultSearchPaths();
    // $NEGVAE_CACHE_DIR, else $XDG_CACHE_HOME/negvae, else ~/.cache/negvae.
    static QString defaultCacheDir();
    static QStringList knownNames();
    static QString transformHelp();

    const QStringList& searchPaths() const { return m_searchPaths; }
    const QString& cacheDir() const { return m_cacheDir; }

    QList<DatasetInfo> list() const;
    // A registry name or a path; transforms after ':' are ignored here.
    DatasetInfo info(const QString& nameOrPath) const;
    // Throws DataError naming the set or file and what is wrong.
    ImageSet load(const DatasetRequest& request, const ProgressCallback& progress = {}) const;

private:
    ImageSet loadBase(const QString& name, const DatasetRequest& request,
                      const ProgressCallback& progress) const;
    ImageSet loadLetters(const DatasetRequest& request, const ProgressCallback& progress) const;
    ImageSet loadUserPath(const QString& path, const DatasetRequest& request,
                          const ProgressCallback& progress) const;

    QStringList m_searchPaths;
    QString m_cacheDir;
};

} // namespace negvae
