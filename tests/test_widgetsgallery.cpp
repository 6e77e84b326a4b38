// Tests of ScoredImageGallery (widgets/ only, no core): captions say what each image is, the
// view shows images pixel for pixel, clicks select and activate, and every export keeps the
// original pixels and the full-precision scores.
#include "exportflow.h"
#include "messagelog.h"
#include "scoredimagegallery.h"

#include <QDir>
#include <QFile>
#include <QElapsedTimer>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>

using namespace negvae;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
const QRgb kGrey = qRgb(128, 128, 128);

// An image whose every pixel says which image and which pixel it is, so a shifted, scaled or
// smoothed copy cannot match. Colour images never contain the padding grey.
QImage makeImage(int i, QSize size, QImage::Format format)
{
    QImage image(size, format);
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            const int grey = (i * 29 + x * 7 + y * 13) % 256;
            if (format == QImage::Format_Grayscale8)
                image.setPixel(x, y, qRgb(grey, grey, grey)); // setPixel takes a QRgb here, not a level
            else
                image.setPixel(x, y, qRgb((i * 37 + x * 11) % 256 | 1, (y * 23 + x) % 256 & 0xfe, (i + y) % 256));
        }
    }
    return image;
}

GalleryItem makeItem(int i, QSize size = QSize(28, 28), QImage::Format format = QImage::Format_RGB32)
{
    GalleryItem item;
    item.image = makeImage(i, size, format);
    item.set = QStringLiteral("mnist");
    item.index = 100 + i;
    item.bpd = 0.4 + i / 1000.0;
    item.kl = 20.0 + i;
    item.rec = 150.0 + i / 7.0;
    item.rank = i + 1;
    return item;
}

QVector<GalleryItem> makeItems(int n, QSize size = QSize(28, 28), QImage::Format format = QImage::Format_RGB32)
{
    QVector<GalleryItem> items;
    for (int i = 0; i < n; ++i)
        items << makeItem(i, size, format);
    return items;
}

// Same size and the same colour at every pixel.
bool samePixels(const QImage& a, const QImage& b)
{
    if (a.size() != b.size())
        return false;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            if (a.pixel(x, y) != b.pixel(x, y))
                return false;
    return true;
}

// `image` scaled up by `zoom` with nearest-neighbour replication, pixel by pixel.
QImage replicate(const QImage& image, int zoom)
{
    QImage out(image.size() * zoom, QImage::Format_RGB32);
    for (int y = 0; y < out.height(); ++y)
        for (int x = 0; x < out.width(); ++x)
            out.setPixel(x, y, image.pixel(x / zoom, y / zoom));
    return out;
}

// Whether `needle` appears pixel for pixel somewhere inside `haystack`.
bool containsExactly(const QImage& haystack, const QImage& needle)
{
    const QImage h = haystack.convertToFormat(QImage::Format_RGB32);
    const QImage n = needle.convertToFormat(QImage::Format_RGB32);
    for (int oy = 0; oy + n.height() <= h.height(); ++oy) {
        for (int ox = 0; ox + n.width() <= h.width(); ++ox) {
            if (h.pixel(ox, oy) != n.pixel(0, 0))
                continue;
            if (samePixels(h.copy(ox, oy, n.width(), n.height()), n))
                return true;
        }
    }
    return false;
}

QListView* viewOf(const ScoredImageGallery& gallery)
{
    return gallery.findChild<QListView*>(QStringLiteral("galleryView"));
}

bool showAndSettle(ScoredImageGallery& gallery)
{
    gallery.resize(640, 480);
    gallery.show();
    if (!QTest::qWaitForWindowExposed(&gallery))
        return false;
    QCoreApplication::processEvents(); // the view lays its items out on a posted event
    return true;
}

QPoint centreOf(const ScoredImageGallery& gallery, int row)
{
    QListView* view = viewOf(gallery);
    return view->visualRect(view->model()->index(row, 0)).center();
}

QStringList readLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
}

} // namespace

