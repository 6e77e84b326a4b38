#include "oodmetrics.h"

#include <QList>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <set>
#include <stdexcept>
#include <vector>

using negvae::OodMetrics;

namespace {

std::vector<double> toStd(const QList<double>& list)
{
    return std::vector<double>(list.begin(), list.end());
}

// The reference implementations below follow the definitions literally, one threshold or
// one pair at a time, so they share no code or shortcut with OodMetrics.

double bruteAuroc(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    double sum = 0.0;
    for (double o : ood) {
        for (double i : inlier)
            sum += o > i ? 1.0 : (o == i ? 0.5 : 0.0);
    }
    return sum / (static_cast<double>(inlier.size()) * static_cast<double>(ood.size()));
}

// Average precision of `positives` (flagged when score >= t) as Σ (R_k − R_{k−1}) · P_k
// over every distinct score t, highest first.
double bruteAveragePrecision(const std::vector<double>& negatives, const std::vector<double>& positives)
{
    std::set<double, std::greater<double>> thresholds(negatives.begin(), negatives.end());
    thresholds.insert(positives.begin(), positives.end());
    double ap = 0.0;
    double previousRecall = 0.0;
    for (double t : thresholds) {
        const auto tp = std::count_if(positives.begin(), positives.end(), [t](double s) { return s >= t; });
        const auto fp = std::count_if(negatives.begin(), negatives.end(), [t](double s) { return s >= t; });
        const double recall = static_cast<double>(tp) / static_cast<double>(positives.size());
        if (tp + fp > 0)
            ap += (recall - previousRecall) * static_cast<double>(tp) / static_cast<double>(tp + fp);
        previousRecall = recall;
    }
    return ap;
}

// The smallest FPR over all thresholds whose TPR is at least 95%.
double bruteFpr95(const std::vector<double>& inlier, const std::vector<double>& ood)
{
    double best = 1.0;
    for (double t : ood) {
        const auto tp = std::count_if(ood.begin(), ood.end(), [t](double s) { return s >= t; });
        if (static_cast<double>(tp) < 0.95 * static_cast<double>(ood.size()) - 1e-9)
            continue;
        const auto fp = std::count_if(inlier.begin(), inlier.end(), [t](double s) { return s >= t; });
        best = std::min(best, static_cast<double>(fp) / static_cast<double>(inlier.size()));
    }
    return best;
}

std::vector<double> negated(std::vector<double> v)
{
    for (double& x : v)
        x = -x;
    return v;
}

// Scores with `levels` distinct values when levels > 0 (many ties), continuous otherwise;
// OOD scores are shifted up by `shift` so the metrics land away from 0.5 and 1.
std::vector<double> randomScores(std::mt19937& rng, int count, int levels, double shift)
{
    std::normal_distribution<double> normal(shift, 1.0);
    std::vector<double> scores;
    for (int i = 0; i < count; ++i) {
        const double s = normal(rng);
        scores.push_back(levels > 0 ? std::round(s * levels / 3.0) : s);
    }
    return scores;
}

} // namespace

// Checks OOD-detection metrics against hand-worked cases and against brute-force references.
class TestMetrics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void handWorked_data();
    void handWorked();
    void fpr95Threshold_data();
    void fpr95Threshold();
    void bruteForceReference_data();
    void bruteForceReference();
    void symmetries();
    void floatOverloadsMatch();
    void rejectsUnusableInput_data();
    void rejectsUnusableInput();
    void histogram();
    void histogramAllEqual();
    void histogramRejects();
    void conventionsNameTheirClass();
};

