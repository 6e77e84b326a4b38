#include "exportflow.h"

#include "messagelog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace negvae {

namespace {

// Where the next export dialog starts: the folder of the last export, from any widget.
QString& lastExportDirectory()
{
    static QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return directory;
}

ExportFlow::FailureDialog& failureDialog()
{
    static ExportFlow::FailureDialog dialog = [](QWidget* parent, const QString& title, const QString& text) {
        QMessageBox::warning(parent, title, text);
    };
    return dialog;
}

} // namespace

QString ExportFlow::askSavePath(QWidget* parent, const QString& title, const QString& baseName, const QString& suffix,
                                const QString& filter)
{
    const QString proposed = QDir(lastExportDirectory()).filePath(baseName + u'.' + suffix);
    QString path = QFileDialog::getSaveFileName(parent, title, proposed, filter);
    if (path.isEmpty())
        return path;
    if (QFileInfo(path).suffix().compare(suffix, Qt::CaseInsensitive) != 0)
        path += u'.' + suffix;
    lastExportDirectory() = QFileInfo(path).absolutePath();
    return path;
}

QString ExportFlow::askFolder(QWidget* parent, const QString& title)
{
    const QString folder = QFileDialog::getExistingDirectory(parent, title, lastExportDirectory());
    if (!folder.isEmpty())
        lastExportDirectory() = folder;
    return folder;
}

void ExportFlow::report(QWidget* parent, bool ok, const QString& what, const QString& path, const QString& error)
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (ok) {
        MessageLog::info(tr("%1 exported to %2").arg(what, shownPath));
        return;
    }
    const QString text = error.isEmpty() ? tr("Could not write %1.").arg(shownPath) : error;
    MessageLog::error(tr("export of %1 failed: %2").arg(what, text));
    if (failureDialog())
        failureDialog()(parent, tr("Export failed"), text);
}

void ExportFlow::setFailureDialog(FailureDialog dialog)
{
    failureDialog() = std::move(dialog);
}

} // namespace negvae
