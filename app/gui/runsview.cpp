#include "runsview.h"

#include "backgroundtask.h"
#include "comparisonplot.h"
#include "exportflow.h"
#include "runstore.h"
#include "seriespalette.h"
#include "sweepreportwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace negvae {

namespace {

enum ListColumn { RunColumn, NegativesColumn, NoiseColumn, SeedColumn, EpochColumn, BpdColumn, KlColumn, StateColumn, ColumnCount };

constexpr int kMaxLossPoints = 1000; // per run: more would not show on any screen

// The first OOD set's value of `metric` for `score` in a report; NaN when absent.
double firstOodValue(const EvalReport& report, const QString& score, OodMetrics::Metric metric)
{
    for (const MetricRow& row : report.metrics)
        if (row.score == score)
            return OodMetrics::value(row.values, metric);
    return std::nan("");
}

} // namespace

RunsView::RunsView(QWidget* parent)
    : QWidget(parent)
    , m_folderTitle(new QLabel(this))
    , m_folderLabel(new QLabel(this))
    , m_chooseButton(new QPushButton(this))
    , m_reloadButton(new QPushButton(this))
    , m_metricTitle(new QLabel(this))
    , m_metricChoice(new QComboBox(this))
    , m_unfinished(new QCheckBox(this))
    , m_exportButton(new QToolButton(this))
    , m_statusLabel(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_list(new QTreeWidget(this))
    , m_aurocPlot(new ComparisonPlot(this))
    , m_lossPlot(new ComparisonPlot(this))
{
    m_table->setObjectName(QStringLiteral("runsTable"));
    m_list->setObjectName(QStringLiteral("runsList"));
    m_aurocPlot->setObjectName(QStringLiteral("runsAurocPlot"));
    m_lossPlot->setObjectName(QStringLiteral("runsLossPlot"));
    m_metricChoice->setObjectName(QStringLiteral("runsMetric"));
    m_unfinished->setObjectName(QStringLiteral("runsIncludeUnfinished"));
    m_statusLabel->setObjectName(QStringLiteral("runsStatus"));

    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        m_metricChoice->addItem(OodMetrics::name(metric), int(metric));
    m_folderLabel->setTextFormat(Qt::PlainText);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_list->setColumnCount(ColumnCount);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(RunColumn, Qt::AscendingOrder);
    m_aurocPlot->setExportName(QStringLiteral("runs-auroc"));
    m_lossPlot->setExportName(QStringLiteral("runs-loss"));
    m_lossPlot->setLogY(true);

    auto* exportMenu = new QMenu(m_exportButton);
    m_exportButton->setMenu(exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    for (const QString& suffix : {QStringLiteral("md"), QStringLiteral("csv"), QStringLiteral("tex")})
        exportMenu->addAction(suffix, this, [this, suffix] { exportWithDialog(suffix); });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_folderTitle);
    controls->addWidget(m_folderLabel, 1);
    controls->addWidget(m_chooseButton);
    controls->addWidget(m_reloadButton);
    controls->addSpacing(12);
    controls->addWidget(m_metricTitle);
    controls->addWidget(m_metricChoice);
    controls->addWidget(m_unfinished);
    controls->addWidget(m_exportButton);

    auto* plots = new QSplitter(Qt::Vertical, this);
    plots->addWidget(m_aurocPlot);
    plots->addWidget(m_lossPlot);
    auto* lower = new QSplitter(Qt::Horizontal, this);
    lower->addWidget(m_list);
    lower->addWidget(plots);
    lower->setStretchFactor(0, 1);
    lower->setStretchFactor(1, 1);
    auto* main = new QSplitter(Qt::Vertical, this);
    main->addWidget(m_table);
    main->addWidget(lower);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_statusLabel);
    layout->addWidget(main, 1);

    connect(m_chooseButton, &QPushButton::clicked, this, &RunsView::chooseFolder);
    connect(m_reloadButton, &QPushButton::clicked, this, &RunsView::reload);
    connect(m_metricChoice, &QComboBox::currentIndexChanged, this, [this] {
        rebuildReport();
        updateCurves();
    });
    connect(m_unfinished, &QCheckBox::toggled, this, &RunsView::rebuildReport);
    connect(m_table, &QTableWidget::cellClicked, this, &RunsView::selectCell);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem*, int column) {
        if (column == RunColumn)
            updateCurves();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        Q_EMIT openRunRequested(absolutePath(item->data(RunColumn, Qt::UserRole).toString()));
    });

    retranslateUi();
    m_exportButton->setEnabled(false);
}

