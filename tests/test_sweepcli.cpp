// `negvae sweep` and `negvae report` as a user runs them: tiny runs two at a time, a rerun
// that skips every finished run, Ctrl-C and a rerun that resumes, refusals and failures that
// say what to do, the Slurm files, and the report of the sweep.
#include "barimages.h"
#include "cliprocess.h"
#include "runstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <csignal>

using namespace negvae;

class TestSweepCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_inliers;     // 48 bar images: runs of a few seconds
    QString m_moreInliers; // 480: long enough to interrupt
    QString m_sweep;       // the sweep the first test runs and later tests reuse

    using Result = testing::CliResult;

    static Result run(const QStringList& arguments, int timeoutMs = 300000)
    {
        return testing::runCli(arguments, timeoutMs);
    }

    QString writeFile(const QString& name, const QByteArray& text) const
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(text);
        return path;
    }

    // A grid of two variants × two seeds over a tiny config; `extra` adds top-level keys.
    QString writeGrid(const QString& name, const QString& inliers, int epochs, const QString& extra = QString()) const
    {
        const QString text = QStringLiteral(R"({"name": "tiny",
            "base": {"data": {"inlier": "%1", "ood": ["uniform-noise"]},
                     "model": {"latentDim": 4, "widths": [8, 16], "hidden": 32},
                     "optimizer": {"learningRate": 0.001},
                     "training": {"batchSize": 16, "sampleCount": 8, "evalInterval": %2},
                     "evaluation": {"batchSize": 32}},
            "overrides": {"training.epochs": %2},
            "variants": [{"name": "baseline", "set": {"data.negatives.source": "none"}},
                         {"name": "uniform", "set": {"data.negatives.source": "uniform-noise"}}],
            "seeds": [1, 2]%3})")
                                 .arg(inliers)
                                 .arg(epochs)
                                 .arg(extra);
        return writeFile(name, text.toUtf8());
    }

    static QStringList runFolders()
    {
        return {QStringLiteral("baseline/seed_1"), QStringLiteral("baseline/seed_2"), QStringLiteral("uniform/seed_1"),
            QStringLiteral("uniform/seed_2")};
    }

    static int expectedThreads(int jobs) { return std::max(1, QThread::idealThreadCount() / jobs); }

