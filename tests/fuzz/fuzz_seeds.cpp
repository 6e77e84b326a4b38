// Writes small valid inputs for every fuzz target into <folder>/<target>/, so each run starts
// from files the parsers accept instead of having to discover the formats from nothing. The
// seeds are generated rather than committed: they stay in step with the writers.
#include "compressedfile.h"
#include "experimentconfig.h"
#include "idxreader.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <matio.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <torch/torch.h>

using namespace negvae;

namespace {

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

torch::Tensor pattern(int64_t n, int64_t c, int64_t h, int64_t w)
{
    return (torch::arange(n * c * h * w, torch::kInt64) * 37 % 256).to(torch::kUInt8).reshape({n, c, h, w});
}

// IDX written through IdxReader's own writer, then prefixed with the target's mode byte.
bool idxSeeds(const QDir& dir)
{
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    bool ok = true;
    for (bool gzip : {false, true}) {
        IdxReader::writeImages(scratch, pattern(2, 1, 3, 4), gzip);
        ok &= writeFile(dir.filePath(gzip ? QStringLiteral("images-gz") : QStringLiteral("images")),
                        QByteArray(1, char(0)) + readFile(scratch));
        IdxReader::writeLabels(scratch, torch::tensor({3, 1}, torch::kInt64), gzip);
        ok &= writeFile(dir.filePath(gzip ? QStringLiteral("labels-gz") : QStringLiteral("labels")),
                        QByteArray(1, char(1)) + readFile(scratch));
    }
    // Mode 2: the harness gzips the payload itself.
    IdxReader::writeImages(scratch, pattern(1, 1, 2, 2), false);
    ok &= writeFile(dir.filePath(QStringLiteral("images-wrapped")), QByteArray(1, char(2)) + readFile(scratch));
    QFile::remove(scratch);
    return ok;
}

bool cifarSeeds(const QDir& dir)
{
    const torch::Tensor images = pattern(2, 3, 32, 32);
    QByteArray bytes;
    for (int64_t i = 0; i < 2; ++i) {
        bytes += char(i * 7);
        bytes += QByteArray(reinterpret_cast<const char*>(images[i].contiguous().data_ptr<uint8_t>()), 3 * 32 * 32);
    }
    const QString scratch = dir.filePath(QStringLiteral("scratch"));
    CompressedFile::write(scratch, bytes, true);
    const QByteArray gz = readFile(scratch);
    QFile::remove(scratch);
    return writeFile(dir.filePath(QStringLiteral("batch")), bytes)
        && writeFile(dir.filePath(QStringLiteral("batch-gz")), gz);
}

// SVHN's layout (X uint8 H×W×3×N, y N×1) at a tiny size: the reader accepts any H×W.
bool svhnSeed(const QString& path, bool compress, matio_classes yClass, matio_types yType)
{
    mat_t* mat = Mat_CreateVer(QFile::encodeName(path).constData(), nullptr, MAT_FT_MAT5);
    if (!mat)
        return false;
    std::vector<uint8_t> x(4 * 4 * 3 * 2);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = uint8_t(i * 11);
    size_t xDims[4] = {4, 4, 3, 2};
    size_t yDims[2] = {2, 1};
    double yDouble[2] = {10, 3};
    uint8_t yByte[2] = {1, 10};
    void* yData = yClass == MAT_C_DOUBLE ? static_cast<void*>(yDouble) : static_cast<void*>(yByte);
    matvar_t* xVar = Mat_VarCreate("X", MAT_C_UINT8, MAT_T_UINT8, 4, xDims, x.data(), 0);
    matvar_t* yVar = Mat_VarCreate("y", yClass, yType, 2, yDims, yData, 0);
    const matio_compression compression = compress ? MAT_COMPRESSION_ZLIB : MAT_COMPRESSION_NONE;
    const bool ok = xVar && yVar && Mat_VarWrite(mat, xVar, compression) == 0
        && Mat_VarWrite(mat, yVar, compression) == 0;
    Mat_VarFree(xVar);
    Mat_VarFree(yVar);
    Mat_Close(mat);
    return ok;
}

bool svhnSeeds(const QDir& dir)
{
    return svhnSeed(dir.filePath(QStringLiteral("plain.mat")), false, MAT_C_DOUBLE, MAT_T_DOUBLE)
        && svhnSeed(dir.filePath(QStringLiteral("zlib.mat")), true, MAT_C_DOUBLE, MAT_T_DOUBLE)
        && svhnSeed(dir.filePath(QStringLiteral("uint8y.mat")), false, MAT_C_UINT8, MAT_T_UINT8);
}

// One tiny image per codec and channel layout, each prefixed with a mode byte.
bool imageSeeds(const QDir& dir)
{
    struct Seed {
        const char* name;
        const char* ext;
        int type;
        char mode;
    };
    const Seed seeds[] = {
        {"gray.png", ".png", CV_8UC1, 0},      {"rgb.png", ".png", CV_8UC3, 1},
        {"rgba.png", ".png", CV_8UC4, 2},      {"gray16.png", ".png", CV_16UC1, char(0x83)},
        {"rgb.jpg", ".jpg", CV_8UC3, 0},       {"gray.bmp", ".bmp", CV_8UC1, 2},
        {"rgb.bmp", ".bmp", CV_8UC3, char(0x91)},
    };
    bool ok = true;
    for (const Seed& seed : seeds) {
        cv::Mat image(3, 5, seed.type);
        cv::randu(image, 0, CV_MAT_DEPTH(seed.type) == CV_16U ? 65535 : 255);
        std::vector<uchar> encoded;
        ok &= cv::imencode(seed.ext, image, encoded);
        QByteArray bytes(1, seed.mode);
        bytes.append(reinterpret_cast<const char*>(encoded.data()), qsizetype(encoded.size()));
        ok &= writeFile(dir.filePath(QLatin1String(seed.name)), bytes);
    }
    return ok;
}

bool configSeeds(const QDir& dir)
{
    bool ok = writeFile(dir.filePath(QStringLiteral("empty.json")), "{}");
    ok &= writeFile(dir.filePath(QStringLiteral("default.json")), ExperimentConfig().toJsonText());
    for (const ExperimentPreset& preset : ExperimentConfig::presets())
        ok &= writeFile(dir.filePath(preset.name + QStringLiteral(".json")), preset.config.toJsonText());
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s FOLDER (writes FOLDER/<target>/ seed files)\n", argv[0]);
        return 2;
    }
    const QDir root(QString::fromLocal8Bit(argv[1]));
    const auto sub = [&](const char* name) {
        root.mkpath(QLatin1String(name));
        return QDir(root.filePath(QLatin1String(name)));
    };
    const bool ok = idxSeeds(sub("idx")) && cifarSeeds(sub("cifar10")) && svhnSeeds(sub("svhn"))
        && imageSeeds(sub("imagefolder")) && configSeeds(sub("config"));
    if (!ok) {
        std::fprintf(stderr, "fuzz_seeds: could not write every seed under %s\n", argv[1]);
        return 1;
    }
    return 0;
}