RunsView::~RunsView()
{
    ++m_generation;
    BackgroundTask::waitForAll(this);
}

void RunsView::showFolder(const QString& folder)
{
    m_folder = folder;
    m_folderLabel->setText(QDir::toNativeSeparators(folder));
    reload();
}

void RunsView::reload()
{
    if (m_folder.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    const QString folder = m_folder;
    auto runs = std::make_shared<QList<RunResult>>();
    auto problems = std::make_shared<QStringList>();
    m_statusLabel->setText(tr("Reading the runs in %1…").arg(folder));
    // A sweep folder can hold hundreds of runs: never read them on the GUI thread.
    BackgroundTask::start(
        this, QStringLiteral("runs-loader"), [folder, runs, problems] { *runs = SweepReport::collect(folder, problems.get()); },
        [this, runs, problems, generation](const QString& error) {
            if (!error.isEmpty())
                problems->append(tr("cannot read %1: %2").arg(m_folder, error));
            if (generation == m_generation)
                onLoaded(*runs, *problems);
        });
}

void RunsView::onLoaded(const QList<RunResult>& runs, const QStringList& problems)
{
    m_runs = runs;
    m_problems = problems;
    m_histories.clear(); // a reload may find new evaluations
    for (const QString& text : problems)
        Q_EMIT problem(text);
    rebuildReport();
    fillList();
    // Curves from the start rather than empty plots: the runs of the table's first cell.
    if (checkedRuns().isEmpty() && !m_report.rows().isEmpty() && !m_report.columns().isEmpty())
        selectCell(0, 0);
    else
        updateCurves();
    Q_EMIT runsLoaded();
}

void RunsView::rebuildReport()
{
    SweepReport::Options options;
    options.metric = OodMetrics::Metric(m_metricChoice->currentData().toInt());
    options.includeUnfinished = m_unfinished->isChecked();
    m_report = SweepReport::aggregate(m_runs, options);
    fillTable();
    int finished = 0;
    for (const RunResult& run : m_runs)
        finished += run.finished;
    QString status = m_runs.isEmpty() ? tr("No runs in %1.").arg(m_folder)
                                : tr("%1 runs (%2 finished), %3 in the table. %4")
                                      .arg(m_runs.size()).arg(finished).arg(m_report.runsUsed()).arg(m_report.conventions());
    if (!m_report.notes().isEmpty())
        status += QLatin1Char(' ') + tr("Left out: %1").arg(m_report.notes().join(QStringLiteral("; ")));
    m_statusLabel->setText(status);
    m_exportButton->setEnabled(!m_report.rows().isEmpty());
}

void RunsView::fillTable()
{
    const SweepReportWriter writer(m_report);
    m_table->clear();
    m_table->setRowCount(int(m_report.rows().size()));
    m_table->setColumnCount(int(m_report.columns().size()));
    QStringList columnTitles;
    for (const SweepReport::Column& column : m_report.columns())
        columnTitles << SweepReport::noiseModelTitle(column.noiseModel) + QLatin1Char('\n') + column.label;
    m_table->setHorizontalHeaderLabels(columnTitles);
    QStringList rowTitles;
    for (const SweepReport::Row& row : m_report.rows())
        rowTitles << tr("%1 → %2 · %3").arg(row.inlier, row.ood, row.score.toUpper());
    m_table->setVerticalHeaderLabels(rowTitles);
    for (int r = 0; r < m_table->rowCount(); ++r) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const SweepReport::Cell& cell = m_report.cell(r, c);
            auto* item = new QTableWidgetItem(writer.cellText(r, c));
            item->setTextAlignment(Qt::AlignCenter);
            item->setToolTip(cell.n() == 0 ? tr("no run")
                                           : tr("%n run(s); click to compare their curves:\n", nullptr, cell.n())
                                                 + cell.folders.join(QLatin1Char('\n')));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->resizeRowsToContents();
}

QString RunsView::runLabel(const RunResult& run) const
{
    // Folders are relative to the folder shown; "." is a single run shown on its own.
    return run.folder == QLatin1String(".") ? QFileInfo(m_folder).fileName() : run.folder;
}

QString RunsView::absolutePath(const QString& runFolder) const
{
    return QDir::cleanPath(QDir(m_folder).absoluteFilePath(runFolder));
}

void RunsView::fillList()
{
    const QSignalBlocker blocker(m_list);
    const QStringList checked = checkedRuns();
    m_list->clear();
    for (const RunResult& run : m_runs) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setText(RunColumn, runLabel(run));
        item->setData(RunColumn, Qt::UserRole, run.folder);
        item->setToolTip(RunColumn, absolutePath(run.folder));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(RunColumn, checked.contains(run.folder) ? Qt::Checked : Qt::Unchecked);
        item->setText(NegativesColumn, jsonName(run.config.data.negatives.source));
        item->setText(NoiseColumn, jsonName(run.config.model.noiseModel));
        item->setData(SeedColumn, Qt::DisplayRole, qlonglong(run.config.seed));
        item->setText(EpochColumn, tr("%1 / %2").arg(run.evaluation.epoch).arg(run.config.training.epochs));
        const double bpd = firstOodValue(run.evaluation, QStringLiteral("bpd"), OodMetrics::Metric::Auroc);
        const double kl = firstOodValue(run.evaluation, QStringLiteral("kl"), OodMetrics::Metric::Auroc);
        item->setText(BpdColumn, std::isnan(bpd) ? QStringLiteral("–") : QString::number(bpd, 'f', 3));
        item->setText(KlColumn, std::isnan(kl) ? QStringLiteral("–") : QString::number(kl, 'f', 3));
        item->setText(StateColumn, run.finished ? tr("finished") : tr("unfinished"));
    }
    for (int c = 0; c < ColumnCount; ++c)
        m_list->resizeColumnToContents(c);
}

