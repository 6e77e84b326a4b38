#pragma once

#include <QImage>
#include <QPoint>
#include <QSize>
#include <QString>
#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace negvae {

// One grid of sample images (inputs, reconstructions, generated images, negatives) shown
// pixel for pixel: integer zoom with nearest-neighbour scaling only, because smoothing would
// invent detail in 28×28 images and blur exactly what a reconstruction got wrong. It knows
// the grid's cell layout, so a click names the image under the mouse.
class ImageGridView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int minZoom = 1;
    static constexpr int maxZoom = 16;
    static constexpr int defaultZoom = 4;

    explicit ImageGridView(QWidget* parent = nullptr);
    ~ImageGridView() override;

    // A grid as core's ImageGrid draws it: cells of `cellSize` on a background of `padding`
    // pixels (between cells and around the border). An invalid cellSize shows the image
    // without cells: cellAt() is then −1 everywhere.
    void setGrid(const QImage& grid, QSize cellSize, int padding = 2);
    void clear();
    QImage grid() const;
    QSize cellSize() const;
    int padding() const;
    int columns() const;
    int rows() const;
    // Cells holding an image: columns × rows less the empty cells that pad the last row
    // (recognised as cells that are background colour throughout).
    int cellCount() const;

    int zoom() const;
    // Clamped to minZoom…maxZoom.
    void setZoom(int zoom);
    // The largest zoom at which the whole grid fits the visible area (at least minZoom).
    int fitZoom() const;

    // Index (row-major, 0-based) of the cell under a point in this widget's coordinates;
    // −1 on padding, on an empty cell, outside the grid or outside the visible area.
    int cellAt(QPoint widgetPos) const;

    // The grid at its original resolution as PNG, written atomically.
    bool exportPng(const QString& path) const;
    // File name (without suffix) proposed by the export dialog.
    void setExportName(const QString& baseName);

    void setCaption(const QString& caption);
    QString caption() const;

    // The cell size of a grid drawn by core's ImageGrid with its default near-square layout
    // (columns = ⌈√n⌉, rows = ⌈n / columns⌉), read from the background lines between cells.
    // `imageCount` > 0 is tried first; without it, or when it does not fit, the layout with
    // the most columns whose gaps are all background wins (fewer columns that divide the true
    // count fit too, more columns would need background-coloured lines inside images).
    // Returns an invalid size when no layout fits.
    static QSize detectCellSize(const QImage& grid, int padding = 2, int imageCount = 0);
    // The mid grey of core's ImageGrid padding.
    static QRgb paddingColor();

Q_SIGNALS:
    void cellClicked(int index);
    void zoomChanged(int zoom);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateCanvas();
    void updateControls();
    void paintCanvas(const QRect& exposed);
    int cellAtPixel(QPoint pixel) const;
    void zoomAround(int zoom, QPoint viewportPos);
    void exportWithDialog();

    QLabel* m_caption = nullptr;
    QToolButton* m_zoomOut = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QToolButton* m_zoomIn = nullptr;
    QToolButton* m_fit = nullptr;
    QToolButton* m_export = nullptr;
    QScrollArea* m_scroll = nullptr;
    QWidget* m_canvas = nullptr;

    QImage m_grid;
    QImage m_display; // m_grid in a format the raster engine scales fast
    QSize m_cellSize;
    int m_padding = 2;
    int m_columns = 0;
    int m_rows = 0;
    int m_cellCount = 0;
    int m_zoom = defaultZoom;
    int m_pressedCell = -1;
    int m_wheelDelta = 0; // Ctrl+wheel angle not yet turned into a zoom step
    QString m_exportName = QStringLiteral("samples");
};

} // namespace negvae
