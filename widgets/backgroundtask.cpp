#include "backgroundtask.h"

#include <QPointer>
#include <QThread>
#include <exception>
#include <memory>

namespace negvae {

QThread* BackgroundTask::start(QObject* owner, const QString& name, std::function<void()> work,
                               std::function<void(const QString& error)> finished)
{
    auto error = std::make_shared<QString>();
    QThread* thread = QThread::create([work = std::move(work), error] {
        try {
            work();
        } catch (const std::exception& e) {
            *error = QString::fromUtf8(e.what());
        } catch (...) {
            *error = QStringLiteral("unexpected error");
        }
    });
    thread->setObjectName(name);
    thread->setParent(owner);
    // Connected with the owner as context: runs on its thread, and never after it is deleted.
    QObject::connect(thread, &QThread::finished, owner, [thread, error, finished = std::move(finished)] {
        thread->deleteLater();
        finished(*error);
    });
    thread->start(QThread::LowPriority);
    return thread;
}

void BackgroundTask::waitForAll(QObject* owner)
{
    for (QThread* thread : owner->findChildren<QThread*>(Qt::FindDirectChildrenOnly))
        thread->wait();
}

BackgroundTask::Progress BackgroundTask::relayProgress(QObject* owner, Progress show)
{
    QPointer<QObject> guard(owner);
    return [guard, show = std::move(show)](qint64 done, qint64 total, const QString& what) {
        if (guard)
            QMetaObject::invokeMethod(guard, [show, done, total, what] { show(done, total, what); }, Qt::QueuedConnection);
    };
}

} // namespace negvae
