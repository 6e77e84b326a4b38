// Round trips and bad-input checks for every data-set reader: IDX (raw and gzip), CIFAR-10
// batches, SVHN .mat files and image folders. Every fixture is written here, in a temporary
// folder, so the expected pixels, labels and faults are known exactly.

#include "cifar10reader.h"
#include "compressedfile.h"
#include "dataerror.h"
#include "idxreader.h"
#include "imagefolderreader.h"
#include "svhnmatreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cstring>
#include <functional>
#include <matio.h>
#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>
#include <utility>
#include <vector>

using namespace negvae;
using namespace Qt::StringLiterals;

namespace {

// A pixel value that differs between rows, columns, channels and images, so a transposed
// or reordered read cannot pass. Stays below 256 for the sizes used here.
int pixel(int64_t n, int64_t c, int64_t r, int64_t col)
{
    return int((n * 5 + c * 40 + r * 20 + col * 7) % 256);
}

torch::Tensor patternImages(int64_t n, int64_t c, int64_t h, int64_t w, int64_t seed = 0)
{
    torch::Tensor t = torch::empty({n, c, h, w}, torch::kUInt8);
    auto a = t.accessor<uint8_t, 4>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t ch = 0; ch < c; ++ch)
            for (int64_t r = 0; r < h; ++r)
                for (int64_t col = 0; col < w; ++col)
                    a[i][ch][r][col] = uint8_t(pixel(i + seed, ch, r, col));
    return t;
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray bytes(4, Qt::Uninitialized);
    qToBigEndian<quint32>(value, bytes.data());
    return bytes;
}

QByteArray idxHeader(quint32 magic, const std::vector<quint32>& dims)
{
    QByteArray bytes = bigEndian32(magic);
    for (quint32 dim : dims)
        bytes += bigEndian32(dim);
    return bytes;
}

// IDX images written by hand, independently of IdxReader's writer.
QByteArray idxImageBytes(int64_t n, int64_t h, int64_t w)
{
    QByteArray bytes = idxHeader(0x803, {quint32(n), quint32(h), quint32(w)});
    for (int64_t i = 0; i < n; ++i)
        for (int64_t r = 0; r < h; ++r)
            for (int64_t col = 0; col < w; ++col)
                bytes += char(pixel(i, 0, r, col));
    return bytes;
}

QByteArray idxLabelBytes(int64_t n)
{
    QByteArray bytes = idxHeader(0x801, {quint32(n)});
    for (int64_t i = 0; i < n; ++i)
        bytes += char(i % 10);
    return bytes;
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray gzipped(const QString& scratch, const QByteArray& bytes)
{
    CompressedFile::write(scratch, bytes, true);
    return readBytes(scratch);
}

// Empty when `call` throws a DataError naming `file` whose problem holds every word;
// otherwise what went wrong, for QVERIFY2.
QString dataErrorMismatch(const std::function<void()>& call, const QString& file, const QStringList& words)
{
    try {
        call();
    } catch (const DataError& error) {
        if (error.file() != file)
            return u"DataError names \"%1\", expected \"%2\" (problem: %3)"_s.arg(error.file(), file, error.problem());
        for (const QString& word : words) {
            if (!error.problem().contains(word, Qt::CaseInsensitive))
                return u"problem \"%1\" lacks \"%2\""_s.arg(error.problem(), word);
        }
        return {};
    } catch (const std::exception& other) {
        return u"threw something other than DataError: %1"_s.arg(QString::fromUtf8(other.what()));
    }
    return u"no DataError thrown"_s;
}

#define VERIFY_DATA_ERROR(call, file, words)                                                        \
    do {                                                                                            \
        const QString mismatch = dataErrorMismatch([&] { call; }, file, words);                   \
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));                                         \
    } while (false)

// CIFAR-10 records written by hand: label byte, then the red, green and blue planes.
QByteArray cifarBytes(const torch::Tensor& images, const std::vector<int>& labels)
{
    QByteArray bytes;
    auto a = images.accessor<uint8_t, 4>();
    for (int64_t i = 0; i < images.size(0); ++i) {
        bytes += char(labels[size_t(i)]);
        for (int64_t c = 0; c < 3; ++c)
            for (int64_t r = 0; r < 32; ++r)
                for (int64_t col = 0; col < 32; ++col)
                    bytes += char(a[i][c][r][col]);
    }
    return bytes;
}

struct MatVariable {
    QByteArray name;
    matio_classes classType;
    matio_types dataType;
    std::vector<size_t> dims;
    QByteArray data;
};

void writeMat(const QString& path, const std::vector<MatVariable>& variables, bool compress = false)
{
    mat_t* mat = Mat_CreateVer(QFile::encodeName(path).constData(), nullptr, MAT_FT_MAT5);
    QVERIFY(mat);
    for (const MatVariable& v : variables) {
        std::vector<size_t> dims = v.dims;
        matvar_t* var = Mat_VarCreate(v.name.constData(), v.classType, v.dataType, int(dims.size()),
                                      dims.data(), const_cast<char*>(v.data.constData()), 0);
        QVERIFY(var);
        QCOMPARE(Mat_VarWrite(mat, var, compress ? MAT_COMPRESSION_ZLIB : MAT_COMPRESSION_NONE), 0);
        Mat_VarFree(var);
    }
    Mat_Close(mat);
}

