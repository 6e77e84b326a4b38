#include "compressedfile.h"

#include "dataerror.h"

#include <QFile>
#include <QSaveFile>
#include <QtEndian>

#include <algorithm>
#include <new>
#include <zlib.h>

namespace negvae {

namespace {

// zlib counts input in 32-bit units; larger buffers are fed in pieces of this size.
constexpr qsizetype kMaxFeed = qsizetype(1) << 30;
constexpr qsizetype kOutputChunk = qsizetype(1) << 18;

bool hasGzipMagic(const char* data, qsizetype size)
{
    return size >= 2 && static_cast<unsigned char>(data[0]) == 0x1f
        && static_cast<unsigned char>(data[1]) == 0x8b;
}

bool allZero(const char* data, qsizetype size)
{
    return std::all_of(data, data + size, [](char c) { return c == 0; });
}

// Feeds `input` to a z_stream in pieces and remembers how much of it zlib has taken.
class StreamInput {
public:
    explicit StreamInput(const QByteArray& input)
        : m_input(input)
    {
    }

    void refill(z_stream& stream)
    {
        if (stream.avail_in != 0 || m_fed == m_input.size())
            return;
        const qsizetype piece = std::min(kMaxFeed, m_input.size() - m_fed);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(m_input.constData() + m_fed));
        stream.avail_in = static_cast<uInt>(piece);
        m_fed += piece;
    }
    qsizetype consumed(const z_stream& stream) const { return m_fed - stream.avail_in; }
    qsizetype remaining(const z_stream& stream) const { return m_input.size() - consumed(stream); }
    const char* at(qsizetype offset) const { return m_input.constData() + offset; }
    bool exhausted(const z_stream& stream) const { return remaining(stream) == 0; }

private:
    const QByteArray& m_input;
    qsizetype m_fed = 0;
};

class Inflater {
public:
    Inflater()
    {
        // 16 + MAX_WBITS: gzip wrapper only, so zlib checks the CRC and length trailer.
        if (inflateInit2(&m_stream, 16 + MAX_WBITS) != Z_OK)
            throw std::bad_alloc();
    }
    ~Inflater() { inflateEnd(&m_stream); }
    Inflater(const Inflater&) = delete;
    Inflater& operator=(const Inflater&) = delete;

    z_stream& stream() { return m_stream; }

private:
    z_stream m_stream{};
};

// The last member's trailer holds its uncompressed size modulo 2^32: a good guess for one
// member, harmless for several. Capped at deflate's best ratio so a corrupt trailer cannot
// make us reserve gigabytes.
qsizetype sizeHint(const QByteArray& compressed)
{
    constexpr qsizetype kMaxDeflateRatio = 1032;
    if (compressed.size() < 18)
        return 0;
    const auto isize = qFromLittleEndian<quint32>(compressed.constData() + compressed.size() - 4);
    return std::min<qsizetype>(isize, compressed.size() * kMaxDeflateRatio);
}

// Decides what follows the end of one gzip member: another member (true), nothing or the
// zero padding tar and some tools append (false), or anything else, which is corruption.
bool anotherMemberFollows(const QString& path, const StreamInput& input, const z_stream& stream)
{
    const qsizetype rest = input.remaining(stream);
    const char* next = input.at(input.consumed(stream));
    if (rest == 0 || allZero(next, rest))
        return false;
    if (hasGzipMagic(next, rest))
        return true;
    throw DataError(path, CompressedFile::tr("corrupt gzip stream: %1 unexpected bytes after the "
                                             "compressed data").arg(rest));
}

QByteArray gunzip(const QString& path, const QByteArray& compressed)
{
    Inflater inflater;
    z_stream& stream = inflater.stream();
    StreamInput input(compressed);
    QByteArray output;
    output.reserve(sizeHint(compressed));
    QByteArray chunk(kOutputChunk, Qt::Uninitialized);
    for (;;) {
        input.refill(stream);
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        const int rc = inflate(&stream, Z_NO_FLUSH);
        output.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(stream.avail_out));
        if (rc == Z_STREAM_END) {
            if (!anotherMemberFollows(path, input, stream))
                return output;
            inflateReset(&stream);
        } else if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT) {
            const QString reason = stream.msg ? QString::fromUtf8(stream.msg) : QString();
            throw DataError(path, CompressedFile::tr("corrupt gzip stream: %1").arg(reason));
        } else if (rc == Z_MEM_ERROR) {
            throw std::bad_alloc();
        } else if (input.exhausted(stream) && stream.avail_out != 0) {
            // zlib wants more input but the file has ended.
            throw DataError(path, CompressedFile::tr("truncated gzip stream: the file ends after "
                                                     "%1 bytes, inside the compressed data")
                                      .arg(compressed.size()));
        }
    }
}

class Deflater {
public:
    Deflater()
    {
        if (deflateInit2(&m_stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8,
                         Z_DEFAULT_STRATEGY)
            != Z_OK)
            throw std::bad_alloc();
    }
    ~Deflater() { deflateEnd(&m_stream); }
    Deflater(const Deflater&) = delete;
    Deflater& operator=(const Deflater&) = delete;

    z_stream& stream() { return m_stream; }

private:
    z_stream m_stream{};
};

QByteArray gzip(const QByteArray& bytes)
{
    Deflater deflater;
    z_stream& stream = deflater.stream();
    StreamInput input(bytes);
    QByteArray output;
    QByteArray chunk(kOutputChunk, Qt::Uninitialized);
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        input.refill(stream);
        stream.next_out = reinterpret_cast<Bytef*>(chunk.data());
        stream.avail_out = static_cast<uInt>(chunk.size());
        rc = deflate(&stream, input.exhausted(stream) ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR)
            throw std::bad_alloc();
        output.append(chunk.constData(), chunk.size() - static_cast<qsizetype>(stream.avail_out));
    }
    return output;
}

} // namespace

QByteArray CompressedFile::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(path, tr("cannot be opened: %1").arg(file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        throw DataError(path, tr("cannot be read: %1").arg(file.errorString()));
    if (hasGzipMagic(bytes.constData(), bytes.size()))
        return gunzip(path, bytes);
    return bytes;
}

void CompressedFile::write(const QString& path, const QByteArray& bytes, bool gzipped)
{
    const QByteArray payload = gzipped ? gzip(bytes) : bytes;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw DataError(path, tr("cannot be written: %1").arg(file.errorString()));
    if (file.write(payload) != payload.size() || !file.commit())
        throw DataError(path, tr("cannot be written: %1").arg(file.errorString()));
}

} // namespace negvae
