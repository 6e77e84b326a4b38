// libFuzzer target: ImageFolderReader on a folder holding one file with arbitrary bytes
// (OpenCV picks the decoder from the content, whatever the .png name says). The first byte
// picks the channel and resize policy. DataError is the expected answer to bad input;
// anything else is a finding.
#include "dataerror.h"
#include "fuzzscratch.h"
#include "imagefolderreader.h"

#include <torch/torch.h>

#include <cstdlib>
#include <unistd.h>

using namespace negvae;

extern "C" int LLVMFuzzerInitialize(int*, char*** argv)
{
    // OpenCV's own cap is 2^30 pixels, gigabytes per image: far past the fuzzer's memory
    // limit. A smaller cap keeps "huge header" inputs a DataError instead of an OOM report.
    // OpenCV reads it while loading, before this runs, so set it and start again.
    if (!std::getenv("OPENCV_IO_MAX_IMAGE_PIXELS")) {
        setenv("OPENCV_IO_MAX_IMAGE_PIXELS", "4194304", 1);
        execv("/proc/self/exe", *argv);
    }
    torch::set_num_threads(1);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static const fuzz::FuzzScratch scratch;
    if (size < 1)
        return 0;
    const uint8_t mode = data[0];
    const QString folder = scratch.path(QStringLiteral("images"));
    scratch.write(QStringLiteral("images/class/input.png"), data + 1, size - 1);
    ImageFolderPolicy policy;
    switch (mode % 3) {
    case 0: policy.channels = ImageFolderPolicy::Channels::Keep; break;
    case 1: policy.channels = ImageFolderPolicy::Channels::Grayscale; break;
    default: policy.channels = ImageFolderPolicy::Channels::Colour; break;
    }
    if (mode & 0x80)
        policy.resizeTo = QSize(1 + (mode & 0x0f), 1 + ((mode >> 4) & 0x07));
    try {
        const ImageSet set = ImageFolderReader::read(folder, policy);
        if (set.size() != 1 || set.labels()[0].item<int64_t>() != 0)
            std::abort();
    } catch (const DataError&) {
    }
    return 0;
}
