#include "sweepplan.h"

#include "configerror.h"
#include "jsontext.h"
#include "runstore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>

namespace negvae {

namespace {

} // namespace

QString SweepPlan::actionName(Action action)
{
    switch (action) {
    case Action::Resume:
        return QStringLiteral("resume");
    case Action::Skip:
        return QStringLiteral("skip");
    case Action::Refuse:
        return QStringLiteral("refuse");
    case Action::Start:
        break;
    }
    return QStringLiteral("start");
}

bool SweepPlan::isFinished(const RunStore& store, const ExperimentConfig& config)
{
    // The same name RunStore::writeEvaluation gives it; the last epoch is always evaluated.
    const QString name = QStringLiteral("eval/epoch_%1.json").arg(config.training.epochs, 3, 10, QLatin1Char('0'));
    return QFileInfo(store.path(name)).isFile();
}

QStringList SweepPlan::differences(const ExperimentConfig& stored, const ExperimentConfig& wanted)
{
    QMap<QString, QJsonValue> a;
    QMap<QString, QJsonValue> b;
    JsonText::flatten(stored.toJson(), QString(), a);
    JsonText::flatten(wanted.toJson(), QString(), b);
    QStringList paths = a.keys();
    for (const QString& path : b.keys()) {
        if (!a.contains(path))
            paths.append(path);
    }
    QStringList result;
    for (const QString& path : paths) {
        if (path == QLatin1String("name") || path == QLatin1String("training.threads"))
            continue;
        const QJsonValue here = a.value(path, QJsonValue(QJsonValue::Undefined));
        const QJsonValue there = b.value(path, QJsonValue(QJsonValue::Undefined));
        if (here != there)
            result.append(QStringLiteral("%1: %2 here, %3 wanted").arg(path, JsonText::compact(here), JsonText::compact(there)));
    }
    return result;
}

void SweepPlan::adoptThreads(const QString& folder, int64_t threads)
{
    const RunStore store(folder);
    ExperimentConfig stored = store.readConfig();
    if (stored.training.threads == threads)
        return;
    stored.training.threads = threads;
    stored.saveFile(store.path(QStringLiteral("config.json")));
}

SweepPlan::Decision SweepPlan::decide(const QString& folder, const ExperimentConfig& wanted)
{
    const RunStore store(folder);
    const QDir dir(folder);
    if (!dir.exists() || dir.entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty())
        return {Action::Start, QStringLiteral("new run")};
    if (!store.exists()) {
        return {Action::Refuse,
            QStringLiteral("%1 holds files but no run (no config.json); move them away or sweep "
                           "into another folder")
                .arg(folder)};
    }
    ExperimentConfig stored;
    try {
        stored = store.readConfig();
    } catch (const ConfigException& error) {
        return {Action::Refuse,
            QStringLiteral("the run's config.json cannot be read (%1); remove the folder to start it "
                           "again")
                .arg(error.message())};
    }
    const QStringList changed = differences(stored, wanted);
    if (!changed.isEmpty()) {
        return {Action::Refuse,
            QStringLiteral("%1 holds a different experiment (%2); remove the folder or sweep into "
                           "another folder")
                .arg(folder, changed.join(QStringLiteral("; ")))};
    }
    if (isFinished(store, stored))
        return {Action::Skip, QStringLiteral("finished")};
    if (store.hasCheckpoint())
        return {Action::Resume, QStringLiteral("resumes from its checkpoint")};
    return {Action::Resume, QStringLiteral("has no checkpoint yet: starts over in its folder")};
}

} // namespace negvae
