#include "scoredimagegallery.h"

#include "backgroundtask.h"
#include "exportflow.h"
#include "imagegridview.h"

#include <QAbstractListModel>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QHBoxLayout>
#include <QImageWriter>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace negvae {

namespace {

// Space (pixels) around the image inside a cell, where the selection colour shows.
constexpr int kCellMargin = 4;
// Between the image and its caption.
constexpr int kCaptionGap = 2;
constexpr int kCaptionLines = 2;


QString normalisedScore(const QString& score)
{
    const QString lower = score.toLower();
    if (lower == QLatin1String("kl") || lower == QLatin1String("rec"))
        return lower;
    return QStringLiteral("bpd");
}

double scoreOf(const GalleryItem& item, const QString& score)
{
    if (score == QLatin1String("kl"))
        return item.kl;
    if (score == QLatin1String("rec"))
        return item.rec;
    return item.bpd;
}

QString formatScore(double value)
{
    if (std::isnan(value))
        return QStringLiteral("–");
    // Three significant digits read well for BPD (~1..8) and KL (tens of nats); REC runs to
    // thousands, where exponent notation would be harder to read than plain digits.
    return std::abs(value) >= 1000.0 ? QString::number(value, 'f', 0) : QString::number(value, 'g', 3);
}

QString itemName(const GalleryItem& item)
{
    return item.index >= 0 ? ScoredImageGallery::tr("%1 #%2").arg(item.set).arg(item.index) : item.set;
}

QString captionOf(const GalleryItem& item, const QString& score)
{
    return itemName(item) + u'\n' + score.toUpper() + u' ' + formatScore(scoreOf(item, score));
}

QString toolTipOf(const GalleryItem& item)
{
    QString text = itemName(item);
    if (item.rank > 0)
        text += u'\n' + ScoredImageGallery::tr("rank %1 in its set (1 = most anomalous)").arg(item.rank);
    text += u'\n' + ScoredImageGallery::tr("BPD %1, KL %2, REC %3")
                        .arg(formatScore(item.bpd), formatScore(item.kl), formatScore(item.rec));
    return text;
}

QString csvField(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString csvNumber(double value)
{
    // Empty for a missing score, as spreadsheets and pandas read it; otherwise the shortest
    // text that reads back as the same double.
    if (std::isnan(value))
        return QString();
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// Integer nearest-neighbour upscaling by replicating pixels, exact by construction (QPainter
// scaling may shift or blend at some factors).
QImage upscaled(const QImage& image, int zoom)
{
    const QImage source =
        image.convertToFormat(image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    if (zoom <= 1 || source.isNull())
        return source;
    QImage out(source.width() * zoom, source.height() * zoom, source.format());
    for (int y = 0; y < out.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(out.scanLine(y));
        if (y % zoom != 0) {
            std::memcpy(line, out.constScanLine(y - 1), size_t(out.width()) * sizeof(QRgb));
            continue;
        }
        const auto* in = reinterpret_cast<const QRgb*>(source.constScanLine(y / zoom));
        for (int x = 0; x < out.width(); ++x)
            line[x] = in[x / zoom];
    }
    return out;
}

bool writeText(const QString& path, const QString& text, QString* error)
{
    QSaveFile file(path);
    const QByteArray bytes = text.toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ScoredImageGallery::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool writePng(const QString& path, const QImage& image, QString* error)
{
    QSaveFile file(path);
    QString why;
    if (file.open(QIODevice::WriteOnly)) {
        QImageWriter writer(&file, "png");
        if (writer.write(image)) {
            if (file.commit())
                return true;
            why = file.errorString();
        } else {
            why = writer.errorString();
            file.cancelWriting();
        }
    } else {
        why = file.errorString();
    }
    if (error)
        *error = ScoredImageGallery::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why);
    return false;
}

} // namespace

// The items as a flat list model: captions and tooltips are made when the view asks, so a
// list of ten thousand costs one copy of the vector and nothing per item.
class ScoredImageGallery::Model : public QAbstractListModel
{
public:
    static constexpr int ImageRole = Qt::UserRole;

    using QAbstractListModel::QAbstractListModel;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override
    {
        return parent.isValid() ? 0 : int(items.size());
    }

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (!index.isValid() || index.row() >= items.size())
            return {};
        const GalleryItem& item = items.at(index.row());
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return captionOf(item, score);
        case Qt::ToolTipRole:
            return toolTipOf(item);
        case ImageRole:
            return item.image;
        default:
            return {};
        }
    }

    Qt::ItemFlags flags(const QModelIndex& index) const override
    {
        return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
    }

    void setItems(const QVector<GalleryItem>& newItems, const QString& newScore)
    {
        beginResetModel();
        items = newItems;
        score = newScore;
        endResetModel();
    }

    QVector<GalleryItem> items;
    QString score = QStringLiteral("bpd");
    int zoom = ScoredImageGallery::defaultZoom;
    QSize cellSize;
    QSize imageArea; // the largest image at the current zoom
};

// Paints one cell: selection background, the image scaled on the fly (only cells on screen
// are ever painted), the caption elided to the cell's width.
class ScoredImageGallery::Delegate : public QStyledItemDelegate
{
public:
    Delegate(const Model* model, QObject* parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {
    }

    QSize sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const override
    {
        return m_model->cellSize;
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt(option);
        initStyleOption(&opt, index);
        const QWidget* widget = option.widget;
        QStyle* style = widget ? widget->style() : QApplication::style();
        style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

        const QRect r = option.rect;
        const QImage image = upscaled(index.data(Model::ImageRole).value<QImage>(), m_model->zoom);
        const QSize area = m_model->imageArea;
        if (!image.isNull()) {
            const QPoint at(r.x() + (r.width() - image.width()) / 2,
                            r.y() + kCellMargin + (area.height() - image.height()) / 2);
            // Unscaled: every screen pixel is one of upscaled()'s.
            painter->drawImage(at, image);
        }

        const bool selected = opt.state & QStyle::State_Selected;
        painter->setPen(opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
        painter->setFont(opt.font);
        const QRect text(r.x() + 2, r.y() + kCellMargin + area.height() + kCaptionGap, r.width() - 4,
                         kCaptionLines * opt.fontMetrics.height());
        // From the model, not opt.text: displayText() has turned the line break into U+2028.
        QStringList lines = index.data(Qt::DisplayRole).toString().split(u'\n');
        for (QString& line : lines)
            line = opt.fontMetrics.elidedText(line, Qt::ElideRight, text.width());
        painter->drawText(text, Qt::AlignHCenter | Qt::AlignTop, lines.join(u'\n'));

        if (opt.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.QStyleOption::operator=(opt);
            focus.rect = r;
            style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
        }
    }

private:
    const Model* m_model;
};

ScoredImageGallery::ScoredImageGallery(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 0);
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName(QStringLiteral("galleryTitle"));
    m_titleLabel->setTextFormat(Qt::PlainText);
    // A long title (a set given as a path) must not widen the gallery beyond its dock.
    m_titleLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    bar->addWidget(m_titleLabel, 1);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("galleryCount"));
    bar->addWidget(m_countLabel);
    bar->addSpacing(12);
    m_zoomLabel = new QLabel(this);
    m_zoomSpin = new QSpinBox(this);
    m_zoomSpin->setObjectName(QStringLiteral("galleryZoom"));
    m_zoomSpin->setRange(minZoom, maxZoom);
    m_zoomSpin->setValue(defaultZoom);
    m_zoomLabel->setBuddy(m_zoomSpin);
    bar->addWidget(m_zoomLabel);
    bar->addWidget(m_zoomSpin);

