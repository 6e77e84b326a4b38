// Prints how fast negvae trains and scores the default grayscale VAE on this machine, beside
// the same work done by plain PyTorch (bench/reference_pytorch.py, run as a child for every
// cell) and beside the machine's fp32 matmul peak; and how much memory a default
// Fashion-MNIST run takes at its peak. See docs/performance.md for the method.
//
//   bench_training [--seconds S] [--batches 50,128] [--threads 1,2] [--skip-rss] [--skip-reference]
//                  [--python /usr/bin/python3] [--reference FILE] [--negvae FILE]
#include "datasetregistry.h"
#include "evaluator.h"
#include "experimentconfig.h"
#include "trainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/resource.h>
#include <time.h>

#include <algorithm>
#include <functional>
#include <optional>

using namespace negvae;

namespace {

QTextStream out(stdout);

// Multiply-adds per image of one forward pass through each half of the grayscale network
// (SPEC §2), counted from its layer shapes.
struct ModelMacs {
    double encoder = 0;
    double decoder = 0;

    static ModelMacs of(const VaeOptions& o)
    {
        ModelMacs macs;
        int64_t channels = o.shape.channels;
        int64_t h = o.shape.height;
        int64_t w = o.shape.width;
        for (int64_t width : o.widths) {
            h /= 2;
            w /= 2;
            macs.encoder += double(width) * channels * 16 * h * w; // 4×4 conv, output h×w
            channels = width;
        }
        const double flat = double(channels) * h * w;
        macs.encoder += flat * o.hidden + 2.0 * o.hidden * o.latentDim;
        macs.decoder += double(o.latentDim) * o.hidden + o.hidden * flat;
        for (size_t i = o.widths.size(); i-- > 0;) {
            const int64_t outChannels = i == 0 ? o.shape.channels : o.widths[i - 1];
            macs.decoder += double(o.widths[i]) * outChannels * 16 * h * w; // 4×4 transposed conv, input h×w
            h *= 2;
            w *= 2;
        }
        return macs;
    }
};

// FLOPs per image of one training step as the straightforward scheme does it (forward = 2·MACs,
// backward ≈ 2× forward): the nominal work, the same for negvae and the reference, so that
// GFLOP/s compares like with like even where negvae skips part of it.
double trainFlopsPerImage(const ModelMacs& m, NegativeSource source)
{
    const double e = 2 * m.encoder;
    const double d = 2 * m.decoder;
    // encoder step: forward and backward through both halves; decoder step: encoder forward
    // without gradients, decoder forward and backward.
    const double base = 3 * (e + d) + e + 3 * d;
    switch (source) {
    case NegativeSource::Auxiliary:
        return base + 3 * e; // the negatives through the encoder, forward and backward
    case NegativeSource::Adversarial:
        // decode the negatives; encoder forward+backward on them; the generator's extra decode
        // and encoder pass, both with backward.
        return base + d + 3 * e + 3 * (d + e);
    default:
        return base;
    }
}

double evalFlopsPerImage(const ModelMacs& m)
{
    return 2 * (m.encoder + m.decoder);
}

// Images per second of wall time and per second of process CPU time.
struct Rate {
    double wall = 0;
    double cpu = 0;
};

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec + t.tv_nsec / 1e9;
}

// Each rate is the best of three chunks of about seconds/3, after `warmup` calls
// (bench/reference_pytorch.py measures the same way): the machine is shared, and the fastest
// chunk is the one least disturbed by other work (CPU time is less disturbed still).
Rate bestRate(const std::function<void()>& call, double seconds, int64_t imagesPerCall, int warmup)
{
    for (int i = 0; i < warmup; ++i)
        call();
    Rate best;
    for (int chunk = 0; chunk < 3; ++chunk) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuSeconds();
        int64_t calls = 0;
        double elapsed = 0;
        do {
            call();
            ++calls;
            elapsed = timer.nsecsElapsed() / 1e9;
        } while (elapsed < seconds / 3 || calls < 3);
        const double cpu = std::max(1e-9, processCpuSeconds() - cpuStart);
        best.wall = std::max(best.wall, calls * imagesPerCall / elapsed);
        best.cpu = std::max(best.cpu, calls * imagesPerCall / cpu);
    }
    return best;
}