// SVHN's X: MATLAB column-major X(row, col, channel, n).
MatVariable svhnX(const torch::Tensor& images)
{
    const int64_t n = images.size(0), h = images.size(2), w = images.size(3);
    QByteArray data(n * 3 * h * w, Qt::Uninitialized);
    auto a = images.accessor<uint8_t, 4>();
    for (int64_t i = 0; i < n; ++i)
        for (int64_t c = 0; c < 3; ++c)
            for (int64_t col = 0; col < w; ++col)
                for (int64_t r = 0; r < h; ++r)
                    data[qsizetype(r + h * (col + w * (c + 3 * i)))] = char(a[i][c][r][col]);
    return {"X", MAT_C_UINT8, MAT_T_UINT8, {size_t(h), size_t(w), 3, size_t(n)}, data};
}

template <typename T>
MatVariable svhnY(matio_classes classType, matio_types dataType, const std::vector<T>& labels,
                  bool row = false)
{
    const QByteArray data(reinterpret_cast<const char*>(labels.data()), qsizetype(labels.size() * sizeof(T)));
    std::vector<size_t> dims = {labels.size(), 1};
    if (row)
        std::swap(dims[0], dims[1]);
    return {"y", classType, dataType, dims, data};
}

MatVariable doubleY(const std::vector<double>& labels)
{
    return svhnY(MAT_C_DOUBLE, MAT_T_DOUBLE, labels);
}

// Writes an RGB(A) or gray tensor (C×H×W) as an image file; OpenCV wants BGR(A).
void writeImage(const QString& path, const torch::Tensor& chw, int depth = CV_8U)
{
    const int c = int(chw.size(0)), h = int(chw.size(1)), w = int(chw.size(2));
    cv::Mat mat(h, w, CV_MAKETYPE(CV_8U, c));
    const torch::Tensor hwc = chw.permute({1, 2, 0}).contiguous();
    std::memcpy(mat.data, hwc.data_ptr<uint8_t>(), size_t(h * w * c));
    if (c == 3)
        cv::cvtColor(mat, mat, cv::COLOR_RGB2BGR);
    if (c == 4)
        cv::cvtColor(mat, mat, cv::COLOR_RGBA2BGRA);
    if (depth == CV_16U)
        mat.convertTo(mat, CV_16U, 257.0);
    const std::vector<int> params = {cv::IMWRITE_JPEG_QUALITY, 100};
    QVERIFY(cv::imwrite(QFile::encodeName(path).toStdString(), mat, params));
}

} // namespace

class TestReaders : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void compressedRoundTrip_data();
    void compressedRoundTrip();
    void compressedMultiMember();
    void compressedMissingFile();

    void idxHandWritten_data();
    void idxHandWritten();
    void idxWriterRoundTrip_data();
    void idxWriterRoundTrip();
    void idxTranspose();
    void idxBadInput_data();
    void idxBadInput();
    void idxCountMismatch();
    void idxFashionMnist();

    void cifarBatch();
    void cifarSplit_data();
    void cifarSplit();
    void cifarBadBatch_data();
    void cifarBadBatch();
    void cifarMissingBatch();

    void svhnRoundTrip_data();
    void svhnRoundTrip();
    void svhnBadInput_data();
    void svhnBadInput();

    void folderRead_data();
    void folderRead();
    void folderDepthAndAlpha_data();
    void folderDepthAndAlpha();
    void folderChannelPolicy_data();
    void folderChannelPolicy();
    void folderResize();
    void folderProgress();
    void folderBadInput_data();
    void folderBadInput();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString makeFolder(const QString& name) const;

    QTemporaryDir m_dir;
    int m_folders = 0;
};

void TestReaders::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestReaders::makeFolder(const QString& name) const
{
    const QString folder = path(name);
    QDir().mkpath(folder);
    return folder;
}

// ---- CompressedFile ----

void TestReaders::compressedRoundTrip_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("gzip");
    QByteArray large(1 << 20, Qt::Uninitialized); // larger than one inflate output chunk
    for (qsizetype i = 0; i < large.size(); ++i)
        large[i] = char((i * 7919) % 251);
    QTest::newRow("empty raw") << QByteArray() << false;
    QTest::newRow("empty gzip") << QByteArray() << true;
    QTest::newRow("small raw") << QByteArray("hello") << false;
    QTest::newRow("small gzip") << QByteArray("hello") << true;
    QTest::newRow("large gzip") << large << true;
}