class TestWidgetsGallery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsAndCaptions_data();
    void itemsAndCaptions();
    void placeholderWhenEmpty();
    void shownPixelExact_data();
    void shownPixelExact();
    void selectionAndActivation();
    void exportGridPng_data();
    void exportGridPng();
    void exportImages();
    void exportImagesFailureNamesPath_data();
    void exportImagesInBackground();
    void exportImagesFailureNamesPath();
    void scoresCsv();
    void imageFileNames_data();
    void imageFileNames();
    void largeListStaysCheap();
};

void TestWidgetsGallery::itemsAndCaptions_data()
{
    QTest::addColumn<QString>("score");
    QTest::addColumn<double>("value");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<QString>("caption");

    QTest::newRow("bpd") << QStringLiteral("bpd") << 0.41234 << qint64(123) << QStringLiteral("mnist #123\nBPD 0.412");
    QTest::newRow("KL, any case") << QStringLiteral("KL") << 25.31 << qint64(7) << QStringLiteral("mnist #7\nKL 25.3");
    QTest::newRow("rec in thousands") << QStringLiteral("rec") << 1234.4 << qint64(0) << QStringLiteral("mnist #0\nREC 1234");
    QTest::newRow("unknown score is bpd") << QStringLiteral("nll") << 3.5 << qint64(9) << QStringLiteral("mnist #9\nBPD 3.5");
    QTest::newRow("missing score") << QStringLiteral("bpd") << kNaN << qint64(5) << QStringLiteral("mnist #5\nBPD –");
    QTest::newRow("unknown index") << QStringLiteral("bpd") << 1.0 << qint64(-1) << QStringLiteral("mnist\nBPD 1");
}

void TestWidgetsGallery::itemsAndCaptions()
{
    QFETCH(QString, score);
    QFETCH(double, value);
    QFETCH(qint64, index);
    QFETCH(QString, caption);

    GalleryItem item = makeItem(0);
    item.index = index;
    item.bpd = item.kl = item.rec = value;
    QVector<GalleryItem> items{makeItem(1), item, makeItem(2)};

    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("mnist: bin 3"), items, score);
    QCOMPARE(gallery.count(), 3);
    QCOMPARE(gallery.title(), QStringLiteral("mnist: bin 3"));
    QCOMPARE(gallery.caption(1), caption);
    QCOMPARE(gallery.item(1).index, index);
    QCOMPARE(gallery.item(0).index, qint64(101));
    QCOMPARE(gallery.item(7).index, qint64(-1)); // out of range: a default item
    // The view shows the same caption the API reports.
    QListView* view = viewOf(gallery);
    QCOMPARE(view->model()->rowCount(), 3);
    QCOMPARE(view->model()->index(1, 0).data().toString(), caption);
    QCOMPARE(gallery.findChild<QLabel*>(QStringLiteral("galleryTitle"))->text(), QStringLiteral("mnist: bin 3"));
    QCOMPARE(gallery.findChild<QLabel*>(QStringLiteral("galleryCount"))->text(), QStringLiteral("3 images"));
}

void TestWidgetsGallery::placeholderWhenEmpty()
{
    ScoredImageGallery gallery;
    QVERIFY(showAndSettle(gallery));
    auto* placeholder = gallery.findChild<QLabel*>(QStringLiteral("galleryPlaceholder"));
    QVERIFY(placeholder);
    QVERIFY(placeholder->isVisible());
    QCOMPARE(placeholder->text(), QStringLiteral("Click a histogram bin, drag a score range or pick a top-k list"));
    QVERIFY(!viewOf(gallery)->isVisible());

    gallery.setItems(QStringLiteral("top 2"), makeItems(2), QStringLiteral("bpd"));
    QVERIFY(!placeholder->isVisible());
    QVERIFY(viewOf(gallery)->isVisible());
    gallery.clear();
    QVERIFY(placeholder->isVisible());
    QCOMPARE(gallery.count(), 0);
    QVERIFY(!gallery.exportGridPng(QDir::temp().filePath(QStringLiteral("never-written.png"))));
}