    m_exportMenu = new QMenu(this);
    m_exportGrid = m_exportMenu->addAction(QString());
    m_exportImages = m_exportMenu->addAction(QString());
    m_exportCsv = m_exportMenu->addAction(QString());
    connect(m_exportGrid, &QAction::triggered, this, &ScoredImageGallery::exportGridWithDialog);
    connect(m_exportImages, &QAction::triggered, this, &ScoredImageGallery::exportImagesWithDialog);
    connect(this, &ScoredImageGallery::imagesExported, this, [this](bool ok, const QString& folder, const QString& error) {
        ExportFlow::report(this, ok, tr("gallery images"), folder, error);
    });
    connect(m_exportCsv, &QAction::triggered, this, &ScoredImageGallery::exportCsvWithDialog);
    m_exportButton = new QToolButton(this);
    m_exportButton->setObjectName(QStringLiteral("galleryExport"));
    m_exportButton->setMenu(m_exportMenu);
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    m_exportButton->setAutoRaise(true);
    bar->addWidget(m_exportButton);
    layout->addLayout(bar);

    m_model = new Model(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("galleryView"));
    // List mode flowing left to right with wrapping is a grid of cells, and unlike icon
    // mode it lays out uniform items without keeping a position per item.
    m_view->setViewMode(QListView::ListMode);
    m_view->setFlow(QListView::LeftToRight);
    m_view->setWrapping(true);
    m_view->setResizeMode(QListView::Adjust);
    m_view->setMovement(QListView::Static);
    m_view->setUniformItemSizes(true);
    m_view->setSpacing(2);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new Delegate(m_model, m_view));
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);
    connect(m_view, &QListView::clicked, this, [this](const QModelIndex& index) {
        // Ctrl/Shift+click is a selection gesture, not a request to look at one image.
        if (!(m_pressModifiers & (Qt::ControlModifier | Qt::ShiftModifier)))
            Q_EMIT itemActivated(index.row());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateLabels();
        Q_EMIT selectionChanged();
    });

    m_placeholder = new QLabel(this);
    m_placeholder->setObjectName(QStringLiteral("galleryPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setMargin(12);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_zoomSpin, &QSpinBox::valueChanged, this, [this] {
        updateCellSize();
        // The view caches the uniform item size until it lays its items out again.
        m_view->doItemsLayout();
    });

    updateCellSize();
    retranslateUi();
}