void TestMetrics::handWorked_data()
{
    QTest::addColumn<QList<double>>("inlier");
    QTest::addColumn<QList<double>>("ood");
    QTest::addColumn<double>("auroc");
    QTest::addColumn<double>("auprIn");
    QTest::addColumn<double>("auprOut");
    QTest::addColumn<double>("fpr95");

    // Every OOD score above every inlier: perfect on all four.
    QTest::newRow("separated") << QList<double>{1, 2, 3} << QList<double>{4, 5} << 1.0 << 1.0 << 1.0 << 0.0;

    // The paper's failure mode: the OOD images look more typical than the inliers.
    // AUPR-out: ranking 5i 4i 3o 2o 1o, OOD hits at ranks 3, 4, 5: (1/3 + 2/4 + 3/5)/3 = 43/90.
    // AUPR-in, ranking by −score: -1o -2o -3o -4i -5i, inlier hits at 4, 5: (1/4 + 2/5)/2 = 13/40.
    // FPR95: ceil(0.95·3) = 3 OOD images needed, t = 1, both inliers >= 1.
    QTest::newRow("inverted") << QList<double>{4, 5} << QList<double>{1, 2, 3} << 0.0 << 13.0 / 40.0 << 43.0 / 90.0
                              << 1.0;

    // Ties across classes. AUROC pairs (ood vs 1,2,2,3): ood 2 → 1+½+½+0 = 2, ood 3 → 3+½,
    // ood 4 → 4; 9.5/12 = 19/24.
    // AUPR-out groups from the top: {4:o} P=1/1, {3:i,o} P=2/3, {2:i,i,o} P=3/6, each recall
    // step 1/3: (1 + 2/3 + 1/2)/3 = 13/18.
    // AUPR-in groups from the bottom: {1:i} P=1, recall +1/4; {2:i,i,o} P=3/4, +2/4;
    // {3:i,o} P=4/6, +1/4: 1/4 + 3/8 + 1/6 = 19/24.
    // FPR95: all 3 OOD needed, t = 2; inliers 2, 2, 3 flagged (ties count): 3/4.
    QTest::newRow("ties") << QList<double>{1, 2, 2, 3} << QList<double>{2, 3, 4} << 19.0 / 24.0 << 19.0 / 24.0
                          << 13.0 / 18.0 << 0.75;

    // No threshold separates anything: chance everywhere. Precision is the class share.
    QTest::newRow("all equal") << QList<double>{7, 7, 7, 7} << QList<double>{7, 7} << 0.5 << 4.0 / 6.0
                               << 2.0 / 6.0 << 1.0;

    // One image each. Equal → ½; AP of a single tie group = 1/2 for both classes.
    QTest::newRow("single tie") << QList<double>{0.25} << QList<double>{0.25} << 0.5 << 0.5 << 0.5 << 1.0;
    QTest::newRow("single separated") << QList<double>{-3} << QList<double>{2.5} << 1.0 << 1.0 << 1.0 << 0.0;

    // Interleaved: in 1 3 5, ood 2 4 6. AUROC pairs: 2 beats 1; 4 beats 1,3; 6 beats all:
    // 6/9. AUPR-out from the top: 6o P=1, 5i, 4o P=2/3, 3i, 2o P=3/5: (1 + 2/3 + 3/5)/3 = 34/45.
    // AUPR-in from the bottom: 1i P=1, 2o, 3i P=2/3, 4o, 5i P=3/5: 34/45 too.
    // FPR95: t = 2 (3 of 3 needed), inliers 3, 5 flagged: 2/3.
    QTest::newRow("interleaved") << QList<double>{1, 3, 5} << QList<double>{2, 4, 6} << 6.0 / 9.0 << 34.0 / 45.0
                                 << 34.0 / 45.0 << 2.0 / 3.0;
}

void TestMetrics::handWorked()
{
    QFETCH(QList<double>, inlier);
    QFETCH(QList<double>, ood);
    QFETCH(double, auroc);
    QFETCH(double, auprIn);
    QFETCH(double, auprOut);
    QFETCH(double, fpr95);

    const auto values = OodMetrics::all(toStd(inlier), toStd(ood));
    QCOMPARE(values.auroc, auroc);
    QCOMPARE(values.auprIn, auprIn);
    QCOMPARE(values.auprOut, auprOut);
    QCOMPARE(values.fpr95, fpr95);
    QCOMPARE(OodMetrics::auroc(toStd(inlier), toStd(ood)), auroc);
    QCOMPARE(OodMetrics::value(values, OodMetrics::Metric::AuprOut), auprOut);
}

void TestMetrics::fpr95Threshold_data()
{
    QTest::addColumn<QList<double>>("inlier");
    QTest::addColumn<QList<double>>("ood");
    QTest::addColumn<double>("expected");

    QList<double> oneToTwenty;
    for (int i = 1; i <= 20; ++i)
        oneToTwenty << i;
    QList<double> oneToHundred;
    for (int i = 1; i <= 100; ++i)
        oneToHundred << i;

    // 0.95·20 = 19 exactly: t is the 19th highest OOD score, 2 (not 1, as a float rounding
    // 19.000001 up to 20 would give). Inliers at 2, 2.5 and 10 are flagged, the one at 2 by
    // the tie rule: 3/5.
    QTest::newRow("20 OOD, tie at t") << QList<double>{0.5, 1.5, 2, 2.5, 10} << oneToTwenty << 0.6;
    // 95 of 100 needed: t = 6. Inliers 6 and 7 flagged: 2/3.
    QTest::newRow("100 OOD") << QList<double>{5, 6, 7} << oneToHundred << 2.0 / 3.0;
    // 0.95·21 = 19.95 → 20 needed: t = 2 of 1..21 (the 20th highest).
    QTest::newRow("21 OOD rounds up") << QList<double>{1.5, 2, 3, 30} << (QList<double>(oneToTwenty) << 21)
                                      << 0.75;
    // One OOD image: it must be flagged itself, so t is its score.
    QTest::newRow("1 OOD") << QList<double>{0, 1, 2, 3} << QList<double>{2} << 0.5;
}

