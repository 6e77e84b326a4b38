#include "runstore.h"

#include "configerror.h"
#include "dataerror.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>
#include <cmath>

namespace negvae {

namespace {

QString number(double value)
{
    return std::isnan(value) ? QString() : QString::number(value, 'g', 9);
}

double parseNumber(const QString& text)
{
    return text.isEmpty() ? std::numeric_limits<double>::quiet_NaN() : text.toDouble();
}

QString epochName(int64_t epoch)
{
    return QStringLiteral("epoch_%1").arg(epoch, 3, 10, QLatin1Char('0'));
}

} // namespace

RunStore::RunStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString RunStore::path(const QString& relative) const
{
    return QDir(m_folder).filePath(relative);
}

bool RunStore::exists() const
{
    return QFileInfo(path(QStringLiteral("config.json"))).isFile();
}

QString RunStore::metricsHeader()
{
    return QStringLiteral("step,epoch,loss,reconstruction,kl,negative_kl,generator_loss,sigma,seconds,images");
}

void RunStore::create(const ExperimentConfig& config) const
{
    if (exists())
        throw DataError(m_folder, QStringLiteral("already holds a run; resume it (--resume) or choose another folder"));
    const QDir dir(m_folder);
    if (dir.exists() && !dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        throw DataError(m_folder, QStringLiteral("is not empty and holds no run; choose an empty or new folder"));
    for (const QString& sub : {QString(), QStringLiteral("eval"), QStringLiteral("scores"), QStringLiteral("samples"),
                               QStringLiteral("checkpoints")}) {
        if (!QDir().mkpath(path(sub)))
            throw DataError(path(sub), QStringLiteral("cannot create the folder"));
    }
    writeAtomically(QStringLiteral("config.json"), config.toJsonText());
    writeAtomically(QStringLiteral("metrics.csv"), (metricsHeader() + QLatin1Char('\n')).toUtf8());
}

ExperimentConfig RunStore::readConfig() const
{
    return ExperimentConfig::loadFile(path(QStringLiteral("config.json")));
}

void RunStore::updateConfig(const ExperimentConfig& config) const
{
    if (!exists())
        throw DataError(m_folder, QStringLiteral("holds no run (no config.json)"));
    writeAtomically(QStringLiteral("config.json"), config.toJsonText());
}

void RunStore::appendHistory(const QString& line) const
{
    QFile file(path(QStringLiteral("history.txt")));
    const QByteArray text = (QDateTime::currentDateTime().toString(Qt::ISODate) + QLatin1Char(' ') + line + QLatin1Char('\n')).toUtf8();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(text) != text.size() || !file.flush())
        throw DataError(file.fileName(), QStringLiteral("cannot append: %1").arg(file.errorString()));
}

void RunStore::appendMetrics(const std::vector<StepMetrics>& rows) const
{
    if (rows.empty())
        return;
    QFile file(path(QStringLiteral("metrics.csv")));
    if (!file.open(QIODevice::Append | QIODevice::Text))
        throw DataError(file.fileName(), QStringLiteral("cannot append: %1").arg(file.errorString()));
    QString text;
    for (const StepMetrics& m : rows) {
        text += QStringLiteral("%1,%2,%3,%4,%5,%6,%7,%8,%9,%10\n")
                    .arg(m.step).arg(m.epoch)
                    .arg(number(m.loss), number(m.reconstruction), number(m.kl), number(m.negativeKl),
                         number(m.generatorLoss), number(m.sigma), number(m.seconds))
                    .arg(m.images);
    }
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size() || !file.flush())
        throw DataError(file.fileName(), QStringLiteral("cannot write: %1").arg(file.errorString()));
}

std::vector<StepMetrics> RunStore::readMetrics() const
{
    QFile file(path(QStringLiteral("metrics.csv")));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw DataError(file.fileName(), QStringLiteral("cannot read: %1").arg(file.errorString()));
    std::vector<StepMetrics> rows;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines[i]).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != 10) {
            // A line cut short by a crash mid-write is the only expected damage; skip it.
            continue;
        }
        StepMetrics m;
        m.step = f[0].toLongLong();
        m.epoch = f[1].toLongLong();
        m.loss = parseNumber(f[2]);
        m.reconstruction = parseNumber(f[3]);
        m.kl = parseNumber(f[4]);
        m.negativeKl = parseNumber(f[5]);
        m.generatorLoss = parseNumber(f[6]);
        m.sigma = parseNumber(f[7]);
        m.seconds = parseNumber(f[8]);
        m.images = f[9].toLongLong();
        rows.push_back(m);
    }
    return rows;
}

void RunStore::truncateMetrics(int64_t step) const
{
    std::vector<StepMetrics> rows = readMetrics();
    rows.erase(std::remove_if(rows.begin(), rows.end(), [step](const StepMetrics& m) { return m.step > step; }), rows.end());
    writeAtomically(QStringLiteral("metrics.csv"), (metricsHeader() + QLatin1Char('\n')).toUtf8());
    appendMetrics(rows);
}

