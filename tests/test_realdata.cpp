// The real Fashion-MNIST and MNIST, as scripts/setup installs them, load through the default
// registry with the sizes, labels and pixel statistics the literature reports.
#include "datasetregistry.h"

#include <QtTest>

using namespace negvae;

class TestRealData : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("split");
        QTest::addColumn<int>("count");
        QTest::addColumn<double>("meanPixel"); // published means over the train split
        QTest::addColumn<int>("minPerClass");
        QTest::newRow("fashion train") << QStringLiteral("fashion-mnist") << int(Split::Train) << 60000 << 0.2860 << 6000;
        QTest::newRow("fashion test") << QStringLiteral("fashion-mnist") << int(Split::Test) << 10000 << 0.2868 << 1000;
        QTest::newRow("mnist train") << QStringLiteral("mnist") << int(Split::Train) << 60000 << 0.1307 << 5421;
        QTest::newRow("mnist test") << QStringLiteral("mnist") << int(Split::Test) << 10000 << 0.1325 << 892;
    }
    void loads()
    {
        QFETCH(QString, name);
        QFETCH(int, split);
        QFETCH(int, count);
        QFETCH(double, meanPixel);
        QFETCH(int, minPerClass);

        const DatasetRegistry registry;
        const DatasetInfo info = registry.info(name);
        QVERIFY2(info.available, qPrintable(name + QStringLiteral(" is missing (") + info.problem +
                                            QStringLiteral("); ") + info.installHint));
        DatasetRequest request;
        request.name = name;
        request.split = Split(split);
        const ImageSet set = registry.load(request);

        QCOMPARE(set.size(), count);
        QVERIFY(set.shape() == (ImageShape {1, 28, 28}));
        QCOMPARE(set.labels().min().item<int64_t>(), 0);
        QCOMPARE(set.labels().max().item<int64_t>(), 9);
        const auto perClass = torch::bincount(set.labels());
        QCOMPARE(perClass.min().item<int64_t>(), int64_t(minPerClass));

        const double mean = set.images().to(torch::kFloat64).mean().item<double>() / 255.0;
        QVERIFY2(std::abs(mean - meanPixel) < 0.002, qPrintable(QString::number(mean)));
        // Digits and garments sit on a black background: corners are almost always 0.
        const double corner = set.images().index({torch::indexing::Slice(), 0, 0, 0}).to(torch::kFloat64).mean().item<double>();
        QVERIFY2(corner < 1.0, qPrintable(QString::number(corner)));
    }
};

QTEST_GUILESS_MAIN(TestRealData)
#include "test_realdata.moc"