private Q_SLOTS:
    void initTestCase()
    {
        m_inliers = m_root.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(m_inliers, 48, true));
        m_moreInliers = m_root.filePath(QStringLiteral("more-bars"));
        QVERIFY(testing::writeBarImages(m_moreInliers, 480, true));
        m_sweep = m_root.filePath(QStringLiteral("sweep"));
    }

    void helpListsSweepAndReport()
    {
        const Result help = run({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains(QLatin1String("sweep")) && help.out.contains(QLatin1String("report")));
        const Result sweepHelp = run({QStringLiteral("sweep"), QStringLiteral("--help")});
        QCOMPARE(sweepHelp.exitCode, 0);
        QVERIFY2(sweepHelp.out.contains(QLatin1String("--jobs")) && sweepHelp.out.contains(QLatin1String("--emit")),
            qPrintable(sweepHelp.out));
        const Result noOut = run({QStringLiteral("sweep"), QStringLiteral("grid.json")});
        QCOMPARE(noOut.exitCode, 2);
        QVERIFY(noOut.err.contains(QLatin1String("--out")));
    }

    void sweepRunsEveryRunThenSkipsThem()
    {
        const QString grid = writeGrid(QStringLiteral("grid.json"), m_inliers, 2);
        QElapsedTimer timer;
        timer.start();
        const Result first = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep,
            QStringLiteral("--jobs"), QStringLiteral("2")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        qInfo("4 tiny runs, 2 at a time: %.1f s", timer.elapsed() / 1000.0);
        QVERIFY2(
            first.out.contains(QLatin1String("4 run(s): 0 finished, 0 to resume, 4 to start")), qPrintable(first.out));
        QVERIFY2(first.out.contains(QStringLiteral("2 at a time, %1 thread(s) each").arg(expectedThreads(2))),
            qPrintable(first.out));
        QVERIFY2(first.out.contains(QLatin1String("4 run(s) finished")), qPrintable(first.out));
        for (const QString& folder : runFolders()) {
            const RunStore store(QDir(m_sweep).filePath(folder));
            QVERIFY2(QFileInfo(store.path(QStringLiteral("eval/epoch_002.json"))).isFile(), qPrintable(folder));
            QCOMPARE(store.readConfig().training.threads, int64_t(expectedThreads(2)));
            QCOMPARE(store.readConfig().seed, int64_t(folder.endsWith(QLatin1Char('1')) ? 1 : 2));
            QFile log(store.path(QStringLiteral("train.log")));
            QVERIFY(log.open(QIODevice::ReadOnly));
            QVERIFY2(log.readAll().contains("finished: "), qPrintable(folder));
        }
        QFile record(QDir(m_sweep).filePath(QStringLiteral("sweep.json")));
        QVERIFY(record.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(record.readAll()).object().value(QStringLiteral("runs")).toArray().size(), 4);

        const Result again = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep,
            QStringLiteral("--jobs"), QStringLiteral("2")});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QLatin1String("4 finished, 0 to resume, 0 to start; nothing to run")),
            qPrintable(again.out));

        const Result dryRun
            = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep, QStringLiteral("--dry-run")});
        QCOMPARE(dryRun.exitCode, 0);
        QVERIFY2(dryRun.out.contains(QLatin1String("skip   uniform/seed_2  (finished)")), qPrintable(dryRun.out));
    }

    void reportCollectsTheSweep()
    {
        const Result report = run({QStringLiteral("report"), m_sweep});
        QVERIFY2(report.exitCode == 0, qPrintable(report.out + report.err));
        QVERIFY2(report.out.contains(QLatin1String("AUROC, mean (std) over 2 seed(s) per cell; 4 run(s).")),
            qPrintable(report.out));
        QVERIFY2(report.out.contains(QLatin1String("### Bernoulli noise model")), qPrintable(report.out));
        QVERIFY2(report.out.contains(QStringLiteral("| inlier → OOD | score | baseline | uniform noise |")),
            qPrintable(report.out));
        QVERIFY2(report.out.contains(QStringLiteral("| %1 → uniform-noise | BPD | ").arg(m_inliers)),
            qPrintable(report.out));
        QVERIFY2(report.out.contains(QLatin1String("|  | KL | ")), qPrintable(report.out));
        for (const char* name : {"report.md", "report.csv", "report.tex"})
            QVERIFY2(QFileInfo(QDir(m_sweep).filePath(QLatin1String(name))).size() > 0, name);
        QFile csv(QDir(m_sweep).filePath(QStringLiteral("report.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().contains("bernoulli/uniform noise mean"));

        const Result latex
            = run({QStringLiteral("report"), m_sweep, QStringLiteral("--format"), QStringLiteral("latex"),
                QStringLiteral("--scores"), QStringLiteral("bpd,kl,rec"), QStringLiteral("--no-files")});
        QCOMPARE(latex.exitCode, 0);
        QVERIFY2(latex.out.contains(QLatin1String("\\begin{tabular}{llcc}")), qPrintable(latex.out));
        QVERIFY2(latex.out.contains(QLatin1String("& REC &")), qPrintable(latex.out));

        const Result unknownScore = run({QStringLiteral("report"), m_sweep, QStringLiteral("--scores"),
            QStringLiteral("bpd,nll"), QStringLiteral("--no-files")});
        QCOMPARE(unknownScore.exitCode, 2);
        QVERIFY2(unknownScore.err.contains(QLatin1String("unknown score 'nll'")), qPrintable(unknownScore.err));
        QVERIFY2(unknownScore.err.contains(QLatin1String("likelihood_ratio")), qPrintable(unknownScore.err));

        const Result bad
            = run({QStringLiteral("report"), m_sweep, QStringLiteral("--metric"), QStringLiteral("accuracy")});
        QCOMPARE(bad.exitCode, 2);
        const Result missing = run({QStringLiteral("report"), m_root.filePath(QStringLiteral("nothing-here"))});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY2(missing.err.contains(QLatin1String("no such folder")), qPrintable(missing.err));
    }

    void changedGridIsRefused()
    {
        const QString grid = writeGrid(QStringLiteral("grid3.json"), m_inliers, 3);
        const Result result = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1String("holds a different experiment")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("training.epochs: 2 here, 3 wanted")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("nothing was started")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(QDir(m_sweep).filePath(QStringLiteral("baseline/seed_1/eval/epoch_003.json"))));
    }

    void badGridNamesTheFileAndField()
    {
        const QString grid = writeGrid(
            QStringLiteral("bad.json"), m_inliers, 2, QStringLiteral(R"(, "grid": {"model.noiseModel": ["gauss"]})"));
        const Result result
            = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_root.filePath(QStringLiteral("bad"))});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(grid), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("grid.\"model.noiseModel\"[0]")), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("bad"))));
    }

    void failedRunIsReported()
    {
        const QString grid = writeFile(QStringLiteral("failing.json"),
            QStringLiteral(R"({
            "base": {"data": {"inlier": "%1", "ood": []}, "training": {"epochs": 1}}, "seeds": 1})")
                .arg(m_root.filePath(QStringLiteral("no-such-set")))
                .toUtf8());
        const QString out = m_root.filePath(QStringLiteral("failing"));
        const Result result = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), out});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("seed_1 failed: exit code 3")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("no-such-set")), qPrintable(result.err)); // its last output
        QVERIFY2(result.err.contains(QLatin1String("run the same command again")), qPrintable(result.err));
        // It failed before training: no run folder is left to block a fixed grid.
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("seed_1"))));

        // A run that fails after its folder exists points at its train.log.
        const QString crashing = writeFile(QStringLiteral("crashing.json"),
            QStringLiteral(R"({
            "base": {"data": {"inlier": "%1", "ood": ["uniform-noise"]}, "training": {"epochs": 1, "batchSize": 16},
                     "model": {"latentDim": 4, "widths": [8, 16], "hidden": 32}}, "seeds": 1})")
                .arg(m_inliers)
                .toUtf8());
        const QString crashingOut = m_root.filePath(QStringLiteral("crashing"));
        const Result finished = run({QStringLiteral("sweep"), crashing, QStringLiteral("--out"), crashingOut});
        QCOMPARE(finished.exitCode, 0);
        const RunStore store(QDir(crashingOut).filePath(QStringLiteral("seed_1")));
        // Unfinished again, with a checkpoint `train --resume` cannot read (exit code 3).
        QFile::remove(store.path(QStringLiteral("eval/epoch_001.json")));
        store.writeCheckpoint("damaged");
        const Result damaged = run({QStringLiteral("sweep"), crashing, QStringLiteral("--out"), crashingOut});
        QCOMPARE(damaged.exitCode, 1);
        QVERIFY2(damaged.err.contains(QStringLiteral("last lines of %1").arg(store.path(QStringLiteral("train.log")))),
            qPrintable(damaged.err));
        QVERIFY2(damaged.err.contains(QLatin1String("seed_1 failed: exit code 3")), qPrintable(damaged.err));
        QVERIFY2(damaged.err.contains(QLatin1String("checkpoint")), qPrintable(damaged.err));
    }

    void interruptedSweepResumes()
    {
        const int epochs = 20;
        const QString grid = writeFile(QStringLiteral("long.json"),
            QStringLiteral(R"({
            "base": {"data": {"inlier": "%1", "ood": ["uniform-noise"]},
                     "model": {"latentDim": 4, "widths": [8, 16], "hidden": 32},
                     "training": {"epochs": %2, "batchSize": 16, "sampleCount": 8, "evalInterval": %2},
                     "evaluation": {"batchSize": 32}},
            "seeds": [1, 2]})")
                .arg(m_moreInliers)
                .arg(epochs)
                .toUtf8());
        const QString out = m_root.filePath(QStringLiteral("long"));
        const QStringList arguments {
            QStringLiteral("sweep"), grid, QStringLiteral("--out"), out, QStringLiteral("--jobs"), QStringLiteral("2")};
        QProcess sweep;
        sweep.setProcessChannelMode(QProcess::MergedChannels);
        sweep.start(QStringLiteral(NEGVAE_CLI), arguments);
        QVERIFY(sweep.waitForStarted());
        // Ctrl-C once a run has a checkpoint (its first epoch is done).
        QElapsedTimer timer;
        timer.start();
        const auto checkpointed = [&] {
            return RunStore(QDir(out).filePath(QStringLiteral("seed_1"))).hasCheckpoint()
                || RunStore(QDir(out).filePath(QStringLiteral("seed_2"))).hasCheckpoint();
        };
        while (!checkpointed() && timer.elapsed() < 120000)
            sweep.waitForReadyRead(50);
        QVERIFY(checkpointed());
        // A second sweep into the same folder would train the same runs twice.
        const Result second = run(arguments);
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("another sweep")), qPrintable(second.err));
        ::kill(pid_t(sweep.processId()), SIGINT);
        QVERIFY(sweep.waitForFinished(60000));
        const QString output = QString::fromUtf8(sweep.readAll());
        QCOMPARE(sweep.exitCode(), 130);
        QVERIFY2(output.contains(QLatin1String("interrupted")), qPrintable(output));
        QVERIFY2(output.contains(QLatin1String("run the same command again")), qPrintable(output));
        int unfinished = 0;
        for (const QString& seed : {QStringLiteral("seed_1"), QStringLiteral("seed_2")}) {
            const RunStore store(QDir(out).filePath(seed));
            if (!QFileInfo::exists(store.path(QStringLiteral("eval/epoch_020.json"))))
                ++unfinished;
        }
        QVERIFY2(unfinished > 0, "Ctrl-C came too late: both runs had finished");

        const Result resumed = run(arguments);
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.out + resumed.err));
        QVERIFY2(
            resumed.out.contains(QLatin1String("to resume")) && resumed.out.contains(QLatin1String("resume seed_")),
            qPrintable(resumed.out));
        bool resumedFromCheckpoint = false;
        for (const QString& seed : {QStringLiteral("seed_1"), QStringLiteral("seed_2")}) {
            const RunStore store(QDir(out).filePath(seed));
            QVERIFY2(QFileInfo::exists(store.path(QStringLiteral("eval/epoch_020.json"))), qPrintable(seed));
            // Every step once: nothing lost or repeated across the interruption.
            const std::vector<StepMetrics> steps = store.readMetrics();
            QCOMPARE(steps.size(), size_t(epochs * 30));
            for (size_t i = 0; i < steps.size(); ++i)
                QCOMPARE(steps[i].step, int64_t(i + 1));
            QFile log(store.path(QStringLiteral("train.log")));
            QVERIFY(log.open(QIODevice::ReadOnly));
            resumedFromCheckpoint = resumedFromCheckpoint || log.readAll().contains("resuming ");
        }
        QVERIFY(resumedFromCheckpoint);
    }

    void emitSlurmWritesTheArrayJob()
    {
        const QString grid = writeGrid(QStringLiteral("grid.json"), m_inliers, 2);
        const QString out = m_root.filePath(QStringLiteral("cluster"));
        const Result result = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), out,
            QStringLiteral("--emit"), QStringLiteral("slurm"), QStringLiteral("--cpus-per-task"), QStringLiteral("2"),
            QStringLiteral("--time"), QStringLiteral("00:10:00"), QStringLiteral("--partition"),
            QStringLiteral("short")});
        QVERIFY2(result.exitCode == 0, qPrintable(result.out + result.err));
        const QString script = QDir(out).filePath(QStringLiteral("slurm/sweep.sbatch"));
        QVERIFY2(result.out.contains(QStringLiteral("sbatch ") + script), qPrintable(result.out));
        QVERIFY2(result.out.contains(QStringLiteral("negvae report ") + out), qPrintable(result.out));
        QFile file(script);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY2(text.contains("#SBATCH --array=0-3\n") && text.contains("#SBATCH --partition=short\n")
                && text.contains("#SBATCH --time=00:10:00\n"),
            text.constData());
        QVERIFY2(text.contains(QFileInfo(QStringLiteral(NEGVAE_CLI)).absoluteFilePath().toUtf8()), text.constData());
        QCOMPARE(
            ExperimentConfig::loadFile(QDir(out).filePath(QStringLiteral("slurm/task_0002.json"))).training.threads,
            int64_t(2));
        QVERIFY(!QFileInfo::exists(QDir(out).filePath(QStringLiteral("baseline")))); // nothing ran here

        // A sweep whose runs have all finished has nothing to submit.
        const Result done = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep,
            QStringLiteral("--emit"), QStringLiteral("slurm")});
        QCOMPARE(done.exitCode, 0);
        QVERIFY2(done.out.contains(QLatin1String("nothing to submit")), qPrintable(done.out));
        // One unfinished run: a one-task job that resumes it with the task's CPUs.
        const RunStore unfinished(QDir(m_sweep).filePath(QStringLiteral("uniform/seed_2")));
        QVERIFY(QFile::remove(unfinished.path(QStringLiteral("eval/epoch_002.json"))));
        const Result rest = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), m_sweep,
            QStringLiteral("--emit"), QStringLiteral("slurm"), QStringLiteral("--cpus-per-task"), QStringLiteral("3")});
        QVERIFY2(rest.exitCode == 0, qPrintable(rest.out + rest.err));
        QVERIFY2(rest.out.contains(QLatin1String("3 finished, 1 to resume, 0 to start")), qPrintable(rest.out));
        QFile tasks(QDir(m_sweep).filePath(QStringLiteral("slurm/tasks.txt")));
        QVERIFY(tasks.open(QIODevice::ReadOnly));
        QCOMPARE(tasks.readAll(), QByteArray("0000\t2\tuniform/seed_2\n"));
        QCOMPARE(unfinished.readConfig().training.threads, int64_t(3));
        const Result unknown = run({QStringLiteral("sweep"), grid, QStringLiteral("--out"), out,
            QStringLiteral("--emit"), QStringLiteral("pbs")});
        QCOMPARE(unknown.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSweepCli)
#include "test_sweepcli.moc"