void RunStore::writeEvaluation(const EvalReport& report) const
{
    const QString name = QStringLiteral("eval/") + epochName(report.epoch) + QStringLiteral(".json");
    writeAtomically(name, QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));

    const QByteArray csv = report.scoresCsv();
    // scores.csv is the latest evaluation; scores/ keeps every one for the dashboard's epoch
    // slider.
    writeAtomically(QStringLiteral("scores/") + epochName(report.epoch) + QStringLiteral(".csv"), csv);
    writeAtomically(QStringLiteral("scores.csv"), csv);

    const QByteArray latents = report.latentsCsv();
    if (!latents.isEmpty()) {
        // Run folders from before the latent view have no latents/ folder.
        if (!QDir().mkpath(path(QStringLiteral("latents"))))
            throw DataError(path(QStringLiteral("latents")), QStringLiteral("cannot create the folder"));
        writeAtomically(QStringLiteral("latents/") + epochName(report.epoch) + QStringLiteral(".csv"), latents);
    }
}

QStringList RunStore::evaluationFiles() const
{
    QStringList files = QDir(path(QStringLiteral("eval"))).entryList({QStringLiteral("epoch_*.json")}, QDir::Files, QDir::Name);
    for (QString& file : files)
        file = path(QStringLiteral("eval/") + file);
    return files;
}

EvalReport RunStore::readEvaluation(const QString& file) const
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        throw DataError(file, QStringLiteral("cannot read: %1").arg(in.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        throw DataError(file, QStringLiteral("not a valid evaluation file: %1").arg(error.errorString()));
    return EvalReport::fromJson(document.object());
}

EvalReport RunStore::readEvaluationWithScores(const QString& file) const
{
    EvalReport report = readEvaluation(file);
    const QString scoresFile = path(QStringLiteral("scores/") + QFileInfo(file).completeBaseName() + QStringLiteral(".csv"));
    QFile in(scoresFile);
    if (!in.open(QIODevice::ReadOnly))
        throw DataError(scoresFile, QStringLiteral("cannot read: %1").arg(in.errorString()));
    EvalReport scores;
    QString error;
    if (!scores.readScoresCsv(in.readAll(), &error))
        throw DataError(scoresFile, error);
    report.sets = scores.sets;
    // Optional: runs written before the latent view have no latents.
    const QString latentsFile = path(QStringLiteral("latents/") + QFileInfo(file).completeBaseName() + QStringLiteral(".csv"));
    QFile latents(latentsFile);
    if (latents.exists()) {
        if (!latents.open(QIODevice::ReadOnly))
            throw DataError(latentsFile, QStringLiteral("cannot read: %1").arg(latents.errorString()));
        if (!report.readLatentsCsv(latents.readAll(), &error))
            throw DataError(latentsFile, error);
    }
    return report;
}

void RunStore::writeSamples(int64_t epoch, const QString& kind, const QImage& image) const
{
    writeImage(QStringLiteral("samples/") + epochName(epoch) + QLatin1Char('_') + kind + QStringLiteral(".png"), image);
}

void RunStore::writeImage(const QString& relative, const QImage& image) const
{
    QSaveFile file(path(relative));
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit())
        throw DataError(path(relative), QStringLiteral("cannot write the image: %1").arg(file.errorString()));
}

void RunStore::writeScoredNegatives(int64_t epoch, const QImage& grid) const
{
    if (!QDir().mkpath(path(QStringLiteral("negatives"))))
        throw DataError(path(QStringLiteral("negatives")), QStringLiteral("cannot create the folder"));
    // Grey images stay one channel: a third of the bytes for the same pixels.
    const QImage image = grid.allGray() ? grid.convertToFormat(QImage::Format_Grayscale8) : grid;
    const QString name = QStringLiteral("negatives/") + epochName(epoch) + QStringLiteral(".png");
    writeImage(name, image);
    // One evaluation's worth is kept: 2 000 images per epoch would grow a long run by
    // hundreds of megabytes.
    for (const QString& old : QDir(path(QStringLiteral("negatives"))).entryList({QStringLiteral("epoch_*.png")}, QDir::Files))
        if (QStringLiteral("negatives/") + old != name)
            QFile::remove(path(QStringLiteral("negatives/") + old));
}

QString RunStore::scoredNegatives(int64_t* epoch) const
{
    const QStringList files =
        QDir(path(QStringLiteral("negatives"))).entryList({QStringLiteral("epoch_*.png")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return {};
    if (epoch)
        *epoch = files.last().mid(6, files.last().size() - 10).toLongLong();
    return path(QStringLiteral("negatives/") + files.last());
}

QString RunStore::checkpointPath() const
{
    return path(QStringLiteral("checkpoints/latest.pt"));
}

bool RunStore::hasCheckpoint() const
{
    return QFileInfo(checkpointPath()).isFile();
}

void RunStore::writeCheckpoint(const QByteArray& bytes) const
{
    writeAtomically(QStringLiteral("checkpoints/latest.pt"), bytes);
}

QByteArray RunStore::readCheckpoint() const
{
    QFile file(checkpointPath());
    if (!file.open(QIODevice::ReadOnly))
        throw DataError(file.fileName(), QStringLiteral("cannot read the checkpoint: %1").arg(file.errorString()));
    return file.readAll();
}

void RunStore::writeAtomically(const QString& relative, const QByteArray& bytes) const
{
    QSaveFile file(path(relative));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        throw DataError(path(relative), QStringLiteral("cannot write: %1").arg(file.errorString()));
}

} // namespace negvae
