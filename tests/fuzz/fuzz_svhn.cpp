// libFuzzer target: SvhnMatReader (matio underneath) on arbitrary bytes written as a .mat
// file. DataError is the expected answer to bad input; anything else is a finding. matio is
// Debian's uninstrumented build, so only crashes inside it show, not silent overreads.
#include "dataerror.h"
#include "fuzzscratch.h"
#include "svhnmatreader.h"

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
    const QString file = scratch.write(QStringLiteral("train_32x32.mat"), data, size);
    try {
        const ImageSet set = SvhnMatReader::read(file);
        if (set.size() < 1 || set.shape().channels != 3)
            std::abort();
    } catch (const DataError&) {
    }
    return 0;
}