QStringList RunsView::checkedRuns() const
{
    QStringList folders;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->checkState(RunColumn) == Qt::Checked)
            folders << item->data(RunColumn, Qt::UserRole).toString();
    }
    return folders;
}

void RunsView::setCheckedRuns(const QStringList& folders)
{
    {
        const QSignalBlocker blocker(m_list);
        for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = m_list->topLevelItem(i);
            item->setCheckState(RunColumn, folders.contains(item->data(RunColumn, Qt::UserRole).toString()) ? Qt::Checked
                                                                                                              : Qt::Unchecked);
        }
    }
    updateCurves();
}

void RunsView::selectCell(int row, int column)
{
    if (row < 0 || column < 0 || row >= int(m_report.rows().size()) || column >= int(m_report.columns().size()))
        return;
    setCheckedRuns(m_report.cell(row, column).folders);
}

const RunsView::RunHistory& RunsView::history(const QString& folder)
{
    const auto cached = m_histories.constFind(folder);
    if (cached != m_histories.constEnd())
        return *cached;
    // Read once per run and folder load: ticking runs on and off must not re-read their files.
    RunHistory history;
    const RunStore store(absolutePath(folder));
    try {
        for (const QString& file : store.evaluationFiles())
            history.evaluations.push_back(store.readEvaluation(file));
        // Averaged over chunks: a 100-epoch run has far more steps than pixels.
        const std::vector<StepMetrics> steps = store.readMetrics();
        const size_t chunk = std::max<size_t>(1, steps.size() / kMaxLossPoints);
        for (size_t begin = 0; begin < steps.size(); begin += chunk) {
            const size_t end = std::min(steps.size(), begin + chunk);
            double sum = 0;
            for (size_t i = begin; i < end; ++i)
                sum += steps[i].loss;
            history.lossSteps << double(steps[end - 1].step);
            history.loss << sum / double(end - begin);
        }
    } catch (const std::exception& error) {
        Q_EMIT problem(tr("cannot read the curves of %1: %2").arg(folder, QString::fromUtf8(error.what())));
    }
    return *m_histories.insert(folder, history);
}