void TestWidgetsGallery::shownPixelExact_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<int>("format");

    QTest::newRow("1x colour") << 1 << int(QImage::Format_RGB32);
    QTest::newRow("default 3x colour") << 3 << int(QImage::Format_RGB32);
    QTest::newRow("2x grey") << 2 << int(QImage::Format_Grayscale8);
    QTest::newRow("5x colour") << 5 << int(QImage::Format_RGB888);
}

void TestWidgetsGallery::shownPixelExact()
{
    QFETCH(int, zoom);
    QFETCH(int, format);

    ScoredImageGallery gallery;
    QCOMPARE(gallery.zoom(), ScoredImageGallery::defaultZoom);
    const QVector<GalleryItem> items = makeItems(4, QSize(28, 28), QImage::Format(format));
    gallery.setItems(QStringLiteral("test"), items, QStringLiteral("bpd"));
    gallery.setZoom(zoom);
    QCOMPARE(gallery.zoom(), zoom);
    QVERIFY(showAndSettle(gallery));

    QListView* view = viewOf(gallery);
    const QRect cell = view->visualRect(view->model()->index(2, 0));
    // Every cell has the uniform size, which holds the zoomed image.
    QCOMPARE(cell.size(), gallery.cellSize());
    QVERIFY(cell.width() >= 28 * zoom && cell.height() > 28 * zoom);
    const QImage shown = view->viewport()->grab(cell).toImage();
    QVERIFY(containsExactly(shown, replicate(items.at(2).image, zoom)));
    // Not just any image: this cell does not show its neighbour.
    QVERIFY(!containsExactly(shown, replicate(items.at(1).image, zoom)));

    // Zoom clamps to its limits.
    gallery.setZoom(100);
    QCOMPARE(gallery.zoom(), ScoredImageGallery::maxZoom);
    gallery.setZoom(0);
    QCOMPARE(gallery.zoom(), ScoredImageGallery::minZoom);
}

void TestWidgetsGallery::selectionAndActivation()
{
    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("test"), makeItems(12), QStringLiteral("bpd"));
    QVERIFY(showAndSettle(gallery));
    QListView* view = viewOf(gallery);
    QWidget* viewport = view->viewport();
    QSignalSpy activated(&gallery, &ScoredImageGallery::itemActivated);
    QSignalSpy selection(&gallery, &ScoredImageGallery::selectionChanged);

    QTest::mouseClick(viewport, Qt::LeftButton, Qt::NoModifier, centreOf(gallery, 2));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 2);
    QCOMPARE(gallery.selectedRows(), QList<int>{2});
    QVERIFY(selection.count() >= 1);

    // Ctrl+click adds to the selection and is not a request to look at one image.
    const int before = int(selection.count());
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier, centreOf(gallery, 5));
    QCOMPARE(gallery.selectedRows(), (QList<int>{2, 5}));
    QCOMPARE(activated.count(), 1);
    QVERIFY(selection.count() > before);
    QVERIFY(gallery.findChild<QLabel*>(QStringLiteral("galleryCount"))->text().contains(QStringLiteral("2 selected")));

    // Shift+click extends from the last clicked item.
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ShiftModifier, centreOf(gallery, 7));
    const QList<int> rows = gallery.selectedRows();
    QVERIFY(rows.contains(5) && rows.contains(6) && rows.contains(7));
    QCOMPARE(activated.count(), 1);

    // Enter opens the current item.
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.last().at(0).toInt(), 7);

    // New items: the old selection is gone, and the owner hears of it.
    const int beforeReset = int(selection.count());
    gallery.setItems(QStringLiteral("other"), makeItems(3), QStringLiteral("kl"));
    QVERIFY(gallery.selectedRows().isEmpty());
    QCOMPARE(selection.count(), beforeReset + 1);
}

void TestWidgetsGallery::exportGridPng_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("columnsAsked");
    QTest::addColumn<int>("columns");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("format");

    QTest::newRow("one") << 1 << 0 << 1 << QSize(28, 28) << int(QImage::Format_RGB32);
    QTest::newRow("five, near square") << 5 << 0 << 3 << QSize(28, 28) << int(QImage::Format_RGB32);
    QTest::newRow("nine, square") << 9 << 0 << 3 << QSize(28, 28) << int(QImage::Format_Grayscale8);
    QTest::newRow("ten, four columns") << 10 << 0 << 4 << QSize(32, 32) << int(QImage::Format_RGB888);
    QTest::newRow("seven, two columns asked") << 7 << 2 << 2 << QSize(28, 28) << int(QImage::Format_RGB32);
    QTest::newRow("three, too many asked") << 3 << 8 << 3 << QSize(20, 12) << int(QImage::Format_RGB32);
}

