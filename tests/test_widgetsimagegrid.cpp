// Tests of ImageGridView (widgets/ only, no core): the grid is drawn pixel for pixel at every
// zoom, clicks and positions map to the right cell, zoom stays within its limits, the cell
// layout is read back from a grid as core's ImageGrid draws it, and export keeps the original.
#include "imagegridview.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QToolButton>
#include <QWheelEvent>
#include <QtTest>

using namespace negvae;

namespace {

constexpr int kPadding = 2;

// A grid laid out as core's ImageGrid lays it out (columns = ⌈√n⌉, grey padding between
// cells and around the border) whose every pixel says which image and which pixel it is, so
// a shifted or smoothed copy cannot match. No pixel is padding grey.
QImage makeGrid(int count, QSize cell, int padding = kPadding)
{
    int columns = 1;
    while (columns * columns < count)
        ++columns;
    const int rows = (count + columns - 1) / columns;
    QImage grid(columns * (cell.width() + padding) + padding, rows * (cell.height() + padding) + padding,
                QImage::Format_RGB888);
    grid.fill(ImageGridView::paddingColor());
    for (int i = 0; i < count; ++i) {
        const int x0 = padding + (i % columns) * (cell.width() + padding);
        const int y0 = padding + (i / columns) * (cell.height() + padding);
        for (int y = 0; y < cell.height(); ++y)
            for (int x = 0; x < cell.width(); ++x)
                grid.setPixel(x0 + x, y0 + y, qRgb((i * 37 + x * 11) % 256 | 1, (y * 23 + x) % 256 & 0xfe, (i + y) % 256));
    }
    return grid;
}

// The point in `view` coordinates of a grid pixel's centre at the current zoom.
QPoint pointOfPixel(const ImageGridView& view, QPoint pixel)
{
    const auto* canvas = view.findChild<QScrollArea*>()->widget();
    const QPoint onCanvas = pixel * view.zoom() + QPoint(view.zoom() / 2, view.zoom() / 2);
    return canvas->mapTo(&view, onCanvas);
}

QPoint centreOfCell(const ImageGridView& view, int index)
{
    const QSize cell = view.cellSize();
    const int x = kPadding + (index % view.columns()) * (cell.width() + kPadding) + cell.width() / 2;
    const int y = kPadding + (index / view.columns()) * (cell.height() + kPadding) + cell.height() / 2;
    return pointOfPixel(view, QPoint(x, y));
}

void clickAt(ImageGridView& view, QPoint pos)
{
    QWidget* target = view.childAt(pos);
    QVERIFY(target);
    QTest::mouseClick(target, Qt::LeftButton, Qt::NoModifier, target->mapFrom(&view, pos));
}

void sendCtrlWheel(QWidget* viewport, int delta)
{
    const QPointF pos(viewport->width() / 2.0, viewport->height() / 2.0);
    QWheelEvent event(pos, viewport->mapToGlobal(pos), QPoint(), QPoint(0, delta), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

} // namespace

class TestWidgetsImageGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void drawsPixelExact_data();
    void drawsPixelExact();
    void detectsCellSize_data();
    void detectsCellSize();
    void wrongCountFallsBackToTheGaps();
    void cellAtMapsPixelsToCells();
    void clickEmitsCellClicked();
    void zoomLimitsAndControls();
    void fitPicksTheLargestZoomThatFits();
    void exportWritesTheOriginal();
    void captionIsShown();
};

void TestWidgetsImageGrid::drawsPixelExact_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<bool>("scrolled");
    QTest::newRow("1×") << 1 << false;
    QTest::newRow("3×") << 3 << false;
    QTest::newRow("16×, scrolled into the middle") << 16 << true;
}

void TestWidgetsImageGrid::drawsPixelExact()
{
    QFETCH(int, zoom);
    QFETCH(bool, scrolled);
    ImageGridView view;
    view.resize(700, 600);
    const QImage source = makeGrid(8, QSize(28, 28));
    view.setGrid(source, QSize(28, 28));
    view.setZoom(zoom);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* scroll = view.findChild<QScrollArea*>();
    QWidget* canvas = scroll->widget();
    QCOMPARE(canvas->size(), source.size() * zoom);
    if (scrolled) {
        // An odd offset, so the exposed area starts inside a zoomed pixel.
        for (QScrollBar* bar : {scroll->horizontalScrollBar(), scroll->verticalScrollBar()}) {
            QVERIFY(bar->maximum() > 2 * zoom);
            bar->setValue(bar->maximum() / 2 / zoom * zoom + 5);
        }
        QCOMPARE(canvas->pos().x() % zoom, -5);
        QCOMPARE(canvas->pos().y() % zoom, -5);
    }

    const QImage shot = scroll->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    QCOMPARE(shot.size(), scroll->viewport()->size());
    const QRect visible = QRect(canvas->pos(), canvas->size()).intersected(shot.rect());
    if (scrolled)
        QVERIFY(visible.width() > 100 && visible.height() > 100);
    else
        QCOMPARE(visible.size(), canvas->size()); // the whole grid, centred
    int compared = 0;
    for (int y = visible.top(); y <= visible.bottom(); ++y) {
        for (int x = visible.left(); x <= visible.right(); ++x) {
            const QPoint pixel((x - canvas->pos().x()) / zoom, (y - canvas->pos().y()) / zoom);
            const QRgb expected = source.pixel(pixel);
            if (shot.pixel(x, y) != expected)
                QFAIL(qPrintable(QStringLiteral("screen (%1,%2) shows %3, grid pixel (%4,%5) is %6")
                                     .arg(x).arg(y).arg(shot.pixel(x, y), 8, 16).arg(pixel.x()).arg(pixel.y())
                                     .arg(expected, 8, 16)));
            ++compared;
        }
    }
    QCOMPARE(compared, visible.width() * visible.height());
}