ScoredImageGallery::~ScoredImageGallery()
{
    BackgroundTask::waitForAll(this); // an export still writing reads this gallery's images
}

void ScoredImageGallery::retranslateUi()
{
    m_zoomLabel->setText(tr("&Zoom"));
    m_zoomSpin->setSuffix(tr("×"));
    m_zoomSpin->setToolTip(tr("Whole-pixel zoom: each image pixel becomes a square of this many screen pixels"));
    m_exportButton->setText(tr("Export"));
    m_exportButton->setToolTip(tr("Save these images at their original resolution, or their scores"));
    m_exportGrid->setText(tr("Grid as PNG…"));
    m_exportImages->setText(tr("Selected images to folder…"));
    m_exportImages->setToolTip(tr("One PNG per image and a scores.csv; all images when none is selected"));
    m_exportCsv->setText(tr("Scores as CSV…"));
    m_exportCsv->setToolTip(tr("Scores of the selected images; all images when none is selected"));
    m_placeholder->setText(tr("Click a histogram bin, drag a score range or pick a top-k list"));
    m_view->setToolTip(QString());
    updateLabels();
}

void ScoredImageGallery::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    } else if (event->type() == QEvent::FontChange) {
        updateCellSize();
        m_view->doItemsLayout();
    }
    QWidget::changeEvent(event);
}

