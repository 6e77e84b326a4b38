#pragma once

#include <QObject>
#include <QString>
#include <functional>

class QThread;

namespace negvae {

// Runs slow work (reading a run folder, writing many files) on a short-lived thread of its
// own so the window never freezes, and brings the outcome back to the GUI thread. The work
// may throw: its message is handed to `finished` instead of reaching the event loop.
class BackgroundTask {
public:
    // Starts `work` on a new thread named `name`, parented to `owner`. `finished` runs on the
    // owner's thread with the error text (empty on success); not at all once the owner is gone.
    static QThread* start(QObject* owner, const QString& name, std::function<void()> work,
                          std::function<void(const QString& error)> finished);
    // Waits for every task still running under `owner` (its destructor must, or a thread
    // would outlive the objects it writes to).
    static void waitForAll(QObject* owner);
    // How far the work has come (the signature of core's ProgressCallback).
    using Progress = std::function<void(qint64 done, qint64 total, const QString& what)>;
    // A Progress, callable from any thread, that forwards to `show` on the owner's thread
    // (queued, so the worker never waits for a redraw).
    static Progress relayProgress(QObject* owner, Progress show);
};

} // namespace negvae