void TestMetrics::fpr95Threshold()
{
    QFETCH(QList<double>, inlier);
    QFETCH(QList<double>, ood);
    QFETCH(double, expected);
    QCOMPARE(OodMetrics::fpr95(toStd(inlier), toStd(ood)), expected);
    QCOMPARE(bruteFpr95(toStd(inlier), toStd(ood)), expected);
}

void TestMetrics::bruteForceReference_data()
{
    QTest::addColumn<int>("inlierCount");
    QTest::addColumn<int>("oodCount");
    QTest::addColumn<int>("levels");
    QTest::addColumn<double>("shift");
    QTest::addColumn<unsigned>("seed");

    QTest::newRow("continuous") << 300 << 200 << 0 << 0.7 << 1u;
    QTest::newRow("continuous, OOD lower") << 150 << 400 << 0 << -0.4 << 2u;
    QTest::newRow("heavy ties") << 250 << 180 << 3 << 0.5 << 3u;
    QTest::newRow("moderate ties") << 200 << 200 << 20 << 0.2 << 4u;
    QTest::newRow("tiny") << 3 << 2 << 2 << 0.0 << 5u;
    QTest::newRow("unbalanced") << 1000 << 7 << 10 << 1.0 << 6u;
}

void TestMetrics::bruteForceReference()
{
    QFETCH(int, inlierCount);
    QFETCH(int, oodCount);
    QFETCH(int, levels);
    QFETCH(double, shift);
    QFETCH(unsigned, seed);

    std::mt19937 rng(seed);
    const auto inlier = randomScores(rng, inlierCount, levels, 0.0);
    const auto ood = randomScores(rng, oodCount, levels, shift);

    const auto values = OodMetrics::all(inlier, ood);
    QVERIFY(std::abs(values.auroc - bruteAuroc(inlier, ood)) < 1e-12);
    QVERIFY(std::abs(values.auprOut - bruteAveragePrecision(inlier, ood)) < 1e-12);
    QVERIFY(std::abs(values.auprIn - bruteAveragePrecision(negated(ood), negated(inlier))) < 1e-12);
    QCOMPARE(values.fpr95, bruteFpr95(inlier, ood));
}

void TestMetrics::symmetries()
{
    std::mt19937 rng(11);
    const auto inlier = randomScores(rng, 120, 6, 0.0);
    const auto ood = randomScores(rng, 90, 6, 0.6);
    const double auroc = OodMetrics::auroc(inlier, ood);
    QVERIFY(auroc > 0.55 && auroc < 0.95);

    // Swapping the classes, or flipping the score direction, mirrors AUROC about ½.
    QVERIFY(std::abs(OodMetrics::auroc(ood, inlier) - (1.0 - auroc)) < 1e-12);
    QVERIFY(std::abs(OodMetrics::auroc(negated(inlier), negated(ood)) - (1.0 - auroc)) < 1e-12);
    // AUPR-in is AUPR-out with the roles and the direction both swapped.
    QCOMPARE(OodMetrics::auprIn(inlier, ood), OodMetrics::auprOut(negated(ood), negated(inlier)));
    // Monotone transforms of the score change nothing.
    std::vector<double> inlierExp;
    std::vector<double> oodExp;
    for (double s : inlier)
        inlierExp.push_back(std::exp(s) * 3.0 + 1.0);
    for (double s : ood)
        oodExp.push_back(std::exp(s) * 3.0 + 1.0);
    QCOMPARE(OodMetrics::auroc(inlierExp, oodExp), auroc);
    QCOMPARE(OodMetrics::fpr95(inlierExp, oodExp), OodMetrics::fpr95(inlier, ood));
}

void TestMetrics::floatOverloadsMatch()
{
    const std::vector<float> inlier{0.1f, 0.4f, 0.4f, 0.9f};
    const std::vector<float> ood{0.4f, 0.8f, 1.5f};
    const std::vector<double> inlierD(inlier.begin(), inlier.end());
    const std::vector<double> oodD(ood.begin(), ood.end());
    const auto f = OodMetrics::all(inlier, ood);
    const auto d = OodMetrics::all(inlierD, oodD);
    QCOMPARE(f.auroc, d.auroc);
    QCOMPARE(f.auprIn, d.auprIn);
    QCOMPARE(f.auprOut, d.auprOut);
    QCOMPARE(f.fpr95, d.fpr95);
    // Pairs: 0.4 vs 0.1, ½·2, 0 = 2; 0.8 vs three below = 3; 1.5 beats all 4: 9/12.
    QCOMPARE(f.auroc, 0.75);
}

