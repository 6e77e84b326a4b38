#include "imagegridview.h"

#include "exportflow.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QLabel>
#include <QMouseEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QSaveFile>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cstring>
#include <vector>

namespace negvae {

namespace {


bool isBackground(QRgb pixel)
{
    return (pixel & 0x00ffffffu) == (ImageGridView::paddingColor() & 0x00ffffffu);
}

} // namespace

ImageGridView::ImageGridView(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("gridCaption"));
    m_caption->setTextFormat(Qt::PlainText);
    // A long caption (a set given as a path) must not widen the view beside its twin.
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_caption, 1);

    const auto makeButton = [this, bar](const char* name) {
        auto* button = new QToolButton(this);
        button->setObjectName(QLatin1String(name));
        button->setAutoRaise(true);
        bar->addWidget(button);
        return button;
    };
    m_zoomOut = makeButton("zoomOut");
    m_zoomLabel = new QLabel(this);
    m_zoomLabel->setObjectName(QStringLiteral("zoomLabel"));
    // Wide enough for "16×", so the buttons do not jump while zooming.
    m_zoomLabel->setMinimumWidth(m_zoomLabel->fontMetrics().horizontalAdvance(QStringLiteral("16×")) + 2);
    m_zoomLabel->setAlignment(Qt::AlignCenter);
    bar->addWidget(m_zoomLabel);
    m_zoomIn = makeButton("zoomIn");
    m_fit = makeButton("zoomFit");
    m_export = makeButton("exportPng");
    layout->addLayout(bar);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("gridScroll"));
    m_scroll->setWidgetResizable(false);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setMinimumSize(64, 64);
    m_canvas = new QWidget;
    m_canvas->setObjectName(QStringLiteral("gridCanvas"));
    // paintCanvas() covers every exposed pixel, so Qt need not clear the background first.
    m_canvas->setAttribute(Qt::WA_OpaquePaintEvent);
    m_canvas->setCursor(Qt::CrossCursor);
    m_canvas->installEventFilter(this);
    m_scroll->setWidget(m_canvas);
    m_scroll->viewport()->installEventFilter(this);
    layout->addWidget(m_scroll, 1);

    connect(m_zoomOut, &QToolButton::clicked, this, [this] { setZoom(m_zoom - 1); });
    connect(m_zoomIn, &QToolButton::clicked, this, [this] { setZoom(m_zoom + 1); });
    connect(m_fit, &QToolButton::clicked, this, [this] { setZoom(fitZoom()); });
    connect(m_export, &QToolButton::clicked, this, &ImageGridView::exportWithDialog);

    retranslateUi();
    updateCanvas();
}

ImageGridView::~ImageGridView() = default;

QRgb ImageGridView::paddingColor()
{
    return qRgb(128, 128, 128);
}

void ImageGridView::setGrid(const QImage& grid, QSize cellSize, int padding)
{
    m_grid = grid;
    // 32-bit pixels let paintCanvas() replicate them with plain loads and stores.
    m_display = grid.isNull() ? QImage()
                              : grid.convertToFormat(grid.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied
                                                                            : QImage::Format_RGB32);
    m_cellSize = cellSize;
    m_padding = std::max(0, padding);
    m_columns = 0;
    m_rows = 0;
    m_cellCount = 0;
    m_pressedCell = -1;
    if (!m_display.isNull() && cellSize.isValid() && !cellSize.isEmpty()) {
        m_columns = std::max(0, (m_display.width() - m_padding) / (cellSize.width() + m_padding));
        m_rows = std::max(0, (m_display.height() - m_padding) / (cellSize.height() + m_padding));
        m_cellCount = m_columns * m_rows;
        // The last row holds at least one image (rows = ⌈n / columns⌉), so at most
        // columns − 1 trailing cells are the empty filler that ImageGrid leaves grey.
        const auto blankCell = [this](int index) {
            const int x0 = m_padding + (index % m_columns) * (m_cellSize.width() + m_padding);
            const int y0 = m_padding + (index / m_columns) * (m_cellSize.height() + m_padding);
            for (int y = y0; y < y0 + m_cellSize.height(); ++y) {
                const auto* line = reinterpret_cast<const QRgb*>(m_display.constScanLine(y));
                for (int x = x0; x < x0 + m_cellSize.width(); ++x)
                    if (!isBackground(line[x]))
                        return false;
            }
            return true;
        };
        const int lowest = m_cellCount - std::max(0, m_columns - 1);
        while (m_cellCount > std::max(1, lowest) && blankCell(m_cellCount - 1))
            --m_cellCount;
    }
    updateCanvas();
}

void ImageGridView::clear()
{
    setGrid(QImage(), QSize());
}

QImage ImageGridView::grid() const
{
    return m_grid;
}

QSize ImageGridView::cellSize() const
{
    return m_cellSize;
}

int ImageGridView::padding() const
{
    return m_padding;
}

int ImageGridView::columns() const
{
    return m_columns;
}