void TestWidgetsGallery::exportGridPng()
{
    QFETCH(int, count);
    QFETCH(int, columnsAsked);
    QFETCH(int, columns);
    QFETCH(QSize, size);
    QFETCH(int, format);

    ScoredImageGallery gallery;
    const QVector<GalleryItem> items = makeItems(count, size, QImage::Format(format));
    gallery.setItems(QStringLiteral("test"), items, QStringLiteral("bpd"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("grid.png"));
    QVERIFY(gallery.exportGridPng(path, columnsAsked));

    const QImage grid(path);
    QVERIFY(!grid.isNull());
    const int pad = ScoredImageGallery::gridPadding;
    const int rows = (count + columns - 1) / columns;
    QCOMPARE(grid.size(), QSize(columns * (size.width() + pad) + pad, rows * (size.height() + pad) + pad));

    // Every cell is its image, every other pixel is padding grey.
    QImage expected(grid.size(), QImage::Format_RGB32);
    expected.fill(kGrey);
    for (int i = 0; i < count; ++i) {
        const QPoint at(pad + (i % columns) * (size.width() + pad), pad + (i / columns) * (size.height() + pad));
        QVERIFY(samePixels(grid.copy(QRect(at, size)), items.at(i).image));
        for (int y = 0; y < size.height(); ++y)
            for (int x = 0; x < size.width(); ++x)
                expected.setPixel(at.x() + x, at.y() + y, items.at(i).image.pixel(x, y));
    }
    QVERIFY(samePixels(grid, expected));
}

void TestWidgetsGallery::exportImages()
{
    QVector<GalleryItem> items = makeItems(5);
    items[1].set = QStringLiteral("svhn test/extra");
    items[1].image = makeImage(1, QSize(32, 32), QImage::Format_RGB888);
    items[3].image = makeImage(3, QSize(28, 28), QImage::Format_Grayscale8);
    items[4].index = items[0].index; // the same image twice must not overwrite itself
    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("test"), items, QStringLiteral("bpd"));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("out/images")); // created on the way
    QString error;
    const QList<int> rows{3, 1, 0, 4};
    QVERIFY2(gallery.exportImages(folder, rows, &error), qPrintable(error));

    const QStringList files{QStringLiteral("mnist_103.png"), QStringLiteral("svhn_test_extra_101.png"),
                            QStringLiteral("mnist_100.png"), QStringLiteral("mnist_100_2.png")};
    QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("mnist_100.png"), QStringLiteral("mnist_100_2.png"), QStringLiteral("mnist_103.png"),
                          QStringLiteral("scores.csv"), QStringLiteral("svhn_test_extra_101.png")}));
    for (int k = 0; k < rows.size(); ++k) {
        const QImage written(QDir(folder).filePath(files.at(k)));
        QVERIFY2(!written.isNull(), qPrintable(files.at(k)));
        QVERIFY2(samePixels(written, items.at(rows.at(k)).image), qPrintable(files.at(k)));
    }

    const QStringList lines = readLines(QDir(folder).filePath(QStringLiteral("scores.csv")));
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), QStringLiteral("set,index,rank,bpd,kl,rec,file"));
    for (int k = 0; k < rows.size(); ++k) {
        const QStringList fields = lines.at(k + 1).split(u',');
        QCOMPARE(fields.size(), 7);
        const GalleryItem& item = items.at(rows.at(k));
        QCOMPARE(fields.at(0), item.set);
        QCOMPARE(fields.at(1).toLongLong(), item.index);
        QCOMPARE(fields.at(2).toInt(), item.rank);
        QCOMPARE(fields.at(3).toDouble(), item.bpd); // exact: full precision
        QCOMPARE(fields.at(4).toDouble(), item.kl);
        QCOMPARE(fields.at(5).toDouble(), item.rec);
        QCOMPARE(fields.at(6), files.at(k));
    }

    // No rows given: all of them.
    const QString all = dir.filePath(QStringLiteral("all"));
    QVERIFY(gallery.exportImages(all, {}, nullptr));
    QCOMPARE(readLines(QDir(all).filePath(QStringLiteral("scores.csv"))).size(), 6);
}

