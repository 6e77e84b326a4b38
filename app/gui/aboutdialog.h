#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

namespace negvae {

// Help ▸ About: what negvae is, and the versions of negvae and of every library it was built
// with (Qt at run time and at build time, LibTorch, OpenCV, QCustomPlot) plus the build type —
// what a bug report needs, with a button that copies it as plain text.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    // One "Name: version" line per component, as the dialog shows them and Copy copies them.
    static QStringList versionLines();
};

} // namespace negvae
