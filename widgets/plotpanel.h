#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QCustomPlot;
class QHBoxLayout;
class QMenu;
class QTimer;
class QToolButton;
class QAction;

namespace negvae {

// Base of every negvae plot: a QCustomPlot under a small toolbar row (derived plots add their
// controls, the base adds "Export…"), image/CSV export, and coalesced redraws. Data arrive
// from training far faster than a screen can show them, so updates only schedule a replot;
// one single-shot timer turns any burst into one redraw per 40 ms at most.
class PlotPanel : public QWidget
{
    Q_OBJECT

public:
    explicit PlotPanel(QWidget* parent = nullptr);
    ~PlotPanel() override;

    // Ask for a redraw; repeated calls within the coalescing interval cost one replot.
    void scheduleReplot();
    // Redraw at once (QCustomPlot::rpImmediateRefresh), cancelling a scheduled redraw.
    void replotNow();

    // Format from the suffix: png, pdf or svg. Returns false on an unknown suffix or a
    // failed write. Uses the on-screen size, or 800×500 while the panel has no usable size.
    bool exportImage(const QString& path);
    // Image or CSV by the path's suffix, with the outcome in the log (and a dialog when it
    // failed), as the Export menu does after its file dialog.
    bool exportTo(const QString& path);
    // Writes csv() atomically; false when there is nothing to write or the write fails.
    virtual bool exportCsv(const QString& path) const;
    // The plotted data as CSV with a header row (UTF-8, RFC 4180 quoting).
    virtual QString csv() const;

    // Data series shown in the legend (helper lines such as "chance" are not counted).
    int graphCount() const;
    QStringList graphNames() const;
    // Redraws done so far (scheduled and immediate).
    int replotCount() const;
    // The title of the bottom (Horizontal) or left (Vertical) axis, as shown.
    QString axisLabel(Qt::Orientation orientation) const;

    static constexpr int replotIntervalMs = 40;

Q_SIGNALS:
    void replotted();

protected:
    QCustomPlot* plot() const;
    // Adds a control to the toolbar row, left of the Export button.
    void addToolbarWidget(QWidget* widget);
    // Name proposed by the export dialog, without suffix.
    virtual QString exportBaseName() const;
    // Sets every user-visible string; derived classes call the base version first.
    virtual void retranslateUi();
    void changeEvent(QEvent* event) override;

    static QString csvField(const QString& text);
    static QString csvNumber(double value);

private:
    void exportWithDialog(const QString& suffix);
    QSize exportSize() const;

    QCustomPlot* m_plot = nullptr;
    QHBoxLayout* m_toolbar = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_exportPng = nullptr;
    QAction* m_exportPdf = nullptr;
    QAction* m_exportSvg = nullptr;
    QAction* m_exportCsv = nullptr;
    QTimer* m_replotTimer = nullptr;
    int m_replotCount = 0;
};

} // namespace negvae
