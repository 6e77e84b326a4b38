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

ExperimentData ExperimentData::load(const ExperimentConfig& config, const DatasetRegistry& registry,
                                    const ProgressCallback& progress)
{
    const DataConfig& d = config.data;
    const auto request = [&](const QString& name, Split split, const ImageShape& shape, int64_t count) {
        DatasetRequest r;
        r.name = name;
        r.split = split;
        r.shape = shape;
        r.count = count;
        r.seed = static_cast<uint64_t>(config.seed);
        return r;
    };

    ExperimentData data;
    data.train = registry.load(request(d.inlier, Split::Train, {}, 0), progress);
    if (d.trainSubset > 0)
        data.train = data.train.head(d.trainSubset);
    data.test = registry.load(request(d.inlier, Split::Test, {}, 0), progress);
    if (d.testSubset > 0)
        data.test = data.test.head(d.testSubset);
    const ImageShape shape = data.train.shape();

    QList<ConfigError> errors = config.validateArchitecture(shape);
    if (data.test.shape() != shape) {
        errors << ConfigError {QStringLiteral("data.inlier"),
                               QStringLiteral("%1: the test split is %2 but the train split is %3")
                                   .arg(d.inlier, data.test.shape().toString(), shape.toString())};
    }
    QMap<QString, ImageShape> shapes;
    for (qsizetype i = 0; i < d.ood.size(); ++i) {
        ImageSet set = registry.load(request(d.ood[i], Split::Test, shape, data.test.size()), progress);
        if (d.testSubset > 0)
            set = set.head(d.testSubset);
        shapes.insert(QStringLiteral("data.ood[%1]").arg(i), set.shape());
        data.ood.push_back(set);
    }
    if (config.data.negatives.source == NegativeSource::Auxiliary) {
        std::vector<ImageSet> sets;
        for (qsizetype i = 0; i < d.negatives.sets.size(); ++i) {
            sets.push_back(registry.load(request(d.negatives.sets[i], Split::Train, shape, data.train.size()), progress));
            shapes.insert(QStringLiteral("data.negatives.sets[%1]").arg(i), sets.back().shape());
        }
        errors << config.validateShapes(shape, shapes);
        if (errors.isEmpty())
            data.negatives = concatenate(sets, d.negatives.sets.join(QLatin1Char('+')));
    } else {
        errors << config.validateShapes(shape, shapes);
    }
    if (!errors.isEmpty())
        throw ConfigException(config.name, errors);
    return data;
}

} // namespace negvae