void TestReaders::compressedRoundTrip()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, gzip);
    const QString file = path(u"roundtrip.bin"_s);
    CompressedFile::write(file, bytes, gzip);
    QCOMPARE(readBytes(file).startsWith("\x1f\x8b"), gzip);
    QCOMPARE(CompressedFile::read(file), bytes);
}

void TestReaders::compressedMultiMember()
{
    // gzip concatenates members when files are appended; a reader must return all of them.
    const QString scratch = path(u"member.gz"_s);
    const QByteArray first = gzipped(scratch, "first member, ");
    const QByteArray second = gzipped(scratch, "second member");
    const QString file = path(u"multi.gz"_s);
    writeBytes(file, first + second);
    QCOMPARE(CompressedFile::read(file), QByteArray("first member, second member"));
    writeBytes(file, first + second + QByteArray(512, '\0')); // tar-style zero padding
    QCOMPARE(CompressedFile::read(file), QByteArray("first member, second member"));
}

void TestReaders::compressedMissingFile()
{
    const QString file = path(u"does-not-exist.gz"_s);
    VERIFY_DATA_ERROR(CompressedFile::read(file), file, QStringList{u"cannot be opened"_s});
}

// ---- IDX ----

void TestReaders::idxHandWritten_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::newRow("raw") << false;
    QTest::newRow("gzip") << true;
}

void TestReaders::idxHandWritten()
{
    QFETCH(bool, gzip);
    const QString images = path(u"hand-images.idx"_s);
    const QString labels = path(u"hand-labels.idx"_s);
    CompressedFile::write(images, idxImageBytes(3, 5, 7), gzip);
    CompressedFile::write(labels, idxLabelBytes(3), gzip);

    const ImageSet set = IdxReader::readSet(u"hand"_s, images, labels);
    QCOMPARE(set.name(), u"hand"_s);
    QCOMPARE(set.shape(), (ImageShape{1, 5, 7}));
    QVERIFY(torch::equal(set.images(), patternImages(3, 1, 5, 7)));
    QVERIFY(torch::equal(set.labels(), torch::tensor({0, 1, 2}, torch::kInt64)));
}

void TestReaders::idxWriterRoundTrip_data()
{
    QTest::addColumn<bool>("gzip");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("height");
    QTest::addColumn<int>("width");
    QTest::newRow("raw 2x28x28") << false << 2 << 28 << 28;
    QTest::newRow("gzip 4x3x9") << true << 4 << 3 << 9;
    QTest::newRow("gzip 1x1x1") << true << 1 << 1 << 1;
}

void TestReaders::idxWriterRoundTrip()
{
    QFETCH(bool, gzip);
    QFETCH(int, count);
    QFETCH(int, height);
    QFETCH(int, width);
    const torch::Tensor images = patternImages(count, 1, height, width);
    const torch::Tensor labels = torch::arange(count, torch::kInt64).remainder(10);
    const QString imagesFile = path(u"written-images.idx"_s);
    const QString labelsFile = path(u"written-labels.idx"_s);
    IdxReader::writeImages(imagesFile, images, gzip);
    IdxReader::writeLabels(labelsFile, labels, gzip);
    QVERIFY(torch::equal(IdxReader::readImages(imagesFile), images));
    QVERIFY(torch::equal(IdxReader::readLabels(labelsFile), labels));
    if (!gzip)
        QCOMPARE(readBytes(imagesFile), idxImageBytes(count, height, width));
}

void TestReaders::idxTranspose()
{
    const QString images = path(u"t-images.idx"_s);
    const QString labels = path(u"t-labels.idx"_s);
    writeBytes(images, idxImageBytes(2, 4, 6));
    writeBytes(labels, idxLabelBytes(2));
    const ImageSet set = IdxReader::readSet(u"emnist"_s, images, labels, true);
    QCOMPARE(set.shape(), (ImageShape{1, 6, 4}));
    QVERIFY(torch::equal(set.images(), patternImages(2, 1, 4, 6).transpose(2, 3)));
}

