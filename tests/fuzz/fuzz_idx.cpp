// libFuzzer target: IdxReader (and CompressedFile under it) on arbitrary bytes.
// The first byte picks what to read; the rest is the file. DataError is the expected answer
// to bad input; any other exception, crash or sanitizer report is a finding.
#include "compressedfile.h"
#include "dataerror.h"
#include "fuzzscratch.h"
#include "idxreader.h"

#include <torch/torch.h>

using namespace negvae;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fuzz::FuzzScratch scratch;
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QString file = scratch.write(QStringLiteral("input.idx"), data + 1, size - 1);
    try {
        // Bit 1: wrap the bytes in a valid gzip stream first, so the IDX checks behind
        // decompression are reached too (raw bytes already cover corrupt gzip).
        if (mode & 2) {
            const QByteArray payload(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
            CompressedFile::write(file, payload, true);
        }
        if (mode & 4) {
            // The same file as images and labels: exercises readSet's count check and transpose.
            IdxReader::readSet(QStringLiteral("fuzz"), file, file, mode & 8);
        } else if (mode & 1) {
            IdxReader::readLabels(file);
        } else {
            const torch::Tensor images = IdxReader::readImages(file);
            if (images.dim() != 4 || images.size(1) != 1)
                std::abort();
        }
    } catch (const DataError&) {
    }
    return 0;
}