void ScoredImageGallery::setItems(const QString& title, const QVector<GalleryItem>& items, const QString& captionScore)
{
    // A model reset drops the selection without a word from the selection model.
    const bool hadSelection = m_view->selectionModel()->hasSelection();
    m_title = title;
    m_imageSize = QSize(0, 0);
    // The widest first caption line is that of a set's largest index; a handful of sets,
    // so measuring them is cheap where measuring every caption would not be.
    QHash<QString, qint64> largestIndex;
    for (const GalleryItem& item : items) {
        m_imageSize = m_imageSize.expandedTo(item.image.size());
        qint64& largest = largestIndex[item.set];
        largest = std::max(largest, item.index);
    }
    m_captionSamples.clear();
    for (auto it = largestIndex.cbegin(); it != largestIndex.cend(); ++it) {
        GalleryItem sample;
        sample.set = it.key();
        sample.index = it.value();
        m_captionSamples.append(itemName(sample));
    }
    m_model->setItems(items, normalisedScore(captionScore));
    updateCellSize();
    m_view->doItemsLayout();
    m_view->scrollToTop();
    m_stack->setCurrentWidget(items.isEmpty() ? static_cast<QWidget*>(m_placeholder) : m_view);
    m_titleLabel->setText(title);
    m_titleLabel->setToolTip(title);
    updateLabels();
    if (hadSelection)
        Q_EMIT selectionChanged();
}

void ScoredImageGallery::clear()
{
    setItems(QString(), {}, QStringLiteral("bpd"));
}

QString ScoredImageGallery::title() const
{
    return m_title;
}

QString ScoredImageGallery::captionScore() const
{
    return m_model->score;
}

int ScoredImageGallery::count() const
{
    return int(m_model->items.size());
}

GalleryItem ScoredImageGallery::item(int row) const
{
    return row >= 0 && row < count() ? m_model->items.at(row) : GalleryItem();
}

QString ScoredImageGallery::caption(int row) const
{
    return row >= 0 && row < count() ? captionOf(m_model->items.at(row), m_model->score) : QString();
}

QList<int> ScoredImageGallery::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedIndexes();
    rows.reserve(selected.size());
    for (const QModelIndex& index : selected)
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void ScoredImageGallery::clearSelection()
{
    m_view->clearSelection();
}

int ScoredImageGallery::zoom() const
{
    return m_zoomSpin->value();
}

void ScoredImageGallery::setZoom(int zoom)
{
    m_zoomSpin->setValue(std::clamp(zoom, minZoom, maxZoom));
}

QSize ScoredImageGallery::cellSize() const
{
    return m_model->cellSize;
}

void ScoredImageGallery::updateCellSize()
{
    const int zoom = m_zoomSpin->value();
    m_model->zoom = zoom;
    // Before any image arrives, the size of the data sets this tool is made for.
    const QSize image = m_imageSize.isEmpty() ? QSize(28, 28) : m_imageSize;
    m_model->imageArea = image * zoom;
    const QFontMetrics metrics = m_view->fontMetrics();
    // Room for every "set #index" line and a score, even at zoom 1 where the image alone
    // would be too narrow; a set named by a long path is elided rather than widening all.
    int captionWidth = metrics.horizontalAdvance(QStringLiteral("BPD 0.000"));
    for (const QString& sample : std::as_const(m_captionSamples))
        captionWidth = std::max(captionWidth, metrics.horizontalAdvance(sample));
    captionWidth = std::min(captionWidth, metrics.averageCharWidth() * 32) + 6;
    m_model->cellSize = QSize(std::max(m_model->imageArea.width(), captionWidth) + 2 * kCellMargin,
                              kCellMargin + m_model->imageArea.height() + kCaptionGap
                                  + kCaptionLines * metrics.height() + kCellMargin);
}

void ScoredImageGallery::updateLabels()
{
    const int n = count();
    const int selected = int(m_view->selectionModel()->selectedIndexes().size());
    QString text = n == 1 ? tr("1 image") : tr("%1 images").arg(n);
    if (selected > 0)
        text = tr("%1, %2 selected").arg(text).arg(selected);
    m_countLabel->setText(text);
    m_countLabel->setVisible(n > 0);
    m_exportButton->setEnabled(n > 0);
}