// GFLOP/s of a 1024² fp32 matrix product through torch::mm (the BLAS LibTorch was built
// against), per second of wall time and per second of CPU time, the best of 20 products each.
Rate matmulPeak()
{
    const int64_t n = 1024;
    const torch::Tensor a = torch::rand({n, n});
    const torch::Tensor b = torch::rand({n, n});
    torch::Tensor c = torch::mm(a, b);
    Rate best;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const double cpuStart = processCpuSeconds();
        torch::mm_out(c, a, b);
        const double flops = 2.0 * n * n * n;
        best.wall = std::max(best.wall, flops / (timer.nsecsElapsed() / 1e9) / 1e9);
        best.cpu = std::max(best.cpu, flops / std::max(1e-9, processCpuSeconds() - cpuStart) / 1e9);
    }
    return best;
}

QString sourceName(NegativeSource source)
{
    switch (source) {
    case NegativeSource::None:
        return QStringLiteral("none");
    case NegativeSource::Auxiliary:
        return QStringLiteral("auxiliary");
    case NegativeSource::Adversarial:
        return QStringLiteral("adversarial");
    default:
        return jsonName(source);
    }
}

struct Bench {
    ImageSet train;
    ImageSet test;
    ImageSet auxiliary;
    QString inlierFolder;
    QString auxiliaryFolder;
    double seconds = 3;
    QString python;
    QString reference;
    bool runReference = true;

    Rate negvaeTraining(NegativeSource source, int64_t batch) const
    {
        ExperimentConfig config;
        config.data.negatives.source = source;
        config.training.batchSize = batch;
        Trainer trainer(config, train.shape(), torch::kCPU, source == NegativeSource::Auxiliary ? auxiliary : ImageSet());
        // The epoch loop of ExperimentRunner::run: a permutation, then batches cut from it.
        const torch::Tensor permutation = torch::randperm(train.size(), trainer.generator(), torch::kInt64);
        int64_t begin = 0;
        return bestRate(
            [&] {
                if (begin + batch > train.size())
                    begin = 0;
                const torch::Tensor indices = permutation.slice(0, begin, begin + batch);
                begin += batch;
                trainer.trainStep(train.floatBatch(indices), 1);
            },
            seconds, batch, 3);
    }

    Rate negvaeEvaluation(int64_t batch, int64_t images) const
    {
        ExperimentConfig config;
        Trainer trainer(config, train.shape(), torch::kCPU);
        const Evaluator evaluator(config.evaluation.seed, batch, torch::kCPU);
        const ImageSet set = test.head(images);
        return bestRate([&] { evaluator.score(trainer.model(), set, ScoreRole::Inlier); }, seconds, set.size(), 1);
    }

    // The rates the reference reports, or nullopt (with the reason printed) when it failed.
    std::optional<Rate> referenceRate(const QStringList& arguments) const
    {
        if (!runReference)
            return std::nullopt;
        QProcess process;
        process.start(python, QStringList {reference} + arguments
                                  + QStringList {QStringLiteral("--inliers"), inlierFolder, QStringLiteral("--seconds"),
                                                 QString::number(seconds)});
        if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            out << "  reference failed: " << process.errorString() << ' ' << process.readAllStandardError() << '\n';
            return std::nullopt;
        }
        const QByteArray line = process.readAllStandardOutput().trimmed().split('\n').last();
        const QJsonObject result = QJsonDocument::fromJson(line).object();
        if (!result.contains(QStringLiteral("images_per_s"))) {
            out << "  reference printed no result: " << line << '\n';
            return std::nullopt;
        }
        return Rate {result.value(QStringLiteral("images_per_s")).toDouble(),
                     result.value(QStringLiteral("images_per_cpu_s")).toDouble()};
    }
};

QString fixed(double value, int decimals, int width)
{
    return QString::number(value, 'f', decimals).rightJustified(width);
}

