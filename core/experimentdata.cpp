#include "experimentdata.h"

#include "configerror.h"

#include <QMap>

namespace negvae {

namespace {

ImageSet concatenate(const std::vector<ImageSet>& sets, const QString& name)
{
    std::vector<torch::Tensor> images;
    std::vector<torch::Tensor> labels;
    for (const ImageSet& set : sets) {
        images.push_back(set.images());
        labels.push_back(set.labels());
    }
    return ImageSet(name, torch::cat(images), torch::cat(labels));
}

} // namespace

namespace {

DatasetRequest makeRequest(const ExperimentConfig& config, const QString& name, Split split, const ImageShape& shape,
                           int64_t count)
{
    DatasetRequest r;
    r.name = name;
    r.split = split;
    r.shape = shape;
    r.count = count;
    r.seed = static_cast<uint64_t>(config.seed);
    return r;
}

} // namespace

ExperimentData ExperimentData::loadTestSets(const ExperimentConfig& config, const DatasetRegistry& registry,
                                            const ProgressCallback& progress)
{
    const DataConfig& d = config.data;
    ExperimentData data;
    data.test = registry.load(makeRequest(config, d.inlier, Split::Test, {}, 0), progress);
    if (d.testSubset > 0)
        data.test = data.test.head(d.testSubset);
    const ImageShape shape = data.test.shape();
    QList<ConfigError> errors = config.validateArchitecture(shape);
    QMap<QString, ImageShape> shapes;
    for (qsizetype i = 0; i < d.ood.size(); ++i) {
        ImageSet set = registry.load(makeRequest(config, d.ood[i], Split::Test, shape, data.test.size()), progress);
        if (d.testSubset > 0)
            set = set.head(d.testSubset);
        shapes.insert(QStringLiteral("data.ood[%1]").arg(i), set.shape());
        data.ood.push_back(set);
    }
    errors << config.validateShapes(shape, shapes);
    if (!errors.isEmpty())
        throw ConfigException(config.name, errors);
    return data;
}

ExperimentData ExperimentData::load(const ExperimentConfig& config, const DatasetRegistry& registry,
                                    const ProgressCallback& progress)
{
    const DataConfig& d = config.data;
    ImageSet train = registry.load(makeRequest(config, d.inlier, Split::Train, {}, 0), progress);
    if (d.trainSubset > 0)
        train = train.head(d.trainSubset);
    ExperimentData data = loadTestSets(config, registry, progress);
    data.train = train;
    const ImageShape shape = train.shape();
    if (data.test.shape() != shape) {
        throw ConfigException(config.name, {ConfigError {QStringLiteral("data.inlier"),
                                                         QStringLiteral("%1: the test split is %2 but the train split is %3")
                                                             .arg(d.inlier, data.test.shape().toString(), shape.toString())}});
    }
    if (config.data.negatives.source == NegativeSource::Auxiliary) {
        std::vector<ImageSet> sets;
        QMap<QString, ImageShape> shapes;
        for (qsizetype i = 0; i < d.negatives.sets.size(); ++i) {
            sets.push_back(registry.load(makeRequest(config, d.negatives.sets[i], Split::Train, shape, train.size()), progress));
            shapes.insert(QStringLiteral("data.negatives.sets[%1]").arg(i), sets.back().shape());
        }
        const QList<ConfigError> errors = config.validateShapes(shape, shapes);
        if (!errors.isEmpty())
            throw ConfigException(config.name, errors);
        data.negatives = concatenate(sets, d.negatives.sets.join(QLatin1Char('+')));
    }
    return data;
}

} // namespace negvae
