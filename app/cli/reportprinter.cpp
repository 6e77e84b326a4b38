#include "reportprinter.h"

using namespace negvae;

QString ReportPrinter::format(const EvalReport& report)
{
    QString text = QStringLiteral("Evaluation after epoch %1 (step %2)\n").arg(report.epoch).arg(report.step);
    text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                .arg(QStringLiteral("set").leftJustified(28), QStringLiteral("role").leftJustified(8),
                     QStringLiteral("mean BPD").rightJustified(9), QStringLiteral("mean KL").rightJustified(9),
                     QStringLiteral("mean REC").rightJustified(9));
    for (const SetScores& set : report.sets) {
        text += QStringLiteral("  %1 %2 %3 %4 %5\n")
                    .arg(set.name.leftJustified(28), roleName(set.role).leftJustified(8))
                    .arg(set.mean(set.bpd), 9, 'f', 4).arg(set.mean(set.kl), 9, 'f', 2).arg(set.mean(set.rec), 9, 'f', 2);
    }
    if (report.metrics.empty())
        return text;
    text += QStringLiteral("\n  %1 %2").arg(QStringLiteral("OOD set").leftJustified(28), QStringLiteral("score").leftJustified(6));
    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        text += OodMetrics::name(metric).rightJustified(11);
    text += QLatin1Char('\n');
    for (const MetricRow& row : report.metrics) {
        text += QStringLiteral("  %1 %2").arg(row.oodSet.leftJustified(28), row.score.toUpper().leftJustified(6));
        for (OodMetrics::Metric metric : OodMetrics::allMetrics())
            text += QString::number(OodMetrics::value(row.values, metric), 'f', 4).rightJustified(11);
        text += QLatin1Char('\n');
    }
    text += QStringLiteral("\n  Conventions:\n");
    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        text += QStringLiteral("    %1\n").arg(OodMetrics::convention(metric));
    return text;
}
