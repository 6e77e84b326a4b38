#pragma once

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <limits>

class QAction;
class QLabel;
class QListView;
class QMenu;
class QSpinBox;
class QStackedWidget;
class QToolButton;

namespace negvae {

// One test image with its anomaly scores, as the gallery shows it. Plain values: the owner
// turns evaluation results and data set images into these, the widgets never see a tensor.
struct GalleryItem
{
    QImage image;
    QString set;       // data set, e.g. "mnist"
    qint64 index = -1; // image index in its set; −1 when unknown
    double bpd = std::numeric_limits<double>::quiet_NaN();
    double kl = std::numeric_limits<double>::quiet_NaN();
    double rec = std::numeric_limits<double>::quiet_NaN();
    int rank = -1; // within its set by the current score, 1 = most anomalous; −1 when unknown
};

// The images behind a histogram bin, a score range or a top-k list: small images side by side,
// each pixel for pixel (integer nearest-neighbour zoom only, as in ImageGridView, since
// smoothing would invent detail in 28×28 images) with its set, index and score underneath.
// Built on a QListView with uniform item sizes whose delegate scales only the cells on screen,
// so ten thousand items cost no more to show than ten. Exports the images at their original
// resolution, as one tiled PNG or one PNG each, and their scores as CSV.
class ScoredImageGallery : public QWidget
{
    Q_OBJECT

public:
    static constexpr int minZoom = 1;
    static constexpr int maxZoom = 8;
    static constexpr int defaultZoom = 3;
    // Grey padding between and around the cells of exportGridPng(), as core's ImageGrid.
    static constexpr int gridPadding = 2;

    explicit ScoredImageGallery(QWidget* parent = nullptr);
    ~ScoredImageGallery() override;

    // captionScore: "bpd", "kl" or "rec" (case-insensitive; anything else means "bpd"), the
    // score written under each image. Replaces the items and clears the selection.
    void setItems(const QString& title, const QVector<GalleryItem>& items, const QString& captionScore);
    void clear();

    QString title() const;
    QString captionScore() const;
    int count() const;
    // A default GalleryItem for a row out of range.
    GalleryItem item(int row) const;
    // Text under the image, e.g. "mnist #123\nBPD 0.412".
    QString caption(int row) const;

    // Ascending. Ctrl+click and Shift+click extend the selection.
    QList<int> selectedRows() const;
    void clearSelection();

    int zoom() const;
    // Clamped to minZoom…maxZoom.
    void setZoom(int zoom);
    // One cell: the largest image at the current zoom plus the caption below it.
    QSize cellSize() const;

    // All items tiled at their original resolution, gridPadding px of mid grey between and
    // around cells of the largest image's size (smaller images centred), `columns` per row
    // (0: ⌈√n⌉, a near-square layout; at most n). Written atomically; false when empty.
    bool exportGridPng(const QString& path, int columns = 0) const;
    // One PNG per row at its original resolution, named imageFileName() (a second file of the
    // same name gets "_2", "_3", …), plus scores.csv: the scoresCsv() columns and "file".
    // `rows` in the order to write; empty = all items. Creates the folder. On failure returns
    // false and, if `error` is given, says which path failed and why.
    bool exportImages(const QString& folder, const QList<int>& rows, QString* error = nullptr) const;
    // The same on a thread of its own (thousands of images take seconds): returns at once and
    // emits imagesExported when done. What the export menu uses.
    void exportImagesInBackground(const QString& folder, const QList<int>& rows);
    // set,index,rank,bpd,kl,rec: RFC 4180 quoting, scores in their shortest exact form,
    // empty fields for a missing index, rank or score. Empty `rows` = all items.
    QString scoresCsv(const QList<int>& rows) const;
    bool exportScoresCsv(const QString& path, const QList<int>& rows) const;

    // "<set>_<index>.png" with every character but letters, digits, '-', '_' and '.' turned
    // into '_' (and "image" for an empty set), so a set name is never a path.
    static QString imageFileName(const QString& set, qint64 index);

Q_SIGNALS:
    // A plain click on an item, or Enter on the current one: the owner shows it in detail.
    void itemActivated(int row);
    void selectionChanged();
    // An exportImagesInBackground() finished; `error` says why when !ok.
    void imagesExported(bool ok, const QString& folder, const QString& error);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    class Model;    // the items as a list model, in the .cpp
    class Delegate; // paints one cell, in the .cpp

    void retranslateUi();
    void updateCellSize();
    void updateLabels();
    QList<int> rowsOrAll(const QList<int>& rows) const;
    QString csvText(const QList<int>& rows, const QStringList& files) const;
    // What exportImages() writes, decided from the items on the GUI thread; written by
    // writeImageExport() on any thread.
    struct ImageExport {
        QString folder;
        QList<QPair<QString, QImage>> images; // file name, image
        QString csv;
    };
    bool planImageExport(const QString& folder, const QList<int>& rows, ImageExport* plan, QString* error) const;
    static bool writeImageExport(const ImageExport& plan, QString* error);
    void exportGridWithDialog();
    void exportImagesWithDialog();
    void exportCsvWithDialog();

    Model* m_model = nullptr;
    QString m_title;
    QSize m_imageSize; // the largest image, at original resolution
    QStringList m_captionSamples; // the widest "set #index" of each set, to size the cells
    Qt::KeyboardModifiers m_pressModifiers;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLabel* m_zoomLabel = nullptr;
    QSpinBox* m_zoomSpin = nullptr;
    QToolButton* m_exportButton = nullptr;
    QMenu* m_exportMenu = nullptr;
    QAction* m_exportGrid = nullptr;
    QAction* m_exportImages = nullptr;
    QAction* m_exportCsv = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_placeholder = nullptr;
    QListView* m_view = nullptr;
};

} // namespace negvae
