#include "checkpointarchive.h"

#include "dataerror.h"

#include <sstream>
#include <torch/torch.h>

namespace negvae {

CheckpointArchive::CheckpointArchive(const RunStore& store)
    : m_path(store.checkpointPath())
{
    const QByteArray bytes = store.readCheckpoint();
    read([&](torch::serialize::InputArchive& archive) {
        std::istringstream in(std::string(bytes.constData(), size_t(bytes.size())));
        archive.load_from(in);
        torch::Tensor value;
        archive.read("format_version", value);
        if (value.item<int64_t>() != kFormat) {
            throw DataError(m_path, QStringLiteral("checkpoint format %1, this negvae reads format %2")
                                        .arg(value.item<int64_t>()).arg(kFormat));
        }
    });
}

void CheckpointArchive::read(const std::function<void(torch::serialize::InputArchive&)>& read)
{
    try {
        read(m_archive);
    } catch (const c10::Error& error) {
        throw DataError(m_path, QStringLiteral("not a readable negvae checkpoint (damaged, truncated or from another program): %1")
                                    .arg(QString::fromStdString(error.what_without_backtrace())));
    }
}

void CheckpointArchive::readTrainer(const std::function<void(torch::serialize::InputArchive&)>& read)
{
    this->read([&](torch::serialize::InputArchive& archive) {
        torch::serialize::InputArchive trainer;
        archive.read("trainer", trainer);
        read(trainer);
    });
}

} // namespace negvae
