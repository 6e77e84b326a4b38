#include "reportprinter.h"

#include "scorecatalog.h"

using namespace negvae;

QString ReportPrinter::format(const EvalReport& report)
{
    const QStringList extras = report.availableScores().mid(EvalReport::scoreNames().size());
    QString text = QStringLiteral("Evaluation after epoch %1 (step %2)\n").arg(report.epoch).arg(report.step);
    text += QStringLiteral("  %1 %2 %3 %4 %5")
                .arg(QStringLiteral("set").leftJustified(28), QStringLiteral("role").leftJustified(8),
                     QStringLiteral("mean BPD").rightJustified(9), QStringLiteral("mean KL").rightJustified(9),
                     QStringLiteral("mean REC").rightJustified(9));
    for (const QString& score : extras)
        text += QLatin1Char(' ') + (QStringLiteral("mean ") + score).rightJustified(22);
    text += QLatin1Char('\n');
    for (const SetScores& set : report.sets) {
        text += QStringLiteral("  %1 %2 %3 %4 %5")
                    .arg(set.name.leftJustified(28), roleName(set.role).leftJustified(8))
                    .arg(set.mean(set.bpd), 9, 'f', 4).arg(set.mean(set.kl), 9, 'f', 2).arg(set.mean(set.rec), 9, 'f', 2);
        for (const QString& score : extras)
            text += QLatin1Char(' ') + QString::number(set.mean(EvalReport::scores(set, score)), 'f', 4).rightJustified(22);
        text += QLatin1Char('\n');
    }
    if (report.metrics.empty())
        return text;
    // Wide enough for the longest score title ("LR (background)").
    const int scoreWidth = report.availableScores().size() > EvalReport::scoreNames().size() ? 16 : 6;
    text += QStringLiteral("\n  %1 %2").arg(QStringLiteral("OOD set").leftJustified(28), QStringLiteral("score").leftJustified(scoreWidth));
    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        text += OodMetrics::name(metric).rightJustified(11);
    text += QLatin1Char('\n');
    for (const MetricRow& row : report.metrics) {
        text += QStringLiteral("  %1 %2").arg(row.oodSet.leftJustified(28), ScoreCatalog::title(row.score).leftJustified(scoreWidth));
        for (OodMetrics::Metric metric : OodMetrics::allMetrics())
            text += QString::number(OodMetrics::value(row.values, metric), 'f', 4).rightJustified(11);
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("\n  Conventions:\n");
    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        text += QStringLiteral("    %1\n").arg(OodMetrics::convention(metric));
    for (const QString& score : report.availableScores())
        text += QStringLiteral("    %1\n").arg(ScoreCatalog::convention(score));
    return text;
}