bool ScoredImageGallery::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::MouseButtonPress) {
        // Seen before the view handles the press, so the clicked() handler knows whether this
        // was a plain click.
        m_pressModifiers = static_cast<QMouseEvent*>(event)->modifiers();
    } else if (watched == m_view && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            Q_EMIT itemActivated(m_view->currentIndex().row());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QList<int> ScoredImageGallery::rowsOrAll(const QList<int>& rows) const
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    all.reserve(count());
    for (int row = 0; row < count(); ++row)
        all.append(row);
    return all;
}

QString ScoredImageGallery::imageFileName(const QString& set, qint64 index)
{
    QString stem = set;
    for (QChar& c : stem) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
                       || c == u'-' || c == u'_' || c == u'.';
        if (!safe)
            c = u'_';
    }
    if (stem.isEmpty())
        stem = QStringLiteral("image");
    return stem + u'_' + QString::number(index) + QStringLiteral(".png");
}

QString ScoredImageGallery::csvText(const QList<int>& rows, const QStringList& files) const
{
    QString out = QStringLiteral("set,index,rank,bpd,kl,rec");
    out += files.isEmpty() ? QStringLiteral("\n") : QStringLiteral(",file\n");
    const QList<int> list = rowsOrAll(rows);
    for (qsizetype k = 0; k < list.size(); ++k) {
        const int row = list.at(k);
        if (row < 0 || row >= count())
            continue;
        const GalleryItem& item = m_model->items.at(row);
        out += csvField(item.set) + u',' + (item.index >= 0 ? QString::number(item.index) : QString()) + u','
             + (item.rank >= 0 ? QString::number(item.rank) : QString()) + u',' + csvNumber(item.bpd) + u','
             + csvNumber(item.kl) + u',' + csvNumber(item.rec);
        if (!files.isEmpty())
            out += u',' + csvField(files.value(k));
        out += u'\n';
    }
    return out;
}

QString ScoredImageGallery::scoresCsv(const QList<int>& rows) const
{
    return csvText(rows, {});
}

bool ScoredImageGallery::exportScoresCsv(const QString& path, const QList<int>& rows) const
{
    return writeText(path, scoresCsv(rows), nullptr);
}

bool ScoredImageGallery::exportGridPng(const QString& path, int columns) const
{
    const int n = count();
    if (n == 0)
        return false;
    if (columns <= 0) {
        // ⌈√n⌉, as core's ImageGrid lays out its grids.
        columns = 1;
        while (columns * columns < n)
            ++columns;
    }
    columns = std::min(columns, n);
    const int rows = (n + columns - 1) / columns;
    const QSize cell = m_imageSize;
    const int pad = gridPadding;

    // Grey stays grey, colour stays colour, transparency is kept: the tile has the widest
    // format any image needs, so copying a cell in is exact.
    bool allGrey = true;
    bool anyAlpha = false;
    for (const GalleryItem& item : std::as_const(m_model->items)) {
        allGrey = allGrey && (item.image.isNull() || item.image.format() == QImage::Format_Grayscale8);
        anyAlpha = anyAlpha || item.image.hasAlphaChannel();
    }
    const QImage::Format format =
        allGrey ? QImage::Format_Grayscale8 : anyAlpha ? QImage::Format_ARGB32 : QImage::Format_RGB32;
    const int bytesPerPixel = format == QImage::Format_Grayscale8 ? 1 : 4;
    QImage grid(columns * (cell.width() + pad) + pad, rows * (cell.height() + pad) + pad, format);
    if (grid.isNull())
        return false; // too large to allocate
    grid.fill(QColor::fromRgb(ImageGridView::paddingColor()));
    for (int i = 0; i < n; ++i) {
        const QImage image = m_model->items.at(i).image.convertToFormat(format);
        if (image.isNull())
            continue;
        const int x0 = pad + (i % columns) * (cell.width() + pad) + (cell.width() - image.width()) / 2;
        const int y0 = pad + (i / columns) * (cell.height() + pad) + (cell.height() - image.height()) / 2;
        for (int y = 0; y < image.height(); ++y)
            std::memcpy(grid.scanLine(y0 + y) + x0 * bytesPerPixel, image.constScanLine(y),
                        size_t(image.width()) * size_t(bytesPerPixel));
    }
    return writePng(path, grid, nullptr);
}

