#include "aboutdialog.h"

#include "buildinfo.h"
#include "plotlibrary.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace negvae {

namespace {

struct Component {
    const char* objectName;
    QString name;
    QString version;
};

QList<Component> components()
{
    // Qt is loaded at run time and may be newer than the headers: show both when they differ.
    QString qt = QString::fromLatin1(qVersion());
    if (qt != QLatin1String(QT_VERSION_STR))
        qt = AboutDialog::tr("%1 (built against %2)").arg(qt, QLatin1String(QT_VERSION_STR));
    return {
        {"negvaeVersion", QStringLiteral("negvae"), BuildInfo::version()},
        {"qtVersion", QStringLiteral("Qt"), qt},
        {"torchVersion", QStringLiteral("LibTorch"), BuildInfo::torchVersion()},
        {"openCvVersion", QStringLiteral("OpenCV"), BuildInfo::openCvVersion()},
        {"plotVersion", PlotLibrary::name(), PlotLibrary::version()},
        {"buildType", AboutDialog::tr("Build type"), BuildInfo::buildType()},
    };
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("About negvae"));

    auto* title = new QLabel(tr("<b>negvae %1</b>").arg(BuildInfo::version()), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    auto* description = new QLabel(tr("Negative sampling in variational autoencoders: train VAEs with negative "
                                      "samples and watch whether out-of-distribution images get lower likelihood."
                                      "<p>Method: Csiszárik, Benkő, Varga (2019), arXiv:1910.02760.</p>"),
                                   this);
    description->setWordWrap(true);

    auto* versions = new QFormLayout;
    for (const Component& component : components()) {
        auto* value = new QLabel(component.version, this);
        value->setObjectName(QString::fromLatin1(component.objectName));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        versions->addRow(component.name + QLatin1Char(':'), value);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy versions"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyVersions"));
    connect(copy, &QPushButton::clicked, this,
            [] { QApplication::clipboard()->setText(versionLines().join(QLatin1Char('\n')) + QLatin1Char('\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(description);
    layout->addLayout(versions);
    layout->addWidget(buttons);
    setMinimumWidth(420);
}

QStringList AboutDialog::versionLines()
{
    QStringList lines;
    for (const Component& component : components())
        lines << component.name + QStringLiteral(": ") + component.version;
    return lines;
}

} // namespace negvae
