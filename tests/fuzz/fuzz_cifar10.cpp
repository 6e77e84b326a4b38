// libFuzzer target: Cifar10Reader::readBatch on arbitrary bytes (raw or gzip, as the file
// holds them). DataError is the expected answer to bad input; anything else is a finding.
#include "cifar10reader.h"
#include "dataerror.h"
#include "fuzzscratch.h"

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
    const QString file = scratch.write(QStringLiteral("data_batch_1.bin"), data, size);
    try {
        const ImageSet set = Cifar10Reader::readBatch(file);
        if (set.size() < 1 || set.shape() != ImageShape{3, 32, 32})
            std::abort();
    } catch (const DataError&) {
    }
    return 0;
}