int ImageGridView::rows() const
{
    return m_rows;
}

int ImageGridView::cellCount() const
{
    return m_cellCount;
}

int ImageGridView::zoom() const
{
    return m_zoom;
}

void ImageGridView::setZoom(int zoom)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    if (zoom == m_zoom)
        return;
    m_zoom = zoom;
    updateCanvas();
    Q_EMIT zoomChanged(m_zoom);
}

int ImageGridView::fitZoom() const
{
    if (m_display.isNull())
        return m_zoom;
    // The viewport as it would be without scroll bars: those vanish once the grid fits.
    const QSize area = m_scroll->maximumViewportSize();
    const int zoom = std::min(area.width() / m_display.width(), area.height() / m_display.height());
    return std::clamp(zoom, minZoom, maxZoom);
}

int ImageGridView::cellAt(QPoint widgetPos) const
{
    if (m_display.isNull())
        return -1;
    const QWidget* viewport = m_scroll->viewport();
    const QPoint inViewport = viewport->mapFrom(this, widgetPos);
    if (!viewport->rect().contains(inViewport))
        return -1; // scrolled out of sight, or on the caption row
    const QPoint onCanvas = m_canvas->mapFrom(viewport, inViewport);
    if (onCanvas.x() < 0 || onCanvas.y() < 0)
        return -1;
    return cellAtPixel(QPoint(onCanvas.x() / m_zoom, onCanvas.y() / m_zoom));
}

int ImageGridView::cellAtPixel(QPoint pixel) const
{
    if (m_columns == 0 || m_rows == 0)
        return -1;
    const int x = pixel.x() - m_padding;
    const int y = pixel.y() - m_padding;
    if (x < 0 || y < 0)
        return -1;
    const int pitchX = m_cellSize.width() + m_padding;
    const int pitchY = m_cellSize.height() + m_padding;
    const int column = x / pitchX;
    const int row = y / pitchY;
    if (column >= m_columns || row >= m_rows || x % pitchX >= m_cellSize.width() || y % pitchY >= m_cellSize.height())
        return -1;
    const int index = row * m_columns + column;
    return index < m_cellCount ? index : -1;
}

bool ImageGridView::exportPng(const QString& path) const
{
    if (m_grid.isNull())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QImageWriter writer(&file, "png");
    if (!writer.write(m_grid)) {
        file.cancelWriting();
        return false;
    }
    return file.commit();
}

void ImageGridView::setExportName(const QString& baseName)
{
    m_exportName = baseName;
}

void ImageGridView::setCaption(const QString& caption)
{
    m_caption->setText(caption);
    m_caption->setToolTip(caption);
}

QString ImageGridView::caption() const
{
    return m_caption->text();
}

QSize ImageGridView::detectCellSize(const QImage& grid, int padding, int imageCount)
{
    if (grid.isNull() || padding < 0)
        return {};
    const QImage image = grid.convertToFormat(QImage::Format_RGB32);
    const int width = image.width();
    const int height = image.height();
    std::vector<char> blankColumn(size_t(width), 1);
    std::vector<char> blankRow(size_t(height), 1);
    for (int y = 0; y < height; ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        for (int x = 0; x < width; ++x) {
            if (!isBackground(line[x])) {
                blankColumn[size_t(x)] = 0;
                blankRow[size_t(y)] = 0;
            }
        }
    }
    // The cell length when `cells` cells fit `length` with every gap background, else 0.
    const auto fits = [padding](const std::vector<char>& blank, int length, int cells) {
        if (cells < 1 || length <= padding || (length - padding) % cells != 0)
            return 0;
        const int pitch = (length - padding) / cells;
        const int cell = pitch - padding;
        if (cell < 1)
            return 0;
        for (int k = 0; k <= cells; ++k)
            for (int i = 0; i < padding; ++i)
                if (!blank[size_t(k * pitch + i)])
                    return 0;
        return cell;
    };
    const auto layout = [&](int columns, int rows) {
        const int cellWidth = fits(blankColumn, width, columns);
        const int cellHeight = fits(blankRow, height, rows);
        return cellWidth > 0 && cellHeight > 0 ? QSize(cellWidth, cellHeight) : QSize();
    };
    if (imageCount > 0) {
        int columns = 1;
        while (columns * columns < imageCount)
            ++columns;
        const QSize size = layout(columns, (imageCount + columns - 1) / columns);
        if (size.isValid())
            return size;
    }
    if (padding == 0)
        return {}; // no gaps to read the layout from
    for (int columns = (width - padding) / (1 + padding); columns >= 1; --columns) {
        // ⌈√n⌉ = columns means (columns − 1)² < n ≤ columns², so ⌈n / columns⌉ is
        // columns − 1 or columns.
        for (int rows : {columns, columns - 1}) {
            if (rows < 1)
                continue;
            const QSize size = layout(columns, rows);
            if (size.isValid())
                return size;
        }
    }
    return {};
}

