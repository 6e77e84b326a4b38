#include "plotpanel.h"

#include "exportflow.h"
#include "qcustomplotinclude.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QMenu>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

namespace negvae {

PlotPanel::PlotPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    m_toolbar = new QHBoxLayout;
    m_toolbar->setContentsMargins(4, 2, 4, 0);
    m_toolbar->addStretch(1);

    m_exportMenu = new QMenu(this);
    m_exportPng = m_exportMenu->addAction(QString());
    m_exportPdf = m_exportMenu->addAction(QString());
    m_exportSvg = m_exportMenu->addAction(QString());
    m_exportMenu->addSeparator();
    m_exportCsv = m_exportMenu->addAction(QString());
    connect(m_exportPng, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("png")); });
    connect(m_exportPdf, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("pdf")); });
    connect(m_exportSvg, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("svg")); });
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportWithDialog(QStringLiteral("csv")); });

    m_exportButton = new QToolButton(this);
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    m_toolbar->addWidget(m_exportButton);
    layout->addLayout(m_toolbar);

    m_plot = new QCustomPlot(this);
    m_plot->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_plot->setMinimumSize(200, 150);
    // Stroke polylines segment by segment: Qt's raster engine strokes a whole antialiased
    // polyline wider than 1 px as one self-intersecting path, which took ~4 ms per 2000-point
    // ROC curve and ~270 ms per noisy 100k-step loss series here; per segment it is 1-5 ms.
    m_plot->setPlottingHint(QCP::phFastPolylines, true);
    m_plot->legend->setVisible(false); // shown by replotNow() once the plot has something to name
    m_plot->legend->setBrush(QColor(255, 255, 255, 210));
    m_plot->legend->setBorderPen(QPen(QColor(180, 180, 180)));
    QFont legendFont = font();
    legendFont.setPointSizeF(legendFont.pointSizeF() * 0.9);
    m_plot->legend->setFont(legendFont);
    layout->addWidget(m_plot, 1);

    m_replotTimer = new QTimer(this);
    m_replotTimer->setSingleShot(true);
    m_replotTimer->setInterval(replotIntervalMs);
    connect(m_replotTimer, &QTimer::timeout, this, &PlotPanel::replotNow);

    PlotPanel::retranslateUi();
}

PlotPanel::~PlotPanel() = default;

QCustomPlot* PlotPanel::plot() const
{
    return m_plot;
}

void PlotPanel::addToolbarWidget(QWidget* widget)
{
    // Before the stretch and the Export button, which stay at the right end.
    m_toolbar->insertWidget(m_toolbar->count() - 2, widget);
}

void PlotPanel::scheduleReplot()
{
    // Not restarting a running timer is what bounds the rate: the first update of a burst
    // fixes when the redraw happens, later ones ride along.
    if (!m_replotTimer->isActive())
        m_replotTimer->start();
}

void PlotPanel::replotNow()
{
    m_replotTimer->stop();
    // An empty legend would draw as a stray little box on a plot without data.
    m_plot->legend->setVisible(m_plot->legend->itemCount() > 0);
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    ++m_replotCount;
    Q_EMIT replotted();
}

int PlotPanel::replotCount() const
{
    return m_replotCount;
}

int PlotPanel::graphCount() const
{
    return int(graphNames().size());
}

QStringList PlotPanel::graphNames() const
{
    QStringList names;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = m_plot->plottable(i);
        if (p->visible() && m_plot->legend->hasItemWithPlottable(p))
            names << p->name();
    }
    return names;
}

QSize PlotPanel::exportSize() const
{
    const QSize onScreen = m_plot->size();
    if (m_plot->isVisible() && onScreen.width() >= 200 && onScreen.height() >= 150)
        return onScreen;
    return QSize(800, 500);
}

bool PlotPanel::exportImage(const QString& path)
{
    // A pending redraw may carry ranges the user expects in the file.
    if (m_replotTimer->isActive())
        replotNow();

    const QString suffix = QFileInfo(path).suffix().toLower();
    const QSize size = exportSize();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(path, size.width(), size.height());
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic, QString(),
                             exportBaseName());
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator generator;
        generator.setFileName(path);
        generator.setSize(size);
        generator.setViewBox(QRect(QPoint(0, 0), size));
        generator.setTitle(exportBaseName());
        QCPPainter painter;
        if (painter.begin(&generator)) {
            painter.setMode(QCPPainter::pmVectorized);
            m_plot->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
        // QSvgGenerator has no error reporting; a file with content is the best evidence.
        ok = ok && QFileInfo(path).size() > 0;
    }
    // Exporting lays the plot out at the export size; lay it out for the screen again.
    scheduleReplot();
    return ok;
}

bool PlotPanel::exportCsv(const QString& path) const
{
    const QString text = csv();
    if (text.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return false;
    const QByteArray bytes = text.toUtf8();
    if (file.write(bytes) != bytes.size())
        return false;
    return file.commit();
}

QString PlotPanel::csv() const
{
    // Generic long format over whatever the legend shows; derived plots know their data
    // better and override this.
    QString out = QStringLiteral("series,x,y\n");
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable* p = m_plot->plottable(i);
        if (!m_plot->legend->hasItemWithPlottable(p))
            continue;
        const QString name = csvField(p->name());
        if (auto* graph = qobject_cast<QCPGraph*>(p)) {
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                out += name + u',' + csvNumber(it->key) + u',' + csvNumber(it->value) + u'\n';
        } else if (auto* curve = qobject_cast<QCPCurve*>(p)) {
            for (auto it = curve->data()->constBegin(); it != curve->data()->constEnd(); ++it)
                out += name + u',' + csvNumber(it->key) + u',' + csvNumber(it->value) + u'\n';
        }
    }
    return out;
}

QString PlotPanel::csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString PlotPanel::csvNumber(double value)
{
    // Empty for a missing value, as spreadsheets and pandas read it.
    if (std::isnan(value))
        return QString();
    return QString::number(value, 'g', 12);
}

QString PlotPanel::exportBaseName() const
{
    return QStringLiteral("plot");
}

void PlotPanel::exportWithDialog(const QString& suffix)
{
    const QString filter = suffix == QLatin1String("png") ? tr("PNG image (*.png)")
                         : suffix == QLatin1String("pdf") ? tr("PDF document (*.pdf)")
                         : suffix == QLatin1String("svg") ? tr("SVG image (*.svg)")
                                                          : tr("CSV data (*.csv)");
    const QString path = ExportFlow::askSavePath(this, tr("Export plot"), exportBaseName(), suffix, filter);
    if (!path.isEmpty())
        exportTo(path);
}

bool PlotPanel::exportTo(const QString& path)
{
    const bool ok = QFileInfo(path).suffix().toLower() == QLatin1String("csv") ? exportCsv(path) : exportImage(path);
    ExportFlow::report(this, ok, tr("plot \"%1\"").arg(exportBaseName()), path);
    return ok;
}

QString PlotPanel::axisLabel(Qt::Orientation orientation) const
{
    return orientation == Qt::Horizontal ? m_plot->xAxis->label() : m_plot->yAxis->label();
}

void PlotPanel::retranslateUi()
{
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Save this plot as an image or its data as CSV"));
    m_exportPng->setText(tr("PNG image…"));
    m_exportPdf->setText(tr("PDF document…"));
    m_exportSvg->setText(tr("SVG image…"));
    m_exportCsv->setText(tr("CSV data…"));
}

void PlotPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        scheduleReplot();
    }
    QWidget::changeEvent(event);
}

} // namespace negvae