void TestWidgetsImageGrid::detectsCellSize_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QSize>("cell");
    QTest::addColumn<int>("columns");
    QTest::addColumn<int>("rows");
    QTest::newRow("1 image") << 1 << QSize(28, 28) << 1 << 1;
    QTest::newRow("2 images") << 2 << QSize(28, 28) << 2 << 1;
    QTest::newRow("8 images") << 8 << QSize(28, 28) << 3 << 3;
    QTest::newRow("10 images") << 10 << QSize(32, 32) << 4 << 3;
    QTest::newRow("16 images") << 16 << QSize(28, 28) << 4 << 4;
    QTest::newRow("64 images") << 64 << QSize(28, 28) << 8 << 8;
    QTest::newRow("7 images, not square") << 7 << QSize(5, 9) << 3 << 3;
}

void TestWidgetsImageGrid::detectsCellSize()
{
    QFETCH(int, count);
    QFETCH(QSize, cell);
    QFETCH(int, columns);
    QFETCH(int, rows);
    const QImage grid = makeGrid(count, cell);
    QCOMPARE(ImageGridView::detectCellSize(grid, kPadding, count), cell);
    QCOMPARE(ImageGridView::detectCellSize(grid, kPadding), cell);

    ImageGridView view;
    view.setGrid(grid, cell);
    QCOMPARE(view.columns(), columns);
    QCOMPARE(view.rows(), rows);
    QCOMPARE(view.cellCount(), count); // the grey filler cells of the last row are not images
}

void TestWidgetsImageGrid::wrongCountFallsBackToTheGaps()
{
    // A set with fewer images than the run's sample count draws a smaller grid.
    const QImage grid = makeGrid(5, QSize(28, 28));
    QCOMPARE(ImageGridView::detectCellSize(grid, kPadding, 64), QSize(28, 28));
    QCOMPARE(ImageGridView::detectCellSize(QImage(), kPadding, 64), QSize());
    QImage noGaps(50, 50, QImage::Format_RGB32);
    noGaps.fill(Qt::black);
    QCOMPARE(ImageGridView::detectCellSize(noGaps, kPadding), QSize());
}

void TestWidgetsImageGrid::cellAtMapsPixelsToCells()
{
    ImageGridView view;
    view.resize(700, 600);
    view.setGrid(makeGrid(8, QSize(28, 28)), QSize(28, 28));
    view.setZoom(3);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 8; ++i)
        QCOMPARE(view.cellAt(centreOfCell(view, i)), i);
    // The corners of cell 4 (row 1, column 1) are in it; one pixel beyond is padding.
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(32, 32))), 4);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(59, 59))), 4);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(31, 40))), -1);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(60, 40))), -1);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(40, 61))), -1);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(0, 0))), -1);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(91, 91))), -1);
    // The ninth cell is grey filler, and beside the grid there is nothing.
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(75, 75))), -1);
    QCOMPARE(view.cellAt(pointOfPixel(view, QPoint(92 + 5, 40))), -1);
    QCOMPARE(view.cellAt(QPoint(-5, -5)), -1);

    // Without a cell size there are no cells.
    view.setGrid(makeGrid(8, QSize(28, 28)), QSize());
    QCOMPARE(view.cellAt(centreOfCell(view, 0)), -1);
}

void TestWidgetsImageGrid::clickEmitsCellClicked()
{
    ImageGridView view;
    view.resize(700, 600);
    view.setGrid(makeGrid(8, QSize(28, 28)), QSize(28, 28));
    view.setZoom(3);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy clicked(&view, &ImageGridView::cellClicked);

    clickAt(view, centreOfCell(view, 5));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.takeFirst().first().toInt(), 5);
    clickAt(view, centreOfCell(view, 0));
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.takeFirst().first().toInt(), 0);

    clickAt(view, pointOfPixel(view, QPoint(31, 40))); // padding
    QCOMPARE(clicked.size(), 0);

    // Pressed on one cell, released on another: no click.
    QWidget* canvas = view.findChild<QScrollArea*>()->widget();
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, canvas->mapFrom(&view, centreOfCell(view, 1)));
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, canvas->mapFrom(&view, centreOfCell(view, 2)));
    QCOMPARE(clicked.size(), 0);
}

