#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace negvae {

// Whole-file reads and atomic writes that transparently handle gzip, detected by the
// content's magic bytes rather than the file name.
class CompressedFile {
    Q_DECLARE_TR_FUNCTIONS(negvae::CompressedFile)

public:
    // Throws DataError naming the file when it cannot be opened or the gzip stream is corrupt
    // or truncated.
    static QByteArray read(const QString& path);
    // Writes atomically (QSaveFile); gzip-compressed when `gzip` is true. Throws DataError.
    static void write(const QString& path, const QByteArray& bytes, bool gzip);
};

} // namespace negvae
