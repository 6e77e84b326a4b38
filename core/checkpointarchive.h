#pragma once

#include "runstore.h"

#include <functional>
#include <torch/serialize.h>

namespace negvae {

// Reads a run folder's checkpoint: the format check and the translation of LibTorch's errors
// into a DataError naming the file, shared by resuming a run and inspecting its model.
class CheckpointArchive {
public:
    static constexpr int kFormat = 1;

    // Loads checkpoints/latest.pt. Throws DataError when it is missing, damaged, truncated,
    // not a negvae checkpoint, or of another format version.
    explicit CheckpointArchive(const RunStore& store);

    // Runs `read` over the archive; LibTorch errors inside become DataError naming the file.
    void read(const std::function<void(torch::serialize::InputArchive&)>& read);
    // The archive of the trainer (model, optimisers, generator, step), for Trainer::load().
    void readTrainer(const std::function<void(torch::serialize::InputArchive&)>& read);

    QString path() const { return m_path; }

private:
    QString m_path;
    torch::serialize::InputArchive m_archive;
};

} // namespace negvae
