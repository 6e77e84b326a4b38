// The data-set registry: finding named sets on search paths, explaining missing ones,
// user paths in every supported layout, synthetic sets and transforms.
#include "datasetregistry.h"
#include "dataerror.h"
#include "idxreader.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>
#include <opencv2/imgcodecs.hpp>

using namespace negvae;

class TestRegistry : public QObject {
    Q_OBJECT

private:
    // A small IDX set: image i is filled with the value `base + i`, label i % 10.
    static void writeIdxSet(const QString& folder, const QString& trainPrefix, const QString& testPrefix,
                            int count, int base)
    {
        QVERIFY(QDir().mkpath(folder));
        auto images = torch::arange(count, torch::kInt64).add(base).to(torch::kUInt8)
                          .view({count, 1, 1, 1}).expand({count, 1, 28, 28}).contiguous();
        auto labels = torch::arange(count, torch::kInt64).remainder(10);
        for (const QString& prefix : {trainPrefix, testPrefix}) {
            IdxReader::writeImages(folder + QLatin1Char('/') + prefix + QStringLiteral("-images-idx3-ubyte.gz"), images, true);
            IdxReader::writeLabels(folder + QLatin1Char('/') + prefix + QStringLiteral("-labels-idx1-ubyte.gz"), labels, true);
        }
    }

    static DatasetInfo infoFor(const DatasetRegistry& registry, const QString& name)
    {
        for (const DatasetInfo& info : registry.list())
            if (info.name == name)
                return info;
        return {};
    }

private Q_SLOTS:
    void listsEveryKnownSetWithAvailability()
    {
        QTemporaryDir root;
        writeIdxSet(root.filePath(QStringLiteral("fashion-mnist")), QStringLiteral("train"), QStringLiteral("t10k"), 5, 10);
        const DatasetRegistry registry({root.path()}, root.filePath(QStringLiteral("cache")));

        const QList<DatasetInfo> infos = registry.list();
        QStringList names;
        for (const DatasetInfo& info : infos)
            names << info.name;
        for (const char* expected : {"fashion-mnist", "mnist", "kmnist", "emnist-letters", "cifar10", "svhn",
                                        "letters", "uniform-noise", "gaussian-noise", "constant"})
            QVERIFY2(names.contains(QLatin1String(expected)), expected);

        const DatasetInfo fashion = infoFor(registry, QStringLiteral("fashion-mnist"));
        QVERIFY(fashion.available);
        QCOMPARE(fashion.location, root.filePath(QStringLiteral("fashion-mnist")));

        const DatasetInfo mnist = infoFor(registry, QStringLiteral("mnist"));
        QVERIFY(!mnist.available);
        QVERIFY2(mnist.problem.contains(root.path()), qPrintable(mnist.problem));
        QVERIFY2(mnist.installHint.contains(QLatin1String("scripts/setup")), qPrintable(mnist.installHint));
        QVERIFY(infoFor(registry, QStringLiteral("fashion-mnist")).installHint.isEmpty());
        QVERIFY(infoFor(registry, QStringLiteral("uniform-noise")).available);
    }

    void missingSetNamesWhereItLookedAndHowToInstall()
    {
        QTemporaryDir root;
        const DatasetRegistry registry({root.path()}, root.filePath(QStringLiteral("cache")));
        DatasetRequest request;
        request.name = QStringLiteral("fashion-mnist");
        try {
            registry.load(request);
            QFAIL("loading a missing set must throw");
        } catch (const DataError& error) {
            QCOMPARE(error.file(), QStringLiteral("fashion-mnist"));
            QVERIFY(error.problem().contains(root.path()));
            QVERIFY(error.problem().contains(QLatin1String("dataset-fashion-mnist")));
        }
    }

