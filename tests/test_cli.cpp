// The command-line tool as a user runs it: a real child process, its exit codes, its
// messages, and Ctrl-C stopping a run that --resume then finishes.
#include "barimages.h"
#include "cliprocess.h"
#include "runstore.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace negvae;

class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QString m_inliers;

    using Result = testing::CliResult;

    static Result run(const QStringList& arguments, int timeoutMs = 120000)
    {
        return testing::runCli(arguments, timeoutMs);
    }

    QString writeConfig(const QString& name, const QByteArray& json) const
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write(json);
        return path;
    }

    QByteArray tinyConfig(int epochs, const QString& inliers = QString()) const
    {
        return QStringLiteral(R"({"name": "cli-test", "data": {"inlier": "%1", "ood": ["uniform-noise"],
            "negatives": {"source": "uniform-noise"}},
            "model": {"latentDim": 4, "widths": [8, 16], "hidden": 32},
            "optimizer": {"learningRate": 0.001},
            "training": {"epochs": %2, "batchSize": 16, "threads": 1, "sampleCount": 8}})")
            .arg(inliers.isEmpty() ? m_inliers : inliers).arg(epochs).toUtf8();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_inliers = m_root.filePath(QStringLiteral("bars"));
        QVERIFY(testing::writeBarImages(m_inliers, 48, true));
    }

    void helpDocumentsCommandsAndExitCodes()
    {
        const Result result = run({QStringLiteral("--help")});
        QCOMPARE(result.exitCode, 0);
        for (const char* word : {"train", "eval", "datasets", "presets", "Exit codes", "130"})
            QVERIFY2(result.out.contains(QLatin1String(word)), word);
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("fly")} << 2 << QStringLiteral("unknown command 'fly'");
        QTest::newRow("train without out") << QStringList {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("quick")}
                                           << 2 << QStringLiteral("--out");
        QTest::newRow("unknown preset") << QStringList {QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("nope"),
                                                        QStringLiteral("--out"), QStringLiteral("/tmp/x")}
                                        << 2 << QStringLiteral("unknown preset 'nope'");
        QTest::newRow("eval without run") << QStringList {QStringLiteral("eval"), QStringLiteral("--run"), QStringLiteral("/nonexistent/run")}
                                          << 3 << QStringLiteral("holds no run");
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Result result = run(arguments);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2((result.err + result.out).contains(message), qPrintable(result.err + result.out));
    }

    void badConfigNamesTheField()
    {
        const QString config = writeConfig(QStringLiteral("bad.json"), R"({"training": {"batchSize": 0}, "model": {"noiseModel": "gauss"}})");
        const Result result = run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"),
                                   m_root.filePath(QStringLiteral("bad-run"))});
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QLatin1String("training.batchSize")), qPrintable(result.err));
        QVERIFY2(result.err.contains(QLatin1String("model.noiseModel")), qPrintable(result.err));
        QVERIFY(result.err.contains(config));
        QVERIFY(!QFileInfo::exists(m_root.filePath(QStringLiteral("bad-run"))));
    }

    void missingDataSetIsExplained()
    {
        const Result result = run({QStringLiteral("train"), QStringLiteral("--preset"), QStringLiteral("quick"),
                                   QStringLiteral("--set"), QStringLiteral("data.inlier=%1").arg(m_root.filePath(QStringLiteral("nothing"))),
                                   QStringLiteral("--out"), m_root.filePath(QStringLiteral("missing-run"))});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1String("nothing")), qPrintable(result.err));
    }

    void trainThenEvaluate()
    {
        const QString config = writeConfig(QStringLiteral("tiny.json"), tinyConfig(2));
        const QString out = m_root.filePath(QStringLiteral("tiny-run"));
        const Result trained = run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out});
        QCOMPARE(trained.exitCode, 0);
        QVERIFY2(trained.out.contains(QLatin1String("AUROC")), qPrintable(trained.out));
        QVERIFY(trained.out.contains(QLatin1String("OOD images are the positive class")));
        QVERIFY(RunStore(out).hasCheckpoint());

        const QString json = m_root.filePath(QStringLiteral("eval.json"));
        const Result evaluated = run({QStringLiteral("eval"), QStringLiteral("--run"), out, QStringLiteral("--ood"),
                                      QStringLiteral("constant"), QStringLiteral("--json"), json});
        QCOMPARE(evaluated.exitCode, 0);
        QVERIFY2(evaluated.out.contains(QLatin1String("constant")), qPrintable(evaluated.out));
        QVERIFY(QFileInfo(json).size() > 0);

        const Result again = run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out});
        QCOMPARE(again.exitCode, 3);
        QVERIFY(again.err.contains(QLatin1String("already holds a run")));
    }

    void divergedRunResumesWithALowerLearningRate()
    {
        // A rate this large overflows the weights within a step or two.
        const QString config = writeConfig(QStringLiteral("diverging.json"), tinyConfig(1));
        const QString out = m_root.filePath(QStringLiteral("diverging-run"));
        const Result diverged = run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out,
                                     QStringLiteral("--set"), QStringLiteral("optimizer.learningRate=1e30")});
        QCOMPARE(diverged.exitCode, 1);
        QVERIFY2(diverged.err.contains(QRegularExpression(QStringLiteral("step \\d+: the .* became (nan|inf|-inf)"))), qPrintable(diverged.err));
        QVERIFY2(diverged.err.contains(QStringLiteral("--resume --out %1 --learning-rate 1e+29").arg(out)), qPrintable(diverged.err));

        // --learning-rate belongs to --resume, and must be a positive number.
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"),
                      m_root.filePath(QStringLiteral("other")), QStringLiteral("--learning-rate"), QStringLiteral("0.1")}).exitCode, 2);
        const Result negative = run({QStringLiteral("train"), QStringLiteral("--resume"), QStringLiteral("--out"), out,
                                     QStringLiteral("--learning-rate"), QStringLiteral("-1")});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains(QStringLiteral("positive")), qPrintable(negative.err));

        const Result resumed = run({QStringLiteral("train"), QStringLiteral("--resume"), QStringLiteral("--out"), out,
                                    QStringLiteral("--learning-rate"), QStringLiteral("0.001")});
        QCOMPARE(resumed.exitCode, 0);
        QCOMPARE(RunStore(out).readConfig().optimizer.learningRate, 0.001);
        QFile history(out + QStringLiteral("/history.txt"));
        QVERIFY(history.open(QIODevice::ReadOnly));
        QVERIFY(history.readAll().contains("optimizer.learningRate 0.001 (was 1e+30)"));
    }

    void hardKillLosesAtMostOneCheckpointInterval()
    {
        // 480 images: 30 steps an epoch, slow enough to be killed in the middle of a run.
        const QString inliers = m_root.filePath(QStringLiteral("more-bars"));
        QVERIFY(testing::writeBarImages(inliers, 480, true, 4));
        const QString config = writeConfig(QStringLiteral("killed.json"), tinyConfig(8, inliers));
        const QString reference = m_root.filePath(QStringLiteral("uninterrupted"));
        QCOMPARE(run({QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), reference}).exitCode, 0);

        const QString out = m_root.filePath(QStringLiteral("killed"));
        QProcess process;
        const QByteArray output = testing::startCliUntil(
            process, {QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out}, "Evaluation after epoch 2");
        QVERIFY2(output.contains("Evaluation after epoch 2"), output.constData());
        QVERIFY2(process.state() == QProcess::Running, "the run ended before it could be killed");
        ::kill(pid_t(process.processId()), SIGKILL); // no handler, no checkpoint on the way out
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const Result resumed = run({QStringLiteral("train"), QStringLiteral("--resume"), QStringLiteral("--out"), out});
        QCOMPARE(resumed.exitCode, 0);
        // Epoch 2 was evaluated before the kill, so at worst its checkpoint was not yet
        // written and the run resumed from the end of epoch 1: one interval lost at most.
        const QRegularExpressionMatch match =
            QRegularExpression(QStringLiteral("resuming .* at epoch (\\d+), step (\\d+)")).match(resumed.out + resumed.err);
        QVERIFY2(match.hasMatch(), qPrintable(resumed.out + resumed.err));
        QVERIFY2(match.captured(2).toInt() >= 30, qPrintable(match.captured(0)));
        // ... and it continued correctly: every step once, and the same final model as a run
        // that was never interrupted (training is deterministic given the config).
        const std::vector<StepMetrics> steps = RunStore(out).readMetrics();
        QCOMPARE(steps.size(), size_t(8 * 30));
        for (size_t i = 0; i < steps.size(); ++i)
            QCOMPARE(steps[i].step, int64_t(i + 1));
        QFile killedScores(out + QStringLiteral("/scores.csv"));
        QFile referenceScores(reference + QStringLiteral("/scores.csv"));
        QVERIFY(killedScores.open(QIODevice::ReadOnly) && referenceScores.open(QIODevice::ReadOnly));
        QVERIFY(killedScores.readAll() == referenceScores.readAll());
    }

    void unwritableOutputIsRefusedBeforeTraining()
    {
        // Nothing can be created under /proc, not even by root.
        const Result result = run({QStringLiteral("train"), QStringLiteral("--config"),
                                   writeConfig(QStringLiteral("unwritable.json"), tinyConfig(1)), QStringLiteral("--out"),
                                   QStringLiteral("/proc/negvae-run")});
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QLatin1String("/proc/negvae-run")), qPrintable(result.err));
    }

    void fullDiskDuringTrainingKeepsThePreviousCheckpoint()
    {
        // A run stopped after its first evaluation holds a checkpoint...
        const QString config = writeConfig(QStringLiteral("full.json"), tinyConfig(200));
        const QString out = m_root.filePath(QStringLiteral("full-disk"));
        QProcess first;
        const QByteArray output = testing::startCliUntil(
            first, {QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out}, "Evaluation after epoch 1");
        QVERIFY2(output.contains("Evaluation after epoch 1"), output.constData());
        ::kill(pid_t(first.processId()), SIGINT);
        QVERIFY(first.waitForFinished(30000));
        QCOMPARE(first.exitCode(), 130);
        const QByteArray checkpoint = RunStore(out).readCheckpoint();
        QVERIFY(checkpoint.size() > 64 * 1024);

        // ... then resumes where no file may grow past half the checkpoint's size (ulimit -f):
        // small files still get written, the next checkpoint cannot be. The run must stop with
        // a message naming the file, and the previous checkpoint must be intact.
        QProcess limited;
        limited.setProcessChannelMode(QProcess::MergedChannels);
        limited.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("ulimit -f %1 && exec \"$0\" train --resume --out \"$1\"")
                                                                            .arg(checkpoint.size() / 2 / 1024),
                                                  QStringLiteral(NEGVAE_CLI), out});
        QVERIFY(limited.waitForFinished(120000));
        const QString message = QString::fromUtf8(limited.readAll());
        QCOMPARE(limited.exitStatus(), QProcess::NormalExit);
        QCOMPARE(limited.exitCode(), 3);
        QVERIFY2(message.contains(QLatin1String("latest.pt")), qPrintable(message));
        QVERIFY(RunStore(out).readCheckpoint() == checkpoint);
        // No half-written temporary is left beside it.
        QCOMPARE(QDir(out + QStringLiteral("/checkpoints")).entryList(QDir::Files), QStringList {QStringLiteral("latest.pt")});
    }

    void interruptSavesACheckpointAndResumeFinishes()
    {
        const QString config = writeConfig(QStringLiteral("long.json"), tinyConfig(200));
        const QString out = m_root.filePath(QStringLiteral("long-run"));
        // Wait until training has produced its first evaluation, then press Ctrl-C.
        QProcess process;
        QByteArray output = testing::startCliUntil(
            process, {QStringLiteral("train"), QStringLiteral("--config"), config, QStringLiteral("--out"), out}, "Evaluation after epoch 1");
        QVERIFY2(output.contains("Evaluation after epoch 1"), output.constData());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(30000));
        output += process.readAll();
        QCOMPARE(process.exitCode(), 130);
        QVERIFY2(output.contains("--resume"), output.constData());
        const std::vector<StepMetrics> before = RunStore(out).readMetrics();
        QVERIFY(!before.empty());
        QVERIFY(before.back().epoch < 200);

        // Finish it quickly: the run's own config is fixed, so resume and interrupt again
        // after more progress to check that steps continue where they stopped.
        QProcess resumed;
        const QByteArray resumedOutput = testing::startCliUntil(
            resumed, {QStringLiteral("train"), QStringLiteral("--resume"), QStringLiteral("--out"), out}, "resuming");
        QVERIFY2(resumedOutput.contains("resuming"), resumedOutput.constData());
        QTest::qWait(1000);
        ::kill(pid_t(resumed.processId()), SIGINT);
        QVERIFY(resumed.waitForFinished(30000));
        QCOMPARE(resumed.exitCode(), 130);
        const std::vector<StepMetrics> after = RunStore(out).readMetrics();
        QVERIFY(after.size() > before.size());
        for (size_t i = 0; i < after.size(); ++i)
            QCOMPARE(after[i].step, int64_t(i + 1)); // no step lost or repeated
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