void TestWidgetsImageGrid::zoomLimitsAndControls()
{
    ImageGridView view;
    view.resize(400, 300);
    QCOMPARE(view.zoom(), ImageGridView::defaultZoom);
    QCOMPARE(ImageGridView::defaultZoom, 4);
    const QImage grid = makeGrid(4, QSize(10, 10));
    view.setGrid(grid, QSize(10, 10));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy zoomed(&view, &ImageGridView::zoomChanged);

    view.setZoom(0);
    QCOMPARE(view.zoom(), 1);
    view.setZoom(-3);
    QCOMPARE(view.zoom(), 1);
    auto* zoomOut = view.findChild<QToolButton*>(QStringLiteral("zoomOut"));
    auto* zoomIn = view.findChild<QToolButton*>(QStringLiteral("zoomIn"));
    auto* label = view.findChild<QLabel*>(QStringLiteral("zoomLabel"));
    QVERIFY(!zoomOut->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("1×"));
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(view.zoom(), 2);

    view.setZoom(100);
    QCOMPARE(view.zoom(), 16);
    QVERIFY(!zoomIn->isEnabled());
    QTest::mouseClick(zoomIn, Qt::LeftButton);
    QCOMPARE(view.zoom(), 16);
    QCOMPARE(view.findChild<QScrollArea*>()->widget()->size(), grid.size() * 16);
    QTest::mouseClick(zoomOut, Qt::LeftButton);
    QCOMPARE(view.zoom(), 15);
    QCOMPARE(zoomed.size(), 4); // 4→1, 1→2, 2→16, 16→15; clamped repeats are no change

    QWidget* viewport = view.findChild<QScrollArea*>()->viewport();
    sendCtrlWheel(viewport, 120);
    QCOMPARE(view.zoom(), 16);
    sendCtrlWheel(viewport, 120);
    QCOMPARE(view.zoom(), 16);
    sendCtrlWheel(viewport, -240);
    QCOMPARE(view.zoom(), 14);
    sendCtrlWheel(viewport, -60); // half a notch (a trackpad) waits for the other half
    QCOMPARE(view.zoom(), 14);
    sendCtrlWheel(viewport, -60);
    QCOMPARE(view.zoom(), 13);
}

void TestWidgetsImageGrid::fitPicksTheLargestZoomThatFits()
{
    ImageGridView view;
    view.resize(700, 600);
    const QImage grid = makeGrid(8, QSize(28, 28)); // 92 × 92
    view.setGrid(grid, QSize(28, 28));
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* scroll = view.findChild<QScrollArea*>();
    const QSize area = scroll->maximumViewportSize();
    const int expected = std::min(area.width() / 92, area.height() / 92);
    QVERIFY(expected >= 5 && expected <= 7);
    QTest::mouseClick(view.findChild<QToolButton*>(QStringLiteral("zoomFit")), Qt::LeftButton);
    QCOMPARE(view.zoom(), expected);
    QApplication::processEvents();
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    QVERIFY(!scroll->verticalScrollBar()->isVisible());

    // A big grid fits at no zoom larger than 1; a tiny one stops at 16.
    view.setGrid(makeGrid(64, QSize(28, 28)).scaled(1000, 1000), QSize());
    QCOMPARE(view.fitZoom(), 1);
    view.setGrid(makeGrid(1, QSize(3, 3)), QSize(3, 3));
    QCOMPARE(view.fitZoom(), 16);
}

void TestWidgetsImageGrid::exportWritesTheOriginal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ImageGridView view;
    const QString path = dir.filePath(QStringLiteral("grid.png"));
    QVERIFY(!view.exportPng(path)); // nothing to export yet
    QVERIFY(!QFileInfo::exists(path));

    const QImage grid = makeGrid(10, QSize(28, 28));
    view.setGrid(grid, QSize(28, 28));
    view.setZoom(7);
    QVERIFY(view.exportPng(path));
    const QImage written(path);
    QCOMPARE(written.size(), grid.size());
    QCOMPARE(written.convertToFormat(QImage::Format_RGB32), grid.convertToFormat(QImage::Format_RGB32));
    QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("missing/folder/grid.png"))));
}

void TestWidgetsImageGrid::captionIsShown()
{
    ImageGridView view;
    view.setCaption(QStringLiteral("Reconstructions"));
    QCOMPARE(view.caption(), QStringLiteral("Reconstructions"));
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("gridCaption"))->text(), QStringLiteral("Reconstructions"));
}

QTEST_MAIN(TestWidgetsImageGrid)
#include "test_widgetsimagegrid.moc"
