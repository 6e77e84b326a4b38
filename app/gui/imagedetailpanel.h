#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;

namespace negvae {

// One test image in detail: the image beside the model's reconstruction of it, pixel for
// pixel at an integer zoom, with its BPD, KL and REC and its rank within its set by each
// score, and buttons to make it an end of a latent interpolation. Plain values only.
class ImageDetailPanel : public QWidget {
    Q_OBJECT

public:
    struct Detail {
        QString set;
        qint64 index = -1;
        qint64 label = -1;
        QImage image;
        QImage reconstruction;  // null when no model is available
        QString modelNote;      // where the reconstruction comes from, or why there is none
        double bpd = 0, kl = 0, rec = 0;
        qint64 rankBpd = 0, rankKl = 0, rankRec = 0; // 1 = most anomalous in its set
        qint64 setSize = 0;
        qint64 epoch = 0;       // the evaluation the scores come from
    };

    explicit ImageDetailPanel(QWidget* parent = nullptr);

    void showDetail(const Detail& detail);
    void clear();
    bool hasDetail() const { return m_detail.index >= 0; }
    const Detail& detail() const { return m_detail; }
    // The score lines as shown, for tests and the clipboard.
    QString scoreText() const;

    QPushButton* fromButton() const { return m_from; }
    QPushButton* toButton() const { return m_to; }

    static constexpr int zoom = 4;

Q_SIGNALS:
    void interpolateFrom(const QString& set, qint64 index);
    void interpolateTo(const QString& set, qint64 index);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    static QPixmap enlarged(const QImage& image);

    Detail m_detail;
    QLabel* m_title;
    QLabel* m_imageCaption;
    QLabel* m_image;
    QLabel* m_reconstructionCaption;
    QLabel* m_reconstruction;
    QLabel* m_scores;
    QLabel* m_modelNote;
    QLabel* m_interpolateTitle;
    QPushButton* m_from;
    QPushButton* m_to;
};

} // namespace negvae