void TestReaders::idxBadInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("labels");
    QTest::addColumn<QStringList>("words");

    const QByteArray images = idxImageBytes(2, 3, 3); // 16 + 18 = 34 bytes
    const QString scratch = path(u"scratch.gz"_s);
    const QByteArray gz = gzipped(scratch, images);
    QByteArray badMethod = gz;
    badMethod[2] = 7;
    QByteArray badCrc = gz;
    badCrc[gz.size() - 8] = char(badCrc[gz.size() - 8] ^ 0x55);

    QTest::newRow("empty file") << QByteArray() << false << QStringList{u"too short"_s, u"0 bytes"_s};
    QTest::newRow("two bytes") << QByteArray("\0\0", 2) << false << QStringList{u"too short"_s};
    QTest::newRow("header cut") << images.left(10) << false << QStringList{u"too short"_s, u"needs 16"_s};
    QTest::newRow("labels read as images")
        << idxLabelBytes(3) << false
        << QStringList{u"wrong magic"_s, u"0x00000801"_s, u"expected 0x00000803"_s};
    QTest::newRow("images read as labels")
        << images << true << QStringList{u"wrong magic"_s, u"0x00000803"_s, u"expected 0x00000801"_s};
    QTest::newRow("not idx at all")
        << QByteArray("PK\3\4 a zip file") << false << QStringList{u"wrong magic"_s, u"not an IDX file"_s};
    QTest::newRow("float element type")
        << idxHeader(0xD03, {1, 1, 1}) + QByteArray(4, '\0') << false
        << QStringList{u"wrong magic"_s, u"0x00000d03"_s, u"unsigned bytes"_s};
    QTest::newRow("zero images")
        << idxHeader(0x803, {0, 28, 28}) << false << QStringList{u"dimension 1 of 3 is zero"_s};
    QTest::newRow("zero height")
        << idxHeader(0x803, {5, 0, 28}) << false << QStringList{u"dimension 2 of 3 is zero"_s};
    QTest::newRow("absurd width")
        << idxHeader(0x803, {1, 28, 1000000}) << false << QStringList{u"implausibly large"_s, u"1000000"_s};
    QTest::newRow("truncated images")
        << images.left(26) << false << QStringList{u"truncated"_s, u"expected 34 bytes"_s, u"found 26"_s};
    QTest::newRow("trailing bytes")
        << images + "extra" << false << QStringList{u"5 trailing bytes"_s};
    QTest::newRow("truncated labels")
        << idxLabelBytes(4).left(10) << true << QStringList{u"truncated"_s, u"expected 12 bytes"_s, u"found 10"_s};
    QTest::newRow("gzip of truncated images")
        << gzipped(scratch, images.left(30)) << false << QStringList{u"truncated"_s, u"expected 34"_s};
    QTest::newRow("corrupt gzip header")
        << badMethod << false << QStringList{u"corrupt gzip"_s, u"compression method"_s};
    QTest::newRow("corrupt gzip checksum")
        << badCrc << false << QStringList{u"corrupt gzip"_s, u"check"_s};
    QTest::newRow("truncated gzip")
        << gz.left(gz.size() / 2) << false << QStringList{u"truncated gzip"_s};
    QTest::newRow("gzip magic only")
        << QByteArray("\x1f\x8b") << false << QStringList{u"truncated gzip"_s};
    QTest::newRow("garbage after gzip")
        << gz + "junk" << false << QStringList{u"corrupt gzip"_s, u"4 unexpected bytes"_s};
}

void TestReaders::idxBadInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, labels);
    QFETCH(QStringList, words);
    const QString file = path(u"bad.idx"_s);
    writeBytes(file, bytes);
    if (labels)
        VERIFY_DATA_ERROR(IdxReader::readLabels(file), file, words);
    else
        VERIFY_DATA_ERROR(IdxReader::readImages(file), file, words);
}

void TestReaders::idxCountMismatch()
{
    const QString images = path(u"three-images.idx"_s);
    const QString labels = path(u"four-labels.idx"_s);
    writeBytes(images, idxImageBytes(3, 2, 2));
    writeBytes(labels, idxLabelBytes(4));
    VERIFY_DATA_ERROR(IdxReader::readSet(u"x"_s, images, labels), labels,
                      (QStringList{u"4 labels"_s, u"three-images.idx"_s, u"3 images"_s}));
}

void TestReaders::idxFashionMnist()
{
    const QString folder = u"/usr/share/datasets/fashion-mnist"_s;
    const QString images = folder + u"/t10k-images-idx3-ubyte.gz"_s;
    const QString labels = folder + u"/t10k-labels-idx1-ubyte.gz"_s;
    if (!QFile::exists(images) || !QFile::exists(labels))
        QSKIP("Debian's dataset-fashion-mnist is not installed");
    const ImageSet set = IdxReader::readSet(u"fashion"_s, images, labels);
    QCOMPARE(set.size(), int64_t(10000));
    QCOMPARE(set.shape(), (ImageShape{1, 28, 28}));
    QVERIFY(torch::equal(set.labels().slice(0, 0, 6), torch::tensor({9, 2, 1, 1, 6, 1}, torch::kInt64)));
    // Checked against Python's gzip module: the first image's pixel sum and a row through
    // its middle, which would differ if rows and columns were swapped.
    QCOMPARE(set.images()[0].sum().item<int64_t>(), int64_t(33456));
    const torch::Tensor row = set.images()[0][0][14].slice(0, 0, 8);
    QVERIFY(torch::equal(row, torch::tensor({0, 0, 0, 0, 0, 0, 2, 4}, torch::kUInt8)));
    QCOMPARE(set.images()[0][0][14][13].item<int>(), 0x88);
}

// ---- CIFAR-10 ----

void TestReaders::cifarBatch()
{
    const torch::Tensor images = patternImages(4, 3, 32, 32);
    const QString file = path(u"data_batch_x.bin"_s);
    writeBytes(file, cifarBytes(images, {3, 0, 9, 5}));
    const ImageSet set = Cifar10Reader::readBatch(file);
    QCOMPARE(set.shape(), (ImageShape{3, 32, 32}));
    QVERIFY(torch::equal(set.images(), images));
    QVERIFY(torch::equal(set.labels(), torch::tensor({3, 0, 9, 5}, torch::kInt64)));
}