    void incompleteCopyIsNotAvailable()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("mnist"));
        writeIdxSet(folder, QStringLiteral("train"), QStringLiteral("t10k"), 3, 0);
        QVERIFY(QFile::remove(folder + QStringLiteral("/t10k-labels-idx1-ubyte.gz")));
        const DatasetRegistry registry({root.path()}, root.filePath(QStringLiteral("cache")));
        QVERIFY(!registry.info(QStringLiteral("mnist")).available);
    }

    void firstSearchPathWins()
    {
        QTemporaryDir first;
        QTemporaryDir second;
        writeIdxSet(first.filePath(QStringLiteral("mnist")), QStringLiteral("train"), QStringLiteral("t10k"), 4, 100);
        writeIdxSet(second.filePath(QStringLiteral("mnist")), QStringLiteral("train"), QStringLiteral("t10k"), 7, 200);
        const DatasetRegistry registry({first.path(), second.path()}, first.filePath(QStringLiteral("cache")));
        DatasetRequest request;
        request.name = QStringLiteral("mnist");
        const ImageSet set = registry.load(request);
        QCOMPARE(set.size(), 4);
        QCOMPARE(set.images()[3][0][5][5].item<int>(), 103);
        QCOMPARE(set.labels()[3].item<int64_t>(), 3);
        QCOMPARE(set.name(), QStringLiteral("mnist"));
    }

    void emnistIsTransposed()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("emnist"));
        QVERIFY(QDir().mkpath(folder));
        auto images = torch::zeros({2, 1, 28, 28}, torch::kUInt8);
        images.index_put_({0, 0, 0, 5}, 255); // row 0, column 5 on disk
        auto labels = torch::tensor({1, 2}, torch::kInt64);
        for (const char* split : {"train", "test"}) {
            const QString prefix = folder + QStringLiteral("/emnist-letters-") + QLatin1String(split);
            IdxReader::writeImages(prefix + QStringLiteral("-images-idx3-ubyte.gz"), images, true);
            IdxReader::writeLabels(prefix + QStringLiteral("-labels-idx1-ubyte.gz"), labels, true);
        }
        const DatasetRegistry registry({root.path()}, root.filePath(QStringLiteral("cache")));
        DatasetRequest request;
        request.name = QStringLiteral("emnist-letters");
        request.split = Split::Test;
        const ImageSet set = registry.load(request);
        QCOMPARE(set.images()[0][0][5][0].item<int>(), 255);
        QCOMPARE(set.images()[0][0][0][5].item<int>(), 0);
    }

    void syntheticSetsTakeRequestedShapeAndCount_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("uniform") << QStringLiteral("uniform-noise");
        QTest::newRow("gaussian") << QStringLiteral("gaussian-noise");
        QTest::newRow("constant") << QStringLiteral("constant");
    }
    void syntheticSetsTakeRequestedShapeAndCount()
    {
        QFETCH(QString, name);
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = name;
        request.shape = {3, 32, 32};
        request.count = 17;
        request.seed = 5;
        const ImageSet train = registry.load(request);
        QCOMPARE(train.size(), 17);
        QVERIFY(train.shape() == (ImageShape {3, 32, 32}));
        QVERIFY(torch::equal(train.images(), registry.load(request).images()));
        request.split = Split::Test;
        QVERIFY2(!torch::equal(train.images(), registry.load(request).images()), "train and test draws must differ");
    }

    void transformsApplyInOrder()
    {
        QTemporaryDir root;
        writeIdxSet(root.filePath(QStringLiteral("mnist")), QStringLiteral("train"), QStringLiteral("t10k"), 3, 10);
        const DatasetRegistry registry({root.path()}, root.filePath(QStringLiteral("cache")));
        DatasetRequest request;
        request.name = QStringLiteral("mnist:invert:size=14x7:rgb");
        const ImageSet set = registry.load(request);
        QVERIFY(set.shape() == (ImageShape {3, 14, 7}));
        QCOMPARE(set.images()[1][2][3][4].item<int>(), 255 - 11);
        QCOMPARE(set.name(), request.name);

        request.name = QStringLiteral("mnist:noise=0.2");
        const ImageSet noisy = registry.load(request);
        request.name = QStringLiteral("mnist");
        QVERIFY(!torch::equal(noisy.images(), registry.load(request).images()));
    }

    void badTransformsAreExplained_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown") << QStringLiteral("uniform-noise:blur") << QStringLiteral("unknown transform 'blur'");
        QTest::newRow("sigma") << QStringLiteral("uniform-noise:noise=abc") << QStringLiteral("noise=abc");
        QTest::newRow("negative sigma") << QStringLiteral("uniform-noise:noise=-1") << QStringLiteral("σ must be");
        QTest::newRow("size") << QStringLiteral("uniform-noise:size=0x3") << QStringLiteral("size=0x3");
    }
    void badTransformsAreExplained()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = name;
        request.count = 2;
        try {
            registry.load(request);
            QFAIL("a bad transform must throw");
        } catch (const DataError& error) {
            QCOMPARE(error.file(), QStringLiteral("uniform-noise"));
            QVERIFY2(error.problem().contains(expected), qPrintable(error.problem()));
        }
    }

    void unknownNameIsExplained()
    {
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = QStringLiteral("no-such-set");
        QVERIFY(!registry.info(request.name).available);
        try {
            registry.load(request);
            QFAIL("an unknown name must throw");
        } catch (const DataError& error) {
            QCOMPARE(error.file(), QStringLiteral("no-such-set"));
            QVERIFY(error.problem().contains(QLatin1String("fashion-mnist")));
        }
    }

    void userFolderInKnownLayout()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("my-copy"));
        writeIdxSet(folder, QStringLiteral("train"), QStringLiteral("t10k"), 6, 50);
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = folder;
        request.split = Split::Test;
        QVERIFY(registry.info(folder).available);
        QCOMPARE(registry.info(folder).kind, DatasetInfo::Kind::UserPath);
        const ImageSet set = registry.load(request);
        QCOMPARE(set.size(), 6);
        QCOMPARE(set.images()[5][0][0][0].item<int>(), 55);
    }

    void userImageFolderWithSplits()
    {
        QTemporaryDir root;
        for (const char* split : {"train", "test"}) {
            for (const char* cls : {"cats", "dogs"}) {
                const QString folder = root.filePath(QStringLiteral("%1/%2").arg(QLatin1String(split), QLatin1String(cls)));
                QVERIFY(QDir().mkpath(folder));
                const int count = QLatin1String(split) == QLatin1String("train") ? 3 : 1;
                for (int i = 0; i < count; ++i) {
                    cv::Mat image(8, 8, CV_8UC1, cv::Scalar(i * 10));
                    QVERIFY(cv::imwrite(QStringLiteral("%1/%2.png").arg(folder).arg(i).toStdString(), image));
                }
            }
        }
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = root.path();
        QCOMPARE(registry.load(request).size(), 6);
        request.split = Split::Test;
        const ImageSet test = registry.load(request);
        QCOMPARE(test.size(), 2);
        QCOMPARE(test.labels()[1].item<int64_t>(), 1);
    }

    void userFolderWithOnlyTrainSplitRefusesTest()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(QStringLiteral("train"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(cv::imwrite((folder + QStringLiteral("/a.png")).toStdString(), cv::Mat(4, 4, CV_8UC1, cv::Scalar(1))));
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = root.path();
        request.split = Split::Test;
        QVERIFY_THROWS_EXCEPTION(DataError, registry.load(request));
    }

    void userIdxFileFindsItsLabels()
    {
        QTemporaryDir root;
        writeIdxSet(root.path(), QStringLiteral("train"), QStringLiteral("t10k"), 4, 0);
        const DatasetRegistry registry({}, QString());
        DatasetRequest request;
        request.name = root.filePath(QStringLiteral("train-images-idx3-ubyte.gz"));
        const ImageSet set = registry.load(request);
        QCOMPARE(set.size(), 4);
        QCOMPARE(set.labels()[3].item<int64_t>(), 3);
    }

    void lettersAreRenderedOnceThenCached()
    {
        QTemporaryDir root;
        const DatasetRegistry registry({}, root.path());
        QVERIFY(registry.info(QStringLiteral("letters")).available);
        DatasetRequest request;
        request.name = QStringLiteral("letters");
        int progressCalls = 0;
        const ImageSet train = registry.load(request, [&](qint64, qint64, const QString&) { ++progressCalls; });
        QVERIFY(progressCalls > 0);
        QVERIFY(train.size() > 1000);
        QVERIFY(train.shape() == (ImageShape {1, 28, 28}));

        const QStringList caches = QDir(root.path()).entryList({QStringLiteral("letters-*")}, QDir::Dirs);
        QCOMPARE(caches.size(), 1);
        progressCalls = 0;
        request.split = Split::Test;
        const ImageSet test = registry.load(request, [&](qint64, qint64, const QString&) { ++progressCalls; });
        QCOMPARE(progressCalls, 0); // read from the cache, not rendered again
        QVERIFY(test.size() > 100);
        request.split = Split::Train;
        QVERIFY(torch::equal(registry.load(request).images(), train.images()));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "test_registry.moc"