void TestWidgetsGallery::exportImagesFailureNamesPath_data()
{
    QTest::addColumn<QString>("blocker"); // what stands where the export needs to write
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("named");

    // Tests may run as root, which no permission bits stop: these fail for anyone.
    QTest::newRow("folder under a file") << QStringLiteral("file") << QStringLiteral("file/sub") << QStringLiteral("file/sub");
    QTest::newRow("image path is a folder") << QStringLiteral("out/mnist_100.png/x") << QStringLiteral("out")
                                            << QStringLiteral("out/mnist_100.png");
    QTest::newRow("scores.csv is a folder") << QStringLiteral("out/scores.csv/x") << QStringLiteral("out")
                                            << QStringLiteral("out/scores.csv");
}

void TestWidgetsGallery::exportImagesFailureNamesPath()
{
    QFETCH(QString, blocker);
    QFETCH(QString, folder);
    QFETCH(QString, named);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (blocker == QLatin1String("file")) {
        QFile file(dir.filePath(blocker));
        QVERIFY(file.open(QIODevice::WriteOnly));
    } else {
        QVERIFY(QDir().mkpath(dir.filePath(blocker)));
    }
    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("test"), makeItems(2), QStringLiteral("bpd"));
    QString error;
    QVERIFY(!gallery.exportImages(dir.filePath(folder), {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(dir.filePath(named))), qPrintable(error));
    QVERIFY(!gallery.exportImages(dir.filePath(folder), {}, nullptr)); // no error wanted: no crash

    QVERIFY(!gallery.exportImages(dir.filePath(QStringLiteral("rows")), {0, 2}, &error));
    QVERIFY(error.contains(QStringLiteral("row 2")));
}

void TestWidgetsGallery::exportImagesInBackground()
{
    // Many images: what a histogram range in the Explore view can select.
    const QVector<GalleryItem> items = makeItems(600);
    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("test"), items, QStringLiteral("bpd"));
    QSignalSpy exported(&gallery, &ScoredImageGallery::imagesExported);
    QSignalSpy logged(MessageLog::instance(), &MessageLog::messageAdded);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const QString folder = dir.filePath(QStringLiteral("out"));
    gallery.exportImagesInBackground(folder, {});
    // Returned before the work was done: the result only comes through the event loop.
    QCOMPARE(exported.count(), 0);
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.first().at(0).toBool(), true);
    QCOMPARE(exported.first().at(1).toString(), folder);
    QCOMPARE(readLines(QDir(folder).filePath(QStringLiteral("scores.csv"))).size(), 601);
    QCOMPARE(QDir(folder).entryList({QStringLiteral("*.png")}, QDir::Files).size(), 600);
    QVERIFY(samePixels(QImage(QDir(folder).filePath(QStringLiteral("mnist_100.png"))), items.at(0).image));
    // The log hears of it.
    QVERIFY(!logged.isEmpty());
    QCOMPARE(logged.last().at(0).value<MessageLog::Level>(), MessageLog::Level::Info);
    QVERIFY(logged.last().at(1).toString().contains(QDir::toNativeSeparators(folder)));

    // A failure comes the same way, naming the path, and is logged as an error.
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QStringList dialogs;
    ExportFlow::setFailureDialog([&dialogs](QWidget*, const QString& title, const QString&) { dialogs << title; });
    gallery.exportImagesInBackground(dir.filePath(QStringLiteral("file/sub")), {});
    QVERIFY(exported.wait(20000));
    QCOMPARE(exported.last().at(0).toBool(), false);
    QVERIFY2(exported.last().at(2).toString().contains(QStringLiteral("file/sub")), qPrintable(exported.last().at(2).toString()));
    QCOMPARE(logged.last().at(0).value<MessageLog::Level>(), MessageLog::Level::Error);
    QCOMPARE(dialogs, QStringList {QStringLiteral("Export failed")});
    ExportFlow::setFailureDialog({});
}