bool ImageGridView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_canvas) {
        switch (event->type()) {
        case QEvent::Paint:
            paintCanvas(static_cast<QPaintEvent*>(event)->rect());
            return true;
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease: {
            auto* mouse = static_cast<QMouseEvent*>(event);
            if (mouse->button() != Qt::LeftButton)
                break;
            const QPoint pos = mouse->position().toPoint();
            const int cell = pos.x() < 0 || pos.y() < 0 ? -1 : cellAtPixel(QPoint(pos.x() / m_zoom, pos.y() / m_zoom));
            // A click is press and release on the same cell, so a drag off a cell cancels it.
            if (event->type() == QEvent::MouseButtonPress) {
                m_pressedCell = cell;
            } else {
                if (cell >= 0 && cell == m_pressedCell)
                    Q_EMIT cellClicked(cell);
                m_pressedCell = -1;
            }
            return true;
        }
        default:
            break;
        }
    } else if (watched == m_scroll->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            // One notch (120) per zoom step; trackpads deliver smaller deltas that add up.
            m_wheelDelta += wheel->angleDelta().y();
            const int steps = m_wheelDelta / 120;
            m_wheelDelta -= steps * 120;
            if (steps != 0)
                zoomAround(m_zoom + steps, wheel->position().toPoint());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImageGridView::zoomAround(int zoom, QPoint viewportPos)
{
    const QPointF pixel = QPointF(m_canvas->mapFrom(m_scroll->viewport(), viewportPos)) / m_zoom;
    setZoom(zoom);
    // Keep the image point under the mouse where it was; a grid smaller than the view is
    // centred instead and the scroll bars have no range to move.
    const QPoint onCanvas = (pixel * m_zoom).toPoint();
    m_scroll->horizontalScrollBar()->setValue(onCanvas.x() - viewportPos.x());
    m_scroll->verticalScrollBar()->setValue(onCanvas.y() - viewportPos.y());
}

void ImageGridView::paintCanvas(const QRect& exposed)
{
    if (m_display.isNull())
        return;
    // Replicate pixels by hand rather than let QPainter scale: integer nearest-neighbour is
    // then exact by construction, and only the exposed part of a 16× grid is ever built.
    const QRect area = exposed.intersected(QRect(QPoint(0, 0), m_display.size() * m_zoom));
    if (area.isEmpty())
        return;
    const int x0 = area.left() / m_zoom;
    const int y0 = area.top() / m_zoom;
    const int x1 = area.right() / m_zoom + 1;
    const int y1 = area.bottom() / m_zoom + 1;
    QImage tile((x1 - x0) * m_zoom, (y1 - y0) * m_zoom, m_display.format());
    for (int y = 0; y < tile.height(); ++y) {
        auto* out = reinterpret_cast<QRgb*>(tile.scanLine(y));
        if (y % m_zoom != 0) {
            std::memcpy(out, tile.constScanLine(y - 1), size_t(tile.bytesPerLine()));
            continue;
        }
        const auto* in = reinterpret_cast<const QRgb*>(m_display.constScanLine(y0 + y / m_zoom)) + x0;
        for (int x = 0; x < tile.width(); ++x)
            out[x] = in[x / m_zoom];
    }
    QPainter painter(m_canvas);
    painter.drawImage(QPoint(x0 * m_zoom, y0 * m_zoom), tile);
}

void ImageGridView::updateCanvas()
{
    m_canvas->setFixedSize(m_display.isNull() ? QSize(0, 0) : m_display.size() * m_zoom);
    m_canvas->update();
    updateControls();
}

void ImageGridView::updateControls()
{
    const bool hasGrid = !m_display.isNull();
    m_zoomLabel->setText(tr("%1×").arg(m_zoom));
    m_zoomOut->setEnabled(hasGrid && m_zoom > minZoom);
    m_zoomIn->setEnabled(hasGrid && m_zoom < maxZoom);
    m_fit->setEnabled(hasGrid);
    m_export->setEnabled(hasGrid);
}

void ImageGridView::exportWithDialog()
{
    const QString path = ExportFlow::askSavePath(this, tr("Export image grid"), m_exportName, QStringLiteral("png"),
                                                 tr("PNG image (*.png)"));
    if (!path.isEmpty())
        ExportFlow::report(this, exportPng(path), tr("image grid \"%1\"").arg(m_exportName), path);
}

void ImageGridView::retranslateUi()
{
    m_zoomOut->setText(tr("−"));
    m_zoomOut->setToolTip(tr("Zoom out (Ctrl+wheel)"));
    m_zoomIn->setText(tr("+"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_fit->setText(tr("Fit"));
    m_fit->setToolTip(tr("The largest whole-pixel zoom that shows the entire grid"));
    m_export->setText(tr("Export PNG…"));
    m_export->setToolTip(tr("Save the grid at its original resolution"));
    updateControls();
}

void ImageGridView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace negvae