void TestReaders::cifarSplit_data()
{
    QTest::addColumn<bool>("train");
    QTest::addColumn<bool>("nested");
    QTest::newRow("train") << true << false;
    QTest::newRow("test") << false << false;
    QTest::newRow("train, archive folder") << true << true;
}

void TestReaders::cifarSplit()
{
    QFETCH(bool, train);
    QFETCH(bool, nested);
    const QString root = makeFolder(u"cifar%1"_s.arg(++m_folders));
    const QString folder = nested ? QDir(root).filePath(u"cifar-10-batches-bin"_s) : root;
    QDir().mkpath(folder);
    // Two images per training batch, with seeds 0, 2, 4, ... so batch order shows.
    for (int b = 1; b <= 5; ++b)
        writeBytes(QDir(folder).filePath(u"data_batch_%1.bin"_s.arg(b)),
                   cifarBytes(patternImages(2, 3, 32, 32, 2 * (b - 1)), {b, b}));
    writeBytes(QDir(folder).filePath(u"test_batch.bin"_s), cifarBytes(patternImages(3, 3, 32, 32, 50), {7, 8, 9}));

    const ImageSet set = Cifar10Reader::readSplit(root, train ? Split::Train : Split::Test);
    if (train) {
        QVERIFY(torch::equal(set.images(), patternImages(10, 3, 32, 32)));
        QVERIFY(torch::equal(set.labels(), torch::tensor({1, 1, 2, 2, 3, 3, 4, 4, 5, 5}, torch::kInt64)));
    } else {
        QVERIFY(torch::equal(set.images(), patternImages(3, 3, 32, 32, 50)));
        QVERIFY(torch::equal(set.labels(), torch::tensor({7, 8, 9}, torch::kInt64)));
    }
}

void TestReaders::cifarBadBatch_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("words");
    const QByteArray two = cifarBytes(patternImages(2, 3, 32, 32), {1, 2});
    QByteArray badLabel = two;
    badLabel[3073] = 12;
    QTest::newRow("empty") << QByteArray() << QStringList{u"empty"_s};
    QTest::newRow("partial record")
        << two + QByteArray(5, 'x') << QStringList{u"not a multiple"_s, u"3073"_s, u"5 bytes left over"_s};
    QTest::newRow("one byte short")
        << two.chopped(1) << QStringList{u"not a multiple"_s, u"6145 bytes"_s};
    QTest::newRow("label out of range") << badLabel << QStringList{u"record 1"_s, u"label 12"_s, u"0..9"_s};
}

void TestReaders::cifarBadBatch()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, words);
    const QString file = path(u"bad_batch.bin"_s);
    writeBytes(file, bytes);
    VERIFY_DATA_ERROR(Cifar10Reader::readBatch(file), file, words);
}

void TestReaders::cifarMissingBatch()
{
    const QString folder = makeFolder(u"cifar-missing"_s);
    const QByteArray batch = cifarBytes(patternImages(1, 3, 32, 32), {0});
    for (int b : {1, 2, 4, 5})
        writeBytes(QDir(folder).filePath(u"data_batch_%1.bin"_s.arg(b)), batch);
    VERIFY_DATA_ERROR(Cifar10Reader::readSplit(folder, Split::Train),
                      QDir(folder).filePath(u"data_batch_3.bin"_s), (QStringList{u"missing"_s, u"train"_s}));
    VERIFY_DATA_ERROR(Cifar10Reader::readSplit(folder, Split::Test),
                      QDir(folder).filePath(u"test_batch.bin"_s), (QStringList{u"missing"_s, u"test"_s}));
    const QString absent = path(u"no-such-folder"_s);
    VERIFY_DATA_ERROR(Cifar10Reader::readSplit(absent, Split::Test), absent, QStringList{u"does not exist"_s});
}

// ---- SVHN ----

void TestReaders::svhnRoundTrip_data()
{
    QTest::addColumn<int>("yClass");
    QTest::addColumn<bool>("rowVector");
    QTest::addColumn<bool>("compress");
    QTest::newRow("double N×1") << int(MAT_C_DOUBLE) << false << false;
    QTest::newRow("double N×1 compressed") << int(MAT_C_DOUBLE) << false << true;
    QTest::newRow("uint8 N×1") << int(MAT_C_UINT8) << false << false;
    QTest::newRow("single 1×N") << int(MAT_C_SINGLE) << true << false;
    QTest::newRow("int32 N×1") << int(MAT_C_INT32) << false << false;
}

