#include "imagedetailpanel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

namespace negvae {

ImageDetailPanel::ImageDetailPanel(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_imageCaption(new QLabel(this))
    , m_image(new QLabel(this))
    , m_reconstructionCaption(new QLabel(this))
    , m_reconstruction(new QLabel(this))
    , m_scores(new QLabel(this))
    , m_modelNote(new QLabel(this))
    , m_interpolateTitle(new QLabel(this))
    , m_from(new QPushButton(this))
    , m_to(new QPushButton(this))
{
    setObjectName(QStringLiteral("imageDetail"));
    m_from->setObjectName(QStringLiteral("interpolateFromButton"));
    m_to->setObjectName(QStringLiteral("interpolateToButton"));
    m_scores->setObjectName(QStringLiteral("detailScores"));
    m_title->setTextFormat(Qt::PlainText);
    m_scores->setTextFormat(Qt::PlainText);
    m_scores->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scores->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)); // the score columns line up
    m_modelNote->setTextFormat(Qt::PlainText);
    m_modelNote->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    for (QLabel* picture : {m_image, m_reconstruction}) {
        picture->setAlignment(Qt::AlignCenter);
        picture->setFrameShape(QFrame::StyledPanel);
    }

    auto* pictures = new QGridLayout;
    pictures->addWidget(m_imageCaption, 0, 0, Qt::AlignHCenter);
    pictures->addWidget(m_reconstructionCaption, 0, 1, Qt::AlignHCenter);
    pictures->addWidget(m_image, 1, 0);
    pictures->addWidget(m_reconstruction, 1, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_interpolateTitle);
    buttons->addWidget(m_from);
    buttons->addWidget(m_to);
    // Pictures left, numbers right: the panel sits under the gallery and must stay low.
    auto* text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_scores);
    text->addWidget(m_modelNote);
    text->addLayout(buttons);
    text->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(pictures);
    layout->addLayout(text, 1);

    // Tall enough for all four score lines and a three-line note whatever is shown, so a
    // splitter cannot cut the REC line off.
    const int lines = fontMetrics().lineSpacing() * 4 + QFontMetrics(m_scores->font()).lineSpacing() * 4;
    setMinimumHeight(lines + m_from->sizeHint().height() + 4 * layout->spacing() + 8);

    connect(m_from, &QPushButton::clicked, this, [this] { Q_EMIT interpolateFrom(m_detail.set, m_detail.index); });
    connect(m_to, &QPushButton::clicked, this, [this] { Q_EMIT interpolateTo(m_detail.set, m_detail.index); });
    retranslateUi();
    clear();
}

QPixmap ImageDetailPanel::enlarged(const QImage& image)
{
    // Nearest neighbour at an integer factor: smoothing would invent detail in 28×28 images.
    return QPixmap::fromImage(image.scaled(image.size() * zoom, Qt::IgnoreAspectRatio, Qt::FastTransformation));
}

void ImageDetailPanel::showDetail(const Detail& detail)
{
    m_detail = detail;
    m_image->setPixmap(enlarged(detail.image));
    if (detail.reconstruction.isNull()) {
        m_reconstruction->setPixmap(QPixmap());
        m_reconstruction->setText(tr("no model"));
    } else {
        m_reconstruction->setPixmap(enlarged(detail.reconstruction));
    }
    m_from->setEnabled(!detail.reconstruction.isNull());
    m_to->setEnabled(!detail.reconstruction.isNull());
    retranslateUi();
}

void ImageDetailPanel::clear()
{
    m_detail = Detail();
    m_image->setPixmap(QPixmap());
    m_reconstruction->setPixmap(QPixmap());
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    retranslateUi();
}

QString ImageDetailPanel::scoreText() const
{
    return m_scores->text();
}

void ImageDetailPanel::retranslateUi()
{
    m_imageCaption->setText(tr("Image"));
    m_reconstructionCaption->setText(tr("Reconstruction"));
    m_interpolateTitle->setText(tr("Interpolate:"));
    m_from->setText(tr("&from here"));
    m_to->setText(tr("&to here"));
    m_from->setToolTip(tr("First end of a latent interpolation: decoded along the line between posterior means"));
    m_to->setToolTip(m_from->toolTip());
    if (!hasDetail()) {
        m_title->setText(tr("Image detail"));
        m_image->setText(tr("Click an image or a latent point"));
        m_reconstruction->setText(QString());
        m_scores->setText(QString());
        m_modelNote->setText(QString());
        return;
    }
    const Detail& d = m_detail;
    m_title->setText(d.label >= 0 ? tr("%1 #%2 (label %3)").arg(d.set).arg(d.index).arg(d.label)
                                  : tr("%1 #%2").arg(d.set).arg(d.index));
    const auto line = [&](const QString& name, double value, qint64 rank) {
        return tr("%1 %2   rank %3 of %4").arg(name).arg(value, 0, 'f', 4).arg(rank).arg(d.setSize);
    };
    m_scores->setText(tr("Scores at epoch %1 (rank 1 = most anomalous in its set):").arg(d.epoch) + QLatin1Char('\n')
                      + line(tr("BPD"), d.bpd, d.rankBpd) + QLatin1Char('\n') + line(tr("KL "), d.kl, d.rankKl)
                      + QLatin1Char('\n') + line(tr("REC"), d.rec, d.rankRec));
    m_modelNote->setText(d.modelNote);
}

void ImageDetailPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace negvae
