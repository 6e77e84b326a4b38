// The Runs view on synthetic run folders with known AUROCs: the paper's table with means and
// sample standard deviations, a clicked cell ticking exactly its runs and overlaying their
// curves, a metric switch, the table's export, unreadable folders reported, and the Runs tab
// of the main window.
#include "comparisonplot.h"
#include "mainwindow.h"
#include "runsview.h"
#include "syntheticruns.h"

#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace negvae;

class TestRunsView : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QStringList m_baseline;

    static bool load(RunsView& view, const QString& folder)
    {
        QSignalSpy loaded(&view, &RunsView::runsLoaded);
        view.showFolder(folder);
        return loaded.wait(20000);
    }

    static int column(const RunsView& view, const QString& label)
    {
        const QList<SweepReport::Column>& columns = view.report().columns();
        for (int c = 0; c < columns.size(); ++c)
            if (columns[c].label == label)
                return c;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        qputenv("NEGVAE_RUNS_DIR", m_dir.filePath(QStringLiteral("gui-runs")).toUtf8());
        const QString mnist = QStringLiteral("mnist");
        const double bpd[] = {0.4, 0.5, 0.6};
        for (int seed = 1; seed <= 3; ++seed) {
            ExperimentConfig config = testing::syntheticConfig();
            config.seed = seed;
            const QString folder = m_dir.filePath(QStringLiteral("sweep/baseline/seed_%1").arg(seed));
            testing::writeSyntheticRun(folder, config, {{mnist, {bpd[seed - 1], 0.6}}});
            // An earlier evaluation and a few steps, for the curves.
            const RunStore store(folder);
            store.writeEvaluation(testing::syntheticEvaluation(1, {{mnist, {0.3, 0.55}}}));
            std::vector<StepMetrics> steps(20);
            for (int i = 0; i < 20; ++i) {
                steps[size_t(i)].step = i + 1;
                steps[size_t(i)].epoch = 1 + i / 10;
                steps[size_t(i)].loss = 300.0 - i;
            }
            store.appendMetrics(steps);
            m_baseline << QStringLiteral("baseline/seed_%1").arg(seed);
        }
        for (int seed = 1; seed <= 2; ++seed) {
            ExperimentConfig config = testing::syntheticConfig();
            config.seed = seed;
            config.data.negatives.source = NegativeSource::Auxiliary;
            config.data.negatives.sets = {QStringLiteral("letters")};
            testing::writeSyntheticRun(m_dir.filePath(QStringLiteral("sweep/letters/seed_%1").arg(seed)), config, {{mnist, {1.0, 1.0}}});
        }
    }

    void tableShowsMeansOverSeeds()
    {
        RunsView view;
        QVERIFY(load(view, m_dir.filePath(QStringLiteral("sweep"))));
        QCOMPARE(view.runCount(), 5);
        QCOMPARE(view.runList()->topLevelItemCount(), 5);
        // Opens with the first cell's runs ticked, so the plots are not empty.
        QCOMPARE(view.checkedRuns().size(), view.report().cell(0, 0).n());
        QVERIFY(view.aurocPlot()->graphCount() > 0);
        QTableWidget* table = view.table();
        QCOMPARE(table->rowCount(), 2); // fashion-mnist → mnist, BPD and KL
        const int baseline = column(view, QStringLiteral("baseline"));
        const int letters = column(view, QStringLiteral("auxiliary: letters"));
        QVERIFY(baseline >= 0 && letters >= 0);
        QCOMPARE(table->item(0, baseline)->text(), QStringLiteral("0.50 (0.10) n=3"));
        QCOMPARE(table->item(1, baseline)->text(), QStringLiteral("0.60 (0.00) n=3"));
        QVERIFY(table->item(0, letters)->text().startsWith(QStringLiteral("1.00 (0.00)")));
        QVERIFY(view.statusText().contains(QStringLiteral("AUROC")));

        // FPR95 = 1 − AUROC in these runs.
        view.findChild<QComboBox*>(QStringLiteral("runsMetric"))->setCurrentIndex(3);
        QCOMPARE(view.report().options().metric, OodMetrics::Metric::Fpr95);
        QVERIFY(table->item(0, baseline)->text().startsWith(QStringLiteral("0.50 (0.10)")));
        QVERIFY(table->item(1, baseline)->text().startsWith(QStringLiteral("0.40 (0.00)")));
    }

    void cellTicksItsRunsAndOverlaysTheirCurves()
    {
        RunsView view;
        QVERIFY(load(view, m_dir.filePath(QStringLiteral("sweep"))));
        const int baseline = column(view, QStringLiteral("baseline"));
        QTableWidget* table = view.table();
        table->show();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier,
                          table->visualItemRect(table->item(0, baseline)).center());
        QStringList checked = view.checkedRuns();
        checked.sort();
        QCOMPARE(checked, m_baseline);
        // BPD and KL per run; one loss curve per run.
        QCOMPARE(view.aurocPlot()->graphCount(), 6);
        QCOMPARE(view.lossPlot()->graphCount(), 3);
        const QString csv = view.aurocPlot()->csv();
        QVERIFY2(csv.contains(QStringLiteral("baseline/seed_1 · BPD,1,0.3")), qPrintable(csv));
        QVERIFY2(csv.contains(QStringLiteral("baseline/seed_1 · BPD,2,0.4")), qPrintable(csv));
        QVERIFY(view.lossPlot()->csv().contains(QStringLiteral("baseline/seed_2,20,281")));
        view.setCheckedRuns({});
        QCOMPARE(view.aurocPlot()->graphCount(), 0);
    }

    void exportsTheTable()
    {
        RunsView view;
        QVERIFY(load(view, m_dir.filePath(QStringLiteral("sweep"))));
        QTemporaryDir out;
        for (const QString& name : {QStringLiteral("t.md"), QStringLiteral("t.csv"), QStringLiteral("t.tex")}) {
            QVERIFY(view.exportTable(out.filePath(name)));
            QFile file(out.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(file.readAll().contains("0.5"), qPrintable(name));
        }
        QVERIFY(!view.exportTable(out.filePath(QStringLiteral("t.docx"))));
    }

    void unreadableRunsAreReported()
    {
        const QString folder = m_dir.filePath(QStringLiteral("broken"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/bad")));
        QFile config(folder + QStringLiteral("/bad/config.json"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("{ not json");
        config.close();
        RunsView view;
        QSignalSpy problems(&view, &RunsView::problem);
        QVERIFY(load(view, folder));
        QCOMPARE(view.runCount(), 0);
        QVERIFY(problems.count() >= 1);
        QVERIFY2(problems.first().first().toString().contains(QStringLiteral("bad")), qPrintable(problems.first().first().toString()));
    }

    void mainWindowHasTheRunsTab()
    {
        MainWindow window;
        auto* tabs = window.findChild<QTabWidget*>(QStringLiteral("views"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Runs"));
        QSignalSpy loaded(window.runsView(), &RunsView::runsLoaded);
        window.showRuns(m_dir.filePath(QStringLiteral("sweep")));
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget*>(window.runsView()));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.runsView()->runCount(), 5);
    }
};

QTEST_MAIN(TestRunsView)
#include "test_runsview.moc"