void TestReaders::svhnRoundTrip()
{
    QFETCH(int, yClass);
    QFETCH(bool, rowVector);
    QFETCH(bool, compress);
    const torch::Tensor images = patternImages(3, 3, 32, 32);
    const std::vector<int> raw = {10, 1, 5}; // 10 stands for the digit 0
    MatVariable y;
    switch (yClass) {
    case MAT_C_UINT8: y = svhnY(MAT_C_UINT8, MAT_T_UINT8, std::vector<uint8_t>(raw.begin(), raw.end()), rowVector); break;
    case MAT_C_SINGLE: y = svhnY(MAT_C_SINGLE, MAT_T_SINGLE, std::vector<float>(raw.begin(), raw.end()), rowVector); break;
    case MAT_C_INT32: y = svhnY(MAT_C_INT32, MAT_T_INT32, std::vector<int32_t>(raw.begin(), raw.end()), rowVector); break;
    default: y = svhnY(MAT_C_DOUBLE, MAT_T_DOUBLE, std::vector<double>(raw.begin(), raw.end()), rowVector); break;
    }
    const QString file = path(u"train_32x32.mat"_s);
    writeMat(file, {svhnX(images), y}, compress);

    const ImageSet set = SvhnMatReader::read(file);
    QCOMPARE(set.name(), u"train_32x32"_s);
    QCOMPARE(set.shape(), (ImageShape{3, 32, 32}));
    QVERIFY(torch::equal(set.images(), images));
    QVERIFY(torch::equal(set.labels(), torch::tensor({0, 1, 5}, torch::kInt64)));
}

void TestReaders::svhnBadInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");
    const MatVariable x = svhnX(patternImages(3, 3, 32, 32));
    const MatVariable y = doubleY({1, 2, 3});
    const auto mat = [this](const QString& name, const std::vector<MatVariable>& vars) {
        const QString file = path(name);
        writeMat(file, vars);
        return file;
    };

    const QString garbage = path(u"garbage.mat"_s);
    writeBytes(garbage, QByteArray(300, 'z'));
    QTest::newRow("not a MAT file") << garbage << QStringList{u"not a MAT file"_s};
    QTest::newRow("missing file") << path(u"absent.mat"_s) << QStringList{u"does not exist"_s};
    QTest::newRow("no X") << mat(u"no-x.mat"_s, {y}) << QStringList{u"no variable X"_s};
    QTest::newRow("no y") << mat(u"no-y.mat"_s, {x}) << QStringList{u"no variable y"_s};

    MatVariable gray = x;
    gray.dims = {32, 32, 1, 9};
    QTest::newRow("X with one channel")
        << mat(u"x-gray.mat"_s, {gray, y}) << QStringList{u"X has shape 32×32×1×9"_s, u"32×32×3×N"_s};
    MatVariable flat = x;
    flat.dims = {1024, 9};
    QTest::newRow("X two-dimensional")
        << mat(u"x-flat.mat"_s, {flat, y}) << QStringList{u"X has shape 1024×9"_s, u"expected"_s};
    MatVariable doubles = doubleY(std::vector<double>(32 * 32 * 3, 0.5));
    doubles.name = "X";
    doubles.dims = {32, 32, 3, 1};
    QTest::newRow("X of doubles") << mat(u"x-double.mat"_s, {doubles, doubleY({1})})
                                  << QStringList{u"X is double"_s, u"expected uint8"_s};
    QTest::newRow("fewer labels than images")
        << mat(u"short-y.mat"_s, {x, doubleY({1, 2})}) << QStringList{u"3 images"_s, u"2 labels"_s};
    MatVariable square = doubleY({1, 2, 3, 4, 5, 6, 7, 8, 9});
    square.dims = {3, 3};
    QTest::newRow("y not a vector")
        << mat(u"square-y.mat"_s, {x, square}) << QStringList{u"y has shape 3×3"_s, u"N×1"_s};
    QTest::newRow("label out of range")
        << mat(u"y-11.mat"_s, {x, doubleY({1, 11, 3})}) << QStringList{u"y(2)"_s, u"11"_s, u"1..10"_s};
    QTest::newRow("fractional label")
        << mat(u"y-frac.mat"_s, {x, doubleY({1, 2, 2.5})}) << QStringList{u"y(3)"_s, u"2.5"_s};
    const QByteArray text = "abc";
    QTest::newRow("y of characters")
        << mat(u"y-char.mat"_s, {x, {"y", MAT_C_CHAR, MAT_T_UINT8, {3, 1}, text}})
        << QStringList{u"y is char"_s, u"numeric"_s};
}

void TestReaders::svhnBadInput()
{
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    VERIFY_DATA_ERROR(SvhnMatReader::read(file), file, words);
}

// ---- Image folders ----

void TestReaders::folderRead_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("tolerance"); // JPEG is lossy even at quality 100
    QTest::newRow("png gray") << u"png"_s << 1 << 0;
    QTest::newRow("png colour") << u"png"_s << 3 << 0;
    QTest::newRow("bmp gray") << u"bmp"_s << 1 << 0;
    QTest::newRow("bmp colour") << u"bmp"_s << 3 << 0;
    QTest::newRow("jpeg gray") << u"jpeg"_s << 1 << 3;
    QTest::newRow("jpg colour") << u"JPG"_s << 3 << 6;
}