void TestWidgetsGallery::scoresCsv()
{
    QVector<GalleryItem> items = makeItems(3);
    items[0].set = QStringLiteral("a,\"b\"");
    items[0].bpd = 0.1 + 0.2; // 0.30000000000000004: needs all 17 digits
    items[0].kl = 1e-300;
    items[1].rank = -1;
    items[1].index = -1;
    items[1].rec = kNaN;
    items[2].bpd = std::numeric_limits<double>::infinity();
    ScoredImageGallery gallery;
    gallery.setItems(QStringLiteral("test"), items, QStringLiteral("bpd"));

    const QString csv = gallery.scoresCsv({});
    QCOMPARE(csv, QStringLiteral("set,index,rank,bpd,kl,rec\n"
                                 "\"a,\"\"b\"\"\",100,1,0.30000000000000004,1e-300,150\n"
                                 "mnist,,,0.401,21,\n"
                                 "mnist,102,3,inf,22,150.28571428571428\n"));
    QCOMPARE(QStringLiteral("0.30000000000000004").toDouble(), items[0].bpd);
    QCOMPARE(QStringLiteral("150.28571428571428").toDouble(), items[2].rec);
    QCOMPARE(gallery.scoresCsv({2, 0}).split(u'\n').at(1).left(9), QStringLiteral("mnist,102"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scores.csv"));
    QVERIFY(gallery.exportScoresCsv(path, {}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), csv);
    QVERIFY(!gallery.exportScoresCsv(dir.filePath(QStringLiteral("missing/scores.csv")), {}));
}

void TestWidgetsGallery::imageFileNames_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<qint64>("index");
    QTest::addColumn<QString>("name");

    QTest::newRow("plain") << QStringLiteral("mnist") << qint64(123) << QStringLiteral("mnist_123.png");
    QTest::newRow("keeps - _ .") << QStringLiteral("kmnist-v1_a.b") << qint64(0) << QStringLiteral("kmnist-v1_a.b_0.png");
    QTest::newRow("path is not a path") << QStringLiteral("../etc/x y") << qint64(4) << QStringLiteral(".._etc_x_y_4.png");
    QTest::newRow("non-ASCII") << QStringLiteral("ünï") << qint64(5) << QStringLiteral("_n__5.png");
    QTest::newRow("empty") << QString() << qint64(6) << QStringLiteral("image_6.png");
}

void TestWidgetsGallery::imageFileNames()
{
    QFETCH(QString, set);
    QFETCH(qint64, index);
    QFETCH(QString, name);
    QCOMPARE(ScoredImageGallery::imageFileName(set, index), name);
}

void TestWidgetsGallery::largeListStaysCheap()
{
    // Ten thousand items share a handful of images (implicitly shared QImage copies).
    QVector<GalleryItem> items;
    items.reserve(10000);
    const QVector<GalleryItem> base = makeItems(16);
    for (int i = 0; i < 10000; ++i) {
        GalleryItem item = base.at(i % 16);
        item.index = i;
        items << item;
    }
    ScoredImageGallery gallery;
    QVERIFY(showAndSettle(gallery));
    QElapsedTimer timer;
    timer.start();
    gallery.setItems(QStringLiteral("all"), items, QStringLiteral("bpd"));
    QCoreApplication::processEvents();
    gallery.repaint();
    const qint64 ms = timer.elapsed();
    qInfo("10000 items: setItems + layout + paint %lld ms", ms);
    QVERIFY2(ms < 1500, qPrintable(QString::number(ms)));

    QListView* view = viewOf(gallery);
    const QModelIndex last = view->model()->index(9999, 0);
    view->scrollTo(last);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(last)));
    QCOMPARE(gallery.caption(9999), QStringLiteral("mnist #9999\nBPD 0.415"));
}

QTEST_MAIN(TestWidgetsGallery)
#include "test_widgetsgallery.moc"
