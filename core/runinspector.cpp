#include "runinspector.h"

#include "checkpointarchive.h"
#include "dataerror.h"
#include "experimentrunner.h"
#include "imagegrid.h"
#include "inferenceguard.h"

#include <QFileInfo>
#include <stdexcept>

namespace negvae {

RunInspector::RunInspector(QString runFolder, DatasetRegistry registry)
    : m_store(std::move(runFolder))
    , m_registry(std::move(registry))
{
}

void RunInspector::loadSets(const ProgressCallback& progress)
{
    if (!m_store.exists())
        throw DataError(m_store.folder(), QStringLiteral("holds no run (no config.json)"));
    m_config = m_store.readConfig();
    ExperimentData data = ExperimentData::loadTestSets(m_config, m_registry, progress);
    m_sets.clear();
    m_negativesSet = -1;
    m_negativesEpoch = -1;
    m_sets.push_back(std::move(data.test));
    for (ImageSet& set : data.ood)
        m_sets.push_back(std::move(set));
}

bool RunInspector::loadModel()
{
    if (m_sets.empty())
        throw std::logic_error("RunInspector::loadModel() before loadSets()");
    const QFileInfo file(m_store.checkpointPath());
    if (!file.exists())
        return false;
    if (hasModel() && file.lastModified() == m_checkpointTime && file.size() == m_checkpointSize)
        return true;
    Vae model(VaeOptions::fromConfig(m_config.model, m_sets.front().shape()));
    int64_t step = 0;
    CheckpointArchive checkpoint(m_store);
    checkpoint.readTrainer([&](torch::serialize::InputArchive& trainer) {
        torch::serialize::InputArchive weights;
        trainer.read("model", weights);
        model->load(weights);
        torch::Tensor value;
        trainer.read("step", value);
        step = value.item<int64_t>();
    });
    model->to(torch::kCPU);
    model->eval();
    m_model = model;
    m_step = step;
    m_checkpointTime = file.lastModified();
    m_checkpointSize = file.size();
    return true;
}

int64_t RunInspector::loadNegatives()
{
    if (m_sets.empty())
        throw std::logic_error("RunInspector::loadNegatives() before loadSets()");
    int64_t epoch = -1;
    const QString file = m_store.scoredNegatives(&epoch);
    if (file.isEmpty())
        return -1;
    const QDateTime modified = QFileInfo(file).lastModified();
    if (m_negativesSet >= 0 && epoch == m_negativesEpoch && modified == m_negativesTime)
        return m_negativesEpoch;

    // The grid as ImageGrid drew it: cells of the inliers' size, 2 px of padding around each.
    const ImageShape shape = m_sets.front().shape();
    const QImage grid = QImage(file).convertToFormat(QImage::Format_RGB888);
    constexpr int padding = 2;
    const int pitchX = int(shape.width) + padding;
    const int pitchY = int(shape.height) + padding;
    const int columns = (grid.width() - padding) / pitchX;
    const int rows = (grid.height() - padding) / pitchY;
    if (grid.isNull() || columns < 1 || rows < 1 || grid.width() != columns * pitchX + padding
        || grid.height() != rows * pitchY + padding) {
        throw DataError(file, QStringLiteral("is not a grid of %1×%2 images as this run writes them")
                                  .arg(shape.width).arg(shape.height));
    }
    const int64_t count = int64_t(columns) * rows;
    torch::Tensor images = torch::empty({count, shape.channels, shape.height, shape.width}, torch::kUInt8);
    uint8_t* out = images.data_ptr<uint8_t>();
    for (int64_t i = 0; i < count; ++i) {
        const int x0 = padding + int(i % columns) * pitchX;
        const int y0 = padding + int(i / columns) * pitchY;
        for (int64_t c = 0; c < shape.channels; ++c)
            for (int64_t y = 0; y < shape.height; ++y) {
                const uchar* line = grid.constScanLine(y0 + int(y));
                for (int64_t x = 0; x < shape.width; ++x)
                    *out++ = line[3 * (x0 + x) + c];
            }
    }
    ImageSet negatives(ExperimentRunner::negativeSetName(m_config), images,
                       torch::full({count}, int64_t(-1), torch::kInt64));
    if (m_negativesSet < 0) {
        m_negativesSet = int(m_sets.size());
        m_sets.push_back(std::move(negatives));
    } else {
        m_sets[size_t(m_negativesSet)] = std::move(negatives);
    }
    m_negativesEpoch = epoch;
    m_negativesTime = modified;
    return epoch;
}

QStringList RunInspector::setNames() const
{
    QStringList names;
    for (const ImageSet& set : m_sets)
        names << set.name();
    return names;
}

int RunInspector::setIndex(const QString& name) const
{
    for (size_t i = 0; i < m_sets.size(); ++i)
        if (m_sets[i].name() == name)
            return int(i);
    return -1;
}

int64_t RunInspector::setSize(int set) const
{
    return this->set(set).size();
}

const ImageSet& RunInspector::set(int index) const
{
    if (index < 0 || size_t(index) >= m_sets.size())
        throw std::out_of_range("RunInspector: no such set");
    return m_sets[size_t(index)];
}

int64_t RunInspector::label(int set, int64_t index) const
{
    const ImageSet& images = this->set(set);
    if (index < 0 || index >= images.size())
        throw std::out_of_range("RunInspector: image index out of range");
    return images.labels()[index].item<int64_t>();
}

QImage RunInspector::image(int set, int64_t index) const
{
    const ImageSet& images = this->set(set);
    if (index < 0 || index >= images.size())
        throw std::out_of_range("RunInspector: image index out of range");
    return ImageGrid::fromTensor(images.floatRange(index, index + 1), 1, 0);
}

void RunInspector::requireModel() const
{
    if (!hasModel())
        throw std::logic_error("RunInspector: no model loaded");
}

std::vector<QImage> RunInspector::images(int set, const std::vector<int64_t>& indexes) const
{
    const ImageSet& images = this->set(set);
    for (int64_t index : indexes)
        if (index < 0 || index >= images.size())
            throw std::out_of_range("RunInspector: image index out of range");
    std::vector<QImage> result;
    if (indexes.empty())
        return result;
    const torch::Tensor selected =
        images.images().index_select(0, torch::tensor(indexes, torch::kInt64)).permute({0, 2, 3, 1}).contiguous();
    const int h = int(selected.size(1));
    const int w = int(selected.size(2));
    const int channels = int(selected.size(3));
    const uint8_t* data = selected.data_ptr<uint8_t>();
    result.reserve(indexes.size());
    for (size_t i = 0; i < indexes.size(); ++i) {
        // The same RGB888 form as image(), so both can be compared and exported alike.
        QImage image(w, h, QImage::Format_RGB888);
        for (int y = 0; y < h; ++y) {
            const uint8_t* row = data + (i * size_t(h) + size_t(y)) * size_t(w) * size_t(channels);
            uchar* out = image.scanLine(y);
            for (int x = 0; x < w; ++x) {
                for (int c = 0; c < 3; ++c)
                    out[3 * x + c] = row[x * channels + (channels == 3 ? c : 0)];
            }
        }
        result.push_back(image);
    }
    return result;
}

torch::Tensor RunInspector::posteriorMean(int set, int64_t index)
{
    const ImageSet& images = this->set(set);
    if (index < 0 || index >= images.size())
        throw std::out_of_range("RunInspector: image index out of range");
    return m_model->encoder()->forward(images.floatRange(index, index + 1)).first;
}

QImage RunInspector::reconstruction(int set, int64_t index)
{
    requireModel();
    const InferenceGuard inference(*m_model);
    return ImageGrid::fromTensor(m_model->decode(posteriorMean(set, index)), 1, 0);
}

QImage RunInspector::interpolation(int setA, int64_t indexA, int setB, int64_t indexB, int steps)
{
    requireModel();
    const InferenceGuard inference(*m_model);
    steps = std::max(2, steps);
    const torch::Tensor a = posteriorMean(setA, indexA);
    const torch::Tensor b = posteriorMean(setB, indexB);
    const torch::Tensor t = torch::linspace(0.0, 1.0, steps).unsqueeze(1);
    const torch::Tensor decoded = m_model->decode(a + t * (b - a));
    const torch::Tensor row = torch::cat({this->set(setA).floatRange(indexA, indexA + 1), decoded,
                                          this->set(setB).floatRange(indexB, indexB + 1)});
    return ImageGrid::fromTensor(row, int(row.size(0)));
}

} // namespace negvae