void TestReaders::folderRead()
{
    QFETCH(QString, suffix);
    QFETCH(int, channels);
    QFETCH(int, tolerance);
    const QString folder = makeFolder(u"folder%1"_s.arg(++m_folders));
    const QDir dir(folder);
    // Sorted by path segments: a_dog/d1, b_cat/c1, b_cat/sub/c2, top.
    const QStringList files = {u"b_cat/c1."_s, u"top."_s, u"a_dog/d1."_s, u"b_cat/sub/c2."_s};
    const std::vector<int64_t> seeds = {1, 3, 0, 2};
    for (size_t i = 0; i < seeds.size(); ++i) {
        const QString file = dir.filePath(files[int(i)] + suffix);
        QDir().mkpath(QFileInfo(file).path());
        writeImage(file, patternImages(1, channels, 7, 5, seeds[i])[0]);
    }
    QDir().mkpath(dir.filePath(u"c_empty"_s));
    writeBytes(dir.filePath(u"notes.txt"_s), "not an image");

    const ImageSet set = ImageFolderReader::read(folder, {});
    QCOMPARE(set.name(), u"folder%1"_s.arg(m_folders));
    QCOMPARE(set.shape(), (ImageShape{channels, 7, 5}));
    QVERIFY(torch::equal(set.labels(), torch::tensor({0, 1, 1, -1}, torch::kInt64)));
    const torch::Tensor expected = patternImages(4, channels, 7, 5);
    const int worst = (set.images().to(torch::kInt32) - expected.to(torch::kInt32)).abs().max().item<int>();
    QVERIFY2(worst <= tolerance, qPrintable(u"largest pixel error %1"_s.arg(worst)));
    QCOMPARE(ImageFolderReader::classNames(folder), (QStringList{u"a_dog"_s, u"b_cat"_s}));
}

void TestReaders::folderDepthAndAlpha_data()
{
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("depth");
    QTest::addColumn<int>("expectedChannels");
    QTest::newRow("16-bit gray") << 1 << int(CV_16U) << 1;
    QTest::newRow("16-bit colour") << 3 << int(CV_16U) << 3;
    QTest::newRow("8-bit RGBA") << 4 << int(CV_8U) << 3;
    QTest::newRow("16-bit RGBA") << 4 << int(CV_16U) << 3;
}

void TestReaders::folderDepthAndAlpha()
{
    QFETCH(int, channels);
    QFETCH(int, depth);
    QFETCH(int, expectedChannels);
    const QString folder = makeFolder(u"depth%1"_s.arg(++m_folders));
    const torch::Tensor image = patternImages(1, channels, 6, 4)[0];
    writeImage(QDir(folder).filePath(u"image.png"_s), image, depth);
    const ImageSet set = ImageFolderReader::read(folder, {});
    QCOMPARE(set.shape(), (ImageShape{expectedChannels, 6, 4}));
    QVERIFY(torch::equal(set.images()[0], image.slice(0, 0, expectedChannels)));
    QCOMPARE(set.labels()[0].item<int64_t>(), int64_t(-1));
}

void TestReaders::folderChannelPolicy_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<int>("expectedChannels");
    QTest::newRow("grayscale") << int(ImageFolderPolicy::Channels::Grayscale) << 1;
    QTest::newRow("colour") << int(ImageFolderPolicy::Channels::Colour) << 3;
}

void TestReaders::folderChannelPolicy()
{
    QFETCH(int, policy);
    QFETCH(int, expectedChannels);
    const QString folder = makeFolder(u"channels%1"_s.arg(++m_folders));
    const torch::Tensor gray = patternImages(1, 1, 4, 4)[0];
    const torch::Tensor colour = patternImages(1, 3, 4, 4, 1)[0];
    writeImage(QDir(folder).filePath(u"1-gray.png"_s), gray);
    writeImage(QDir(folder).filePath(u"2-colour.png"_s), colour);

    ImageFolderPolicy options;
    options.channels = ImageFolderPolicy::Channels(policy);
    const ImageSet set = ImageFolderReader::read(folder, options);
    QCOMPARE(set.shape(), (ImageShape{expectedChannels, 4, 4}));
    if (expectedChannels == 3) {
        QVERIFY(torch::equal(set.images()[0], gray.expand({3, 4, 4})));
        QVERIFY(torch::equal(set.images()[1], colour));
    } else {
        QVERIFY(torch::equal(set.images()[0], gray));
        // ITU-R BT.601 luma, as OpenCV computes it.
        const torch::Tensor f = colour.to(torch::kFloat32);
        const torch::Tensor luma = (0.299 * f[0] + 0.587 * f[1] + 0.114 * f[2]).round();
        const float worst = (set.images()[1][0].to(torch::kFloat32) - luma).abs().max().item<float>();
        QVERIFY(worst <= 1.0f);
    }
}