void RunsView::updateCurves()
{
    const OodMetrics::Metric metric = OodMetrics::Metric(m_metricChoice->currentData().toInt());
    QVector<CurveSeries> metricCurves;
    QVector<CurveSeries> lossCurves;
    int index = 0;
    for (const QString& folder : checkedRuns()) {
        const auto run = std::find_if(m_runs.begin(), m_runs.end(), [&](const RunResult& r) { return r.folder == folder; });
        if (run == m_runs.end())
            continue;
        const QColor colour = SeriesPalette::nth(index++);
        const RunHistory& past = history(folder);
        CurveSeries bpd {runLabel(*run) + tr(" · BPD"), {}, {}, colour, Qt::SolidLine};
        CurveSeries kl {runLabel(*run) + tr(" · KL"), {}, {}, colour, Qt::DashLine};
        for (const EvalReport& report : past.evaluations) {
            bpd.x << double(report.epoch);
            bpd.y << firstOodValue(report, QStringLiteral("bpd"), metric);
            kl.x << double(report.epoch);
            kl.y << firstOodValue(report, QStringLiteral("kl"), metric);
        }
        metricCurves << bpd << kl;
        if (!past.loss.isEmpty())
            lossCurves << CurveSeries {runLabel(*run), past.lossSteps, past.loss, colour, Qt::SolidLine};
    }
    const QString name = OodMetrics::name(metric);
    // Legend entries say which line is BPD and which KL; the first OOD set is the one plotted.
    m_aurocPlot->setCurves(tr("epoch"), tr("%1 (first OOD set)").arg(name), metricCurves);
    m_lossPlot->setCurves(tr("step"), tr("training loss"), lossCurves);
}

void RunsView::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of runs"), m_folder);
    if (!folder.isEmpty())
        showFolder(folder);
}

bool RunsView::exportTable(const QString& path) const
{
    const SweepReportWriter writer(m_report);
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("md"))
        bytes = writer.markdown().toUtf8();
    else if (suffix == QLatin1String("csv"))
        bytes = writer.csv();
    else if (suffix == QLatin1String("tex"))
        bytes = writer.latex().toUtf8();
    else
        return false;
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

void RunsView::exportWithDialog(const QString& suffix)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the table"),
                                                      QDir(m_folder).filePath(QStringLiteral("report.") + suffix));
    if (!path.isEmpty())
        ExportFlow::report(this, exportTable(path), tr("runs table"), path);
}

QString RunsView::statusText() const
{
    return m_statusLabel->text();
}

void RunsView::retranslateUi()
{
    m_folderTitle->setText(tr("Folder:"));
    m_chooseButton->setText(tr("Choose…"));
    m_reloadButton->setText(tr("Reload"));
    m_metricTitle->setText(tr("Metric:"));
    m_unfinished->setText(tr("Include unfinished runs"));
    m_exportButton->setText(tr("Export table"));
    m_list->setHeaderLabels({tr("Run"), tr("Negatives"), tr("Noise model"), tr("Seed"), tr("Epoch"), tr("AUROC BPD"),
                             tr("AUROC KL"), tr("State")});
    m_list->setToolTip(tr("Tick runs to overlay their curves; double-click one to open it in the other views."));
    m_table->setToolTip(tr("Click a cell to compare the curves of the runs it averages."));
    // Every metric states its convention where it is shown (SPEC §4).
    for (int i = 0; i < m_metricChoice->count(); ++i)
        m_metricChoice->setItemData(i, OodMetrics::convention(OodMetrics::Metric(m_metricChoice->itemData(i).toInt())),
                                    Qt::ToolTipRole);
    m_metricChoice->setToolTip(tr("The metric of the table and the upper plot; hover an entry for its convention."));
    const QString auroc = OodMetrics::convention(OodMetrics::Metric::Auroc);
    m_list->headerItem()->setToolTip(BpdColumn, tr("AUROC of the BPD score against the first OOD set at the run's "
                                                   "latest evaluation.") + QLatin1Char('\n') + auroc);
    m_list->headerItem()->setToolTip(KlColumn, tr("AUROC of the KL score against the first OOD set at the run's "
                                                  "latest evaluation.") + QLatin1Char('\n') + auroc);
}

void RunsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The table, the list and the status hold translated words and conventions too.
        if (!m_runs.isEmpty()) {
            rebuildReport();
            fillList();
            updateCurves();
        }
    }
    QWidget::changeEvent(event);
}

} // namespace negvae
