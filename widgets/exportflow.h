#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QWidget;

namespace negvae {

// The steps every "Export…" button shares: ask where (starting in the folder of the last
// export, with the right suffix), then tell the user how it went — the log hears of every
// export, and a failure also gets a dialog, because the user asked for that file and must act
// (choose another folder, free space).
class ExportFlow {
    Q_DECLARE_TR_FUNCTIONS(ExportFlow)

public:
    // A save-file dialog proposing `baseName`.`suffix`; the returned path always ends in
    // .`suffix`. Empty when the user cancelled.
    static QString askSavePath(QWidget* parent, const QString& title, const QString& baseName, const QString& suffix,
                               const QString& filter);
    // A folder dialog starting in the last export folder. Empty when the user cancelled.
    static QString askFolder(QWidget* parent, const QString& title);
    // Logs "<what> exported to <path>" or, when !ok, an error naming the path and `error`
    // (or a generic "could not write") and shows it in a dialog.
    static void report(QWidget* parent, bool ok, const QString& what, const QString& path, const QString& error = {});

    // Shows a failed export's message; the default is a warning box. Tests replace it.
    using FailureDialog = std::function<void(QWidget* parent, const QString& title, const QString& text)>;
    static void setFailureDialog(FailureDialog dialog);
};

} // namespace negvae