void TestMetrics::rejectsUnusableInput_data()
{
    QTest::addColumn<QList<double>>("inlier");
    QTest::addColumn<QList<double>>("ood");

    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    QTest::newRow("NaN inlier") << QList<double>{1, nan, 2} << QList<double>{3};
    QTest::newRow("NaN OOD") << QList<double>{1, 2} << QList<double>{nan};
    QTest::newRow("+inf OOD") << QList<double>{1, 2} << QList<double>{3, inf};
    QTest::newRow("-inf inlier") << QList<double>{-inf, 2} << QList<double>{3};
    QTest::newRow("empty inlier") << QList<double>{} << QList<double>{3};
    QTest::newRow("empty OOD") << QList<double>{1} << QList<double>{};
}

void TestMetrics::rejectsUnusableInput()
{
    QFETCH(QList<double>, inlier);
    QFETCH(QList<double>, ood);
    const auto in = toStd(inlier);
    const auto out = toStd(ood);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::auroc(in, out));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::auprIn(in, out));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::auprOut(in, out));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::fpr95(in, out));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::all(in, out));
    const std::vector<float> inF(in.begin(), in.end());
    const std::vector<float> outF(out.begin(), out.end());
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::all(inF, outF));
}

void TestMetrics::histogram()
{
    const auto h = OodMetrics::histogram(std::vector<std::vector<double>>{{0, 1, 2}, {2, 3, 4}, {}}, 4);
    QCOMPARE(h.edges, (std::vector<double>{0, 1, 2, 3, 4}));
    QCOMPARE(h.counts.size(), std::size_t(3));
    // Bins are [lo, hi) except the last, which keeps the maximum.
    QCOMPARE(h.counts[0], (std::vector<std::size_t>{1, 1, 1, 0}));
    QCOMPARE(h.counts[1], (std::vector<std::size_t>{0, 0, 1, 2}));
    QCOMPARE(h.counts[2], (std::vector<std::size_t>{0, 0, 0, 0}));

    // Every score lands in some bin, whatever the range.
    std::mt19937 rng(7);
    const auto a = randomScores(rng, 500, 0, 0.0);
    const auto b = randomScores(rng, 300, 0, 2.0);
    const auto big = OodMetrics::histogram(std::vector<std::vector<double>>{a, b}, 37);
    QCOMPARE(big.edges.size(), std::size_t(38));
    QCOMPARE(big.edges.front(), std::min(*std::min_element(a.begin(), a.end()), *std::min_element(b.begin(), b.end())));
    QCOMPARE(big.edges.back(), std::max(*std::max_element(a.begin(), a.end()), *std::max_element(b.begin(), b.end())));
    std::size_t totalA = 0;
    std::size_t totalB = 0;
    for (std::size_t i = 0; i < 37; ++i) {
        totalA += big.counts[0][i];
        totalB += big.counts[1][i];
    }
    QCOMPARE(totalA, a.size());
    QCOMPARE(totalB, b.size());

    // Edges 0, 1, 2: the score on the inner edge belongs to the upper bin.
    const auto f = OodMetrics::histogram(std::vector<std::vector<float>>{{0.f, 1.f}, {2.f}}, 2);
    QCOMPARE(f.counts[0], (std::vector<std::size_t>{1, 1}));
    QCOMPARE(f.counts[1], (std::vector<std::size_t>{0, 1}));
}

void TestMetrics::histogramAllEqual()
{
    // A zero-width range is widened by ½ each side so the bins keep a width.
    const auto h = OodMetrics::histogram(std::vector<std::vector<double>>{{5}, {5, 5}}, 2);
    QCOMPARE(h.edges, (std::vector<double>{4.5, 5.0, 5.5}));
    QCOMPARE(h.counts[0], (std::vector<std::size_t>{0, 1}));
    QCOMPARE(h.counts[1], (std::vector<std::size_t>{0, 2}));
}

void TestMetrics::histogramRejects()
{
    using Sets = std::vector<std::vector<double>>;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::histogram(Sets{{}, {}}, 10));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, OodMetrics::histogram(Sets{{1, 2}}, 0));
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             OodMetrics::histogram(Sets{{1, std::numeric_limits<double>::quiet_NaN()}}, 10));
}

void TestMetrics::conventionsNameTheirClass()
{
    for (const auto metric : OodMetrics::allMetrics()) {
        const QString text = OodMetrics::convention(metric);
        QVERIFY2(text.startsWith(OodMetrics::name(metric)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("positive class")), qPrintable(text));
        QVERIFY(!OodMetrics::key(metric).isEmpty());
    }
    QVERIFY(OodMetrics::convention(OodMetrics::Metric::Auroc).contains(QStringLiteral("ties count 1/2")));
    QVERIFY(OodMetrics::convention(OodMetrics::Metric::AuprIn).contains(QStringLiteral("inliers are the positive")));
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "test_metrics.moc"
