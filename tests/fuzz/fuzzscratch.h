#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstdio>

namespace negvae::fuzz {

// A private scratch folder for one fuzz process. The readers under test take file paths, so
// each input is written to a file first; /dev/shm keeps that off the disk when it exists.
class FuzzScratch {
public:
    FuzzScratch()
        : m_dir(QDir(QStringLiteral("/dev/shm")).exists()
                    ? QStringLiteral("/dev/shm/negvae-fuzz-XXXXXX")
                    : QDir::temp().filePath(QStringLiteral("negvae-fuzz-XXXXXX")))
    {
        if (!m_dir.isValid()) {
            std::fprintf(stderr, "fuzz: cannot create a scratch folder\n");
            std::abort();
        }
    }

    QString path(const QString& relative) const { return m_dir.filePath(relative); }

    // Writes the bytes to `relative` (creating its folder); aborts when that fails, because a
    // harness that silently tests nothing would look like a clean run.
    QString write(const QString& relative, const uint8_t* data, size_t size) const
    {
        const QString file = path(relative);
        QDir().mkpath(QFileInfo(file).absolutePath());
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || out.write(reinterpret_cast<const char*>(data), qint64(size)) != qint64(size)) {
            std::fprintf(stderr, "fuzz: cannot write %s\n", qPrintable(file));
            std::abort();
        }
        return file;
    }

private:
    QTemporaryDir m_dir;
};

} // namespace negvae::fuzz
