#pragma once

#include <QLabel>

namespace negvae {

// A one-line label that, when its space is short, ends its text in "…" instead of cutting a
// word in half; the whole text is then its tooltip. For status texts in crowded toolbars.
class ElidedLabel : public QLabel {
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    void setFullText(const QString& text);
    QString fullText() const { return m_fullText; }
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updateShownText();

    QString m_fullText;
};

} // namespace negvae
