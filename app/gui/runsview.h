#pragma once

#include "sweepreport.h"

#include <QHash>
#include <QString>
#include <QVector>
#include <QStringList>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace negvae {

class ComparisonPlot;

// Many runs at once, as a sweep leaves them: the paper's table (rows inlier → OOD per score,
// columns per noise model and source of negatives, cells mean (std) over seeds) built by the
// same SweepReport as `negvae report`, the list of runs, and the curves of the runs the user
// ticks (AUROC per epoch, loss per step) overlaid. Clicking a cell ticks exactly the runs that
// make it up. Run folders are read on a worker thread.
class RunsView : public QWidget {
    Q_OBJECT

public:
    explicit RunsView(QWidget* parent = nullptr);
    ~RunsView() override;

    // Every run at or below `folder`; the table and list fill in when reading finishes
    // (runsLoaded()).
    void showFolder(const QString& folder);
    QString folder() const { return m_folder; }

    const SweepReport& report() const { return m_report; }
    int runCount() const { return int(m_runs.size()); }
    // Folders of the ticked runs relative to folder(), in list order.
    QStringList checkedRuns() const;
    void setCheckedRuns(const QStringList& folders);
    // Ticks the runs behind one table cell.
    void selectCell(int row, int column);

    void setMetric(OodMetrics::Metric metric);
    QTableWidget* table() const { return m_table; }
    QTreeWidget* runList() const { return m_list; }
    ComparisonPlot* aurocPlot() const { return m_aurocPlot; }
    ComparisonPlot* lossPlot() const { return m_lossPlot; }
    QString statusText() const;

    bool exportTable(const QString& path) const; // format from the suffix: md, csv, tex

Q_SIGNALS:
    void runsLoaded();
    void problem(const QString& text);
    // The user asked to open one run in the other views.
    void openRunRequested(const QString& folder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void reload();
    void onLoaded(const QList<RunResult>& runs, const QStringList& problems);
    void rebuildReport();
    void fillTable();
    void fillList();
    // What a ticked run's curves are drawn from: every evaluation, and the loss per step
    // averaged down to at most a thousand points.
    struct RunHistory {
        std::vector<EvalReport> evaluations;
        QVector<double> lossSteps;
        QVector<double> loss;
    };
    const RunHistory& history(const QString& folder);
    void updateCurves();
    void chooseFolder();
    void exportWithDialog(const QString& suffix);
    QString runLabel(const RunResult& run) const;
    QString absolutePath(const QString& runFolder) const;

    QString m_folder;
    QList<RunResult> m_runs;
    QStringList m_problems;
    SweepReport m_report;
    QHash<QString, RunHistory> m_histories; // by run folder, until the next reload
    quint64 m_generation = 0;

    QLabel* m_folderTitle;
    QLabel* m_folderLabel;
    QPushButton* m_chooseButton;
    QPushButton* m_reloadButton;
    QLabel* m_metricTitle;
    QComboBox* m_metricChoice;
    QCheckBox* m_unfinished;
    QToolButton* m_exportButton;
    QLabel* m_statusLabel;
    QTableWidget* m_table;
    QTreeWidget* m_list;
    ComparisonPlot* m_aurocPlot;
    ComparisonPlot* m_lossPlot;
};

} // namespace negvae
