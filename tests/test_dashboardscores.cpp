// The run dashboard offers every score a run holds, the opt-in ones included, and its
// histogram and ROC curves follow the chosen one.
#include "evalreport.h"
#include "histogramplot.h"
#include "rocplot.h"
#include "rundashboard.h"

#include <QComboBox>
#include <QtTest>

using namespace negvae;

namespace {

// Inliers and an OOD set that BPD ranks backwards (the paper's failure) but regret ranks
// right; `withRegret` false leaves regret out, as every evaluation before the final one does.
EvalReport evaluation(int64_t epoch, bool withRegret)
{
    EvalReport report;
    report.epoch = epoch;
    SetScores inlier;
    inlier.name = QStringLiteral("fashion-mnist");
    inlier.role = ScoreRole::Inlier;
    SetScores ood;
    ood.name = QStringLiteral("mnist");
    ood.role = ScoreRole::Ood;
    for (int i = 0; i < 20; ++i) {
        inlier.bpd.push_back(0.5f + i * 0.01f);
        ood.bpd.push_back(0.2f + i * 0.01f);
        for (SetScores* set : {&inlier, &ood}) {
            set->kl.push_back(10.0f);
            set->rec.push_back(100.0f);
            set->labels.push_back(0);
        }
    }
    std::vector<float> inlierIw(inlier.bpd);
    std::vector<float> oodIw(ood.bpd);
    inlier.setExtraScores(QStringLiteral("bpd_iw"), inlierIw);
    ood.setExtraScores(QStringLiteral("bpd_iw"), oodIw);
    if (withRegret) {
        std::vector<float> inlierRegret;
        std::vector<float> oodRegret;
        for (int i = 0; i < 20; ++i) {
            inlierRegret.push_back(0.001f * i);
            oodRegret.push_back(1.0f + 0.001f * i);
        }
        inlier.setExtraScores(QStringLiteral("regret"), inlierRegret);
        ood.setExtraScores(QStringLiteral("regret"), oodRegret);
    }
    report.sets = {inlier, ood};
    return report;
}

QStringList choices(const QComboBox* combo)
{
    QStringList data;
    for (int i = 0; i < combo->count(); ++i)
        data.append(combo->itemData(i).toString());
    return data;
}

} // namespace

class TestDashboardScores : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void scoreMenuListsEveryScoreOfTheRun()
    {
        RunDashboard dashboard;
        auto* combo = dashboard.findChild<QComboBox*>(QStringLiteral("scoreChoice"));
        QVERIFY(combo);
        QCOMPARE(choices(combo), EvalReport::scoreNames());
        dashboard.addEvaluation(evaluation(1, false));
        QCOMPARE(choices(combo), EvalReport::scoreNames() + QStringList(QStringLiteral("bpd_iw")));
        dashboard.addEvaluation(evaluation(2, true));
        const QStringList all = EvalReport::scoreNames() + QStringList({QStringLiteral("bpd_iw"), QStringLiteral("regret")});
        QCOMPARE(choices(combo), all);
        // Every item says what its score is and which way is anomalous.
        for (int i = 0; i < combo->count(); ++i)
            QVERIFY(combo->itemData(i, Qt::ToolTipRole).toString().contains(QStringLiteral("higher = more anomalous")));
        dashboard.clear();
        QCOMPARE(choices(combo), EvalReport::scoreNames());
    }

    void histogramAndRocFollowTheChosenScore_data()
    {
        QTest::addColumn<QString>("score");
        QTest::addColumn<double>("auroc");
        QTest::addColumn<double>("lowestEdge");
        QTest::newRow("bpd fails") << QStringLiteral("bpd") << 0.0 << 0.2;
        QTest::newRow("bpd_iw fails alike") << QStringLiteral("bpd_iw") << 0.0 << 0.2;
        QTest::newRow("regret separates") << QStringLiteral("regret") << 1.0 << 0.0;
    }
    void histogramAndRocFollowTheChosenScore()
    {
        QFETCH(QString, score);
        QFETCH(double, auroc);
        QFETCH(double, lowestEdge);
        RunDashboard dashboard;
        dashboard.addEvaluation(evaluation(1, true));
        dashboard.setScore(score);
        QCOMPARE(dashboard.score(), score);
        QCOMPARE(dashboard.rocPlot()->auroc(QStringLiteral("mnist")), auroc);
        QVERIFY(std::abs(dashboard.histogramPlot()->binEdges().first() - lowestEdge) < 1e-6);
    }

    // Scrubbing back to an evaluation without the chosen score keeps the choice and shows
    // nothing for it rather than another score's values.
    void olderEvaluationWithoutTheScoreShowsNothing()
    {
        RunDashboard dashboard;
        dashboard.addEvaluation(evaluation(1, false));
        dashboard.addEvaluation(evaluation(2, true));
        dashboard.setScore(QStringLiteral("regret"));
        dashboard.showEvaluation(0);
        QCOMPARE(dashboard.score(), QStringLiteral("regret"));
        QVERIFY(dashboard.histogramPlot()->binEdges().isEmpty());
        QVERIFY(std::isnan(dashboard.rocPlot()->auroc(QStringLiteral("mnist"))));
    }
};

QTEST_MAIN(TestDashboardScores)
#include "test_dashboardscores.moc"
