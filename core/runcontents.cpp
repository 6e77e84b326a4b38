#include "runcontents.h"

#include "runstore.h"

#include <QFileInfo>

namespace negvae {

RunContents RunContents::read(const QString& folder, const ProgressCallback& progress)
{
    const RunStore store(folder);
    RunContents contents;
    contents.folder = folder;
    contents.config = store.readConfig();
    contents.metrics = store.readMetrics();
    const QStringList files = store.evaluationFiles();
    const qint64 total = files.size() + 1;
    if (progress)
        progress(1, total, QStringLiteral("metrics"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        contents.evaluations.push_back(store.readEvaluationWithScores(files[i]));
        if (progress)
            progress(i + 2, total, QFileInfo(files[i]).fileName());
    }
    return contents;
}

} // namespace negvae