bool ScoredImageGallery::exportImages(const QString& folder, const QList<int>& rows, QString* error) const
{
    ImageExport plan;
    return planImageExport(folder, rows, &plan, error) && writeImageExport(plan, error);
}

void ScoredImageGallery::exportImagesInBackground(const QString& folder, const QList<int>& rows)
{
    auto plan = std::make_shared<ImageExport>();
    QString error;
    if (!planImageExport(folder, rows, plan.get(), &error)) {
        // Delivered like a background result, so callers see one behaviour.
        QMetaObject::invokeMethod(this, [this, folder, error] { Q_EMIT imagesExported(false, folder, error); },
                                  Qt::QueuedConnection);
        return;
    }
    auto writeError = std::make_shared<QString>();
    // QImage copies share their pixels read-only, so the thread may encode them.
    BackgroundTask::start(
        this, QStringLiteral("gallery-export"),
        [plan, writeError] { writeImageExport(*plan, writeError.get()); },
        [this, folder, writeError](const QString& thrown) {
            const QString message = thrown.isEmpty() ? *writeError : thrown;
            Q_EMIT imagesExported(message.isEmpty(), folder, message);
        });
}

bool ScoredImageGallery::planImageExport(const QString& folder, const QList<int>& rows, ImageExport* plan,
                                         QString* error) const
{
    const QList<int> list = rowsOrAll(rows);
    for (int row : list) {
        if (row < 0 || row >= count()) {
            if (error)
                *error = tr("No image in row %1 (the gallery has %2).").arg(row).arg(count());
            return false;
        }
    }
    plan->folder = folder;
    QSet<QString> used;
    QStringList files;
    files.reserve(list.size());
    for (int row : list) {
        const GalleryItem& item = m_model->items.at(row);
        if (item.image.isNull()) {
            files.append(QString()); // nothing to write; the CSV row says so with an empty file
            continue;
        }
        const QString base = imageFileName(item.set, item.index >= 0 ? item.index : qint64(row));
        QString name = base;
        for (int copy = 2; used.contains(name); ++copy)
            name = base.chopped(4) + u'_' + QString::number(copy) + QStringLiteral(".png");
        used.insert(name);
        plan->images.append({name, item.image});
        files.append(name);
    }
    plan->csv = csvText(list, files);
    return true;
}

bool ScoredImageGallery::writeImageExport(const ImageExport& plan, QString* error)
{
    if (!QDir().mkpath(plan.folder)) {
        if (error)
            *error = tr("Could not create the folder %1.").arg(QDir::toNativeSeparators(plan.folder));
        return false;
    }
    const QDir dir(plan.folder);
    for (const auto& [name, image] : plan.images)
        if (!writePng(dir.filePath(name), image, error))
            return false;
    return writeText(dir.filePath(QStringLiteral("scores.csv")), plan.csv, error);
}

void ScoredImageGallery::exportGridWithDialog()
{
    const QString path = ExportFlow::askSavePath(this, tr("Export image grid"), QStringLiteral("gallery"),
                                                 QStringLiteral("png"), tr("PNG image (*.png)"));
    if (!path.isEmpty())
        ExportFlow::report(this, exportGridPng(path), tr("gallery grid"), path);
}

void ScoredImageGallery::exportImagesWithDialog()
{
    const QString folder = ExportFlow::askFolder(this, tr("Export images to folder"));
    if (folder.isEmpty())
        return;
    exportImagesInBackground(folder, selectedRows());
}

void ScoredImageGallery::exportCsvWithDialog()
{
    const QString path = ExportFlow::askSavePath(this, tr("Export scores"), QStringLiteral("scores"), QStringLiteral("csv"),
                                                 tr("CSV data (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    const bool ok = writeText(path, scoresCsv(selectedRows()), &error);
    ExportFlow::report(this, ok, tr("gallery scores"), path, error);
}

} // namespace negvae