void TestReaders::folderResize()
{
    const QString folder = makeFolder(u"resize"_s);
    const torch::Tensor fitting = patternImages(1, 3, 4, 6)[0];
    writeImage(QDir(folder).filePath(u"a.png"_s), patternImages(1, 3, 8, 12)[0]); // shrinks
    writeImage(QDir(folder).filePath(u"b.png"_s), fitting);                      // stays
    writeImage(QDir(folder).filePath(u"c.png"_s), patternImages(1, 3, 3, 5)[0]);  // grows

    VERIFY_DATA_ERROR(ImageFolderReader::read(folder, {}), QDir(folder).filePath(u"b.png"_s),
                      (QStringList{u"6×4 pixels"_s, u"first image (a.png) is 12×8"_s, u"resize"_s}));

    ImageFolderPolicy policy;
    policy.resizeTo = QSize(6, 4);
    const ImageSet set = ImageFolderReader::read(folder, policy);
    QCOMPARE(set.shape(), (ImageShape{3, 4, 6}));
    QCOMPARE(set.size(), int64_t(3));
    QVERIFY(torch::equal(set.images()[1], fitting));
}

void TestReaders::folderProgress()
{
    const QString folder = makeFolder(u"progress"_s);
    for (int i = 0; i < 5; ++i)
        writeImage(QDir(folder).filePath(u"%1.png"_s.arg(i)), patternImages(1, 1, 2, 2, i)[0]);
    std::vector<std::pair<qint64, qint64>> calls;
    ImageFolderReader::read(folder, {}, [&](qint64 done, qint64 total, const QString& what) {
        calls.emplace_back(done, total);
        QVERIFY(what.contains(u"progress"_s));
    });
    QCOMPARE(calls.size(), size_t(5));
    QCOMPARE(calls.front(), (std::pair<qint64, qint64>(1, 5)));
    QCOMPARE(calls.back(), (std::pair<qint64, qint64>(5, 5)));
}

void TestReaders::folderBadInput_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("words");

    const QString missing = path(u"no-such-images"_s);
    QTest::newRow("missing folder") << missing << missing << QStringList{u"does not exist"_s};
    const QString plainFile = path(u"plain-file.png"_s);
    writeBytes(plainFile, "x");
    QTest::newRow("a file, not a folder") << plainFile << plainFile << QStringList{u"not a folder"_s};
    const QString empty = makeFolder(u"bad-empty"_s);
    QTest::newRow("empty folder") << empty << empty << QStringList{u"empty"_s};

    const QString noImages = makeFolder(u"bad-no-images"_s);
    writeBytes(QDir(noImages).filePath(u"readme.txt"_s), "text");
    QDir().mkpath(QDir(noImages).filePath(u"class/sub"_s));
    QTest::newRow("no images") << noImages << noImages << QStringList{u"no PNG, JPEG or BMP images"_s};

    const QString garbage = makeFolder(u"bad-garbage"_s);
    writeImage(QDir(garbage).filePath(u"a.png"_s), patternImages(1, 1, 3, 3)[0]);
    writeBytes(QDir(garbage).filePath(u"b.png"_s), QByteArray(200, '\x42'));
    QTest::newRow("garbage bytes named .png")
        << garbage << QDir(garbage).filePath(u"b.png"_s) << QStringList{u"cannot be decoded"_s};

    const QString zero = makeFolder(u"bad-zero"_s);
    writeBytes(QDir(zero).filePath(u"a.bmp"_s), QByteArray());
    QTest::newRow("zero-byte image") << zero << QDir(zero).filePath(u"a.bmp"_s) << QStringList{u"empty"_s};

    const QString sizes = makeFolder(u"bad-sizes"_s);
    writeImage(QDir(sizes).filePath(u"a.png"_s), patternImages(1, 1, 5, 7)[0]);
    writeImage(QDir(sizes).filePath(u"b.png"_s), patternImages(1, 1, 7, 5)[0]);
    QTest::newRow("mixed sizes") << sizes << QDir(sizes).filePath(u"b.png"_s)
                                 << QStringList{u"5×7 pixels"_s, u"(a.png) is 7×5"_s, u"resize"_s};

    const QString mixed = makeFolder(u"bad-channels"_s);
    writeImage(QDir(mixed).filePath(u"a.png"_s), patternImages(1, 3, 4, 4)[0]);
    writeImage(QDir(mixed).filePath(u"b.png"_s), patternImages(1, 1, 4, 4)[0]);
    QTest::newRow("mixed channels with Keep")
        << mixed << QDir(mixed).filePath(u"b.png"_s) << QStringList{u"channel count of 1"_s, u"(a.png) has 3"_s};
}

void TestReaders::folderBadInput()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    QFETCH(QStringList, words);
    VERIFY_DATA_ERROR(ImageFolderReader::read(folder, {}), file, words);
}

QTEST_GUILESS_MAIN(TestReaders)
#include "test_readers.moc"