// Peak resident memory of a child `negvae train` on the paper's grayscale preset for one
// epoch (all 60 000 images, one evaluation, samples and a checkpoint), from getrusage: the
// largest child so far, so it must run before any other child. One thread: on a shared machine
// two OpenMP threads made this epoch take over ten minutes (docs/performance.md), and the
// thread count changes the memory by no more than a thread's stack and scratch buffers.
std::optional<double> peakRunMiB(const QString& negvae, double* seconds)
{
    QTemporaryDir folder;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer timer;
    timer.start();
    process.start(negvae, {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("paper-grayscale"),
                           QStringLiteral("--set"), QStringLiteral("training.epochs=1"), QStringLiteral("--set"),
                           QStringLiteral("training.threads=1"), QStringLiteral("--out"),
                           folder.path() + QStringLiteral("/run")});
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        out << "peak memory: the run failed: " << process.errorString() << '\n' << process.readAll().right(2000) << '\n';
        return std::nullopt;
    }
    *seconds = timer.nsecsElapsed() / 1e9;
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024.0; // KiB on Linux
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readAll().trimmed());
}

std::vector<int64_t> integers(const QString& list)
{
    std::vector<int64_t> values;
    for (const QString& item : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (const int64_t v = item.toLongLong(); v > 0)
            values.push_back(v);
    return values;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QString sourceDir = QStringLiteral(NEGVAE_SOURCE_DIR);
    const QString binDir = QCoreApplication::applicationDirPath();
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("negvae training and scoring speed, against PyTorch and the matmul peak"));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Measuring time per cell and side (3)."), QStringLiteral("S"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("batches"), QStringLiteral("Batch sizes (50,128)."), QStringLiteral("LIST"), QStringLiteral("50,128")});
    parser.addOption({QStringLiteral("threads"), QStringLiteral("Thread counts (1,cores)."), QStringLiteral("LIST"),
                      QStringLiteral("1,%1").arg(QThread::idealThreadCount())});
    parser.addOption({QStringLiteral("eval-images"), QStringLiteral("Test images per scoring pass (2000)."), QStringLiteral("N"), QStringLiteral("2000")});
    parser.addOption({QStringLiteral("skip-rss"), QStringLiteral("Skip the one-epoch run that measures peak memory.")});
    parser.addOption({QStringLiteral("skip-reference"), QStringLiteral("Skip the PyTorch reference.")});
    parser.addOption({QStringLiteral("python"), QStringLiteral("Python with torch (/usr/bin/python3)."), QStringLiteral("FILE"), QStringLiteral("/usr/bin/python3")});
    parser.addOption({QStringLiteral("reference"), QStringLiteral("The reference script."), QStringLiteral("FILE"),
                      sourceDir + QStringLiteral("/bench/reference_pytorch.py")});
    parser.addOption({QStringLiteral("negvae"), QStringLiteral("The negvae CLI for the memory run."), QStringLiteral("FILE"),
                      QDir(binDir).filePath(QStringLiteral("../app/negvae"))});
    parser.process(app);

    Bench bench;
    bench.seconds = std::max(0.3, parser.value(QStringLiteral("seconds")).toDouble());
    bench.python = parser.value(QStringLiteral("python"));
    bench.reference = parser.value(QStringLiteral("reference"));
    bench.runReference = !parser.isSet(QStringLiteral("skip-reference"));
    const std::vector<int64_t> batches = integers(parser.value(QStringLiteral("batches")));
    const std::vector<int64_t> threadCounts = integers(parser.value(QStringLiteral("threads")));
    const int64_t evalImages = std::max<int64_t>(1, parser.value(QStringLiteral("eval-images")).toLongLong());

    const DatasetRegistry registry;
    for (const QString& name : {QStringLiteral("fashion-mnist"), QStringLiteral("mnist")}) {
        if (const DatasetInfo info = registry.info(name); !info.available) {
            out << name << " is not available (" << info.problem << "); " << info.installHint << '\n';
            return 1;
        }
    }
    DatasetRequest request;
    request.name = QStringLiteral("fashion-mnist");
    bench.train = registry.load(request);
    bench.inlierFolder = registry.info(request.name).location;
    request.split = Split::Test;
    bench.test = registry.load(request);
    request.name = QStringLiteral("mnist");
    request.split = Split::Train;
    bench.auxiliary = registry.load(request);
    bench.auxiliaryFolder = registry.info(request.name).location;
    if (bench.runReference && !QFileInfo::exists(bench.reference)) {
        out << "no reference script at " << bench.reference << "; use --reference or --skip-reference\n";
        return 1;
    }

    out << "negvae bench_training: default grayscale VAE (SPEC §2), Fashion-MNIST inliers, MNIST as the auxiliary set\n";
    out << "load average at start: " << loadAverage() << '\n';
    out << torch::show_config().c_str() << '\n';

    if (!parser.isSet(QStringLiteral("skip-rss"))) {
        double seconds = 0;
        if (const auto mib = peakRunMiB(parser.value(QStringLiteral("negvae")), &seconds)) {
            out << "peak resident memory of `negvae train --preset paper-grayscale --set training.epochs=1 --set training.threads=1`: "
                << fixed(*mib, 0, 0) << " MiB (goal < 1536 MiB), " << fixed(seconds, 0, 0) << " s\n";
        }
        out.flush();
    }

    ExperimentConfig defaults;
    const ModelMacs macs = ModelMacs::of(VaeOptions::fromConfig(defaults.model, bench.train.shape()));
    out << "per image: encoder forward " << fixed(2 * macs.encoder / 1e6, 2, 0) << " MFLOP, decoder forward "
        << fixed(2 * macs.decoder / 1e6, 2, 0) << " MFLOP; a training step (nominal): none "
        << fixed(trainFlopsPerImage(macs, NegativeSource::None) / 1e6, 1, 0) << ", auxiliary "
        << fixed(trainFlopsPerImage(macs, NegativeSource::Auxiliary) / 1e6, 1, 0) << ", adversarial "
        << fixed(trainFlopsPerImage(macs, NegativeSource::Adversarial) / 1e6, 1, 0) << " MFLOP\n\n";

    out << "img/s: images per second of wall time; img/CPU-s: per second of process CPU time (all threads).\n"
           "GFLOP/s and % of peak from the wall rate and the nominal FLOPs above.\n\n";
    out << "what                     batch threads | img/s: negvae  PyTorch  ratio | img/CPU-s: negvae  PyTorch  ratio"
           " | GFLOP/s  % of peak\n";
    out.flush();
    for (const int64_t threads : threadCounts) {
        torch::set_num_threads(int(threads));
        const Rate matmul = matmulPeak();
        const double peak = matmul.wall;
        out << "fp32 matmul peak (1024², torch::mm)      " << threads << "   " << fixed(matmul.wall, 1, 0)
            << " GFLOP/s of wall time, " << fixed(matmul.cpu, 1, 0) << " GFLOP/s of CPU time\n";
        out.flush();
        for (const int64_t batch : batches) {
            const auto row = [&](const QString& what, Rate rate, std::optional<Rate> reference, double flops) {
                const double gflops = rate.wall * flops / 1e9;
                const auto cells = [&](double ours, std::optional<double> theirs) {
                    return fixed(ours, 0, 14) + (theirs ? fixed(*theirs, 0, 9) : QStringLiteral("-").rightJustified(9))
                        + (theirs ? fixed(ours / *theirs, 2, 7) : QStringLiteral("-").rightJustified(7));
                };
                out << what.leftJustified(24) << QString::number(batch).rightJustified(6) << QString::number(threads).rightJustified(8)
                    << " |" << cells(rate.wall, reference ? std::optional<double>(reference->wall) : std::nullopt)
                    << " |    " << cells(rate.cpu, reference ? std::optional<double>(reference->cpu) : std::nullopt)
                    << " |" << fixed(gflops, 1, 8) << fixed(100 * gflops / peak, 1, 11) << '\n';
                out.flush();
            };
            const QStringList common {QStringLiteral("--batch"), QString::number(batch), QStringLiteral("--threads"), QString::number(threads)};
            for (const NegativeSource source : {NegativeSource::None, NegativeSource::Auxiliary, NegativeSource::Adversarial}) {
                const Rate rate = bench.negvaeTraining(source, batch);
                QStringList arguments = QStringList {QStringLiteral("train"), QStringLiteral("--negatives"), sourceName(source)} + common;
                if (source == NegativeSource::Auxiliary)
                    arguments << QStringLiteral("--auxiliary") << bench.auxiliaryFolder;
                row(QStringLiteral("train ") + sourceName(source), rate, bench.referenceRate(arguments), trainFlopsPerImage(macs, source));
            }
            const Rate rate = bench.negvaeEvaluation(batch, evalImages);
            const auto reference = bench.referenceRate(QStringList {QStringLiteral("eval"), QStringLiteral("--images"), QString::number(evalImages)} + common);
            row(QStringLiteral("score BPD+KL+REC"), rate, reference, evalFlopsPerImage(macs));
        }
    }
    out << "load average at end: " << loadAverage() << '\n';
    return 0;
}
