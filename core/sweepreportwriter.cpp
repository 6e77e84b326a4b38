#include "sweepreportwriter.h"

#include "scorecatalog.h"

#include <algorithm>
#include <cmath>

namespace negvae {

namespace {

QString scoreTitle(const QString& score)
{
    return ScoreCatalog::title(score);
}

QString csvField(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString csvNumber(double value)
{
    return std::isfinite(value) ? QString::number(value, 'g', 8) : QString();
}

QString latexEscape(const QString& text)
{
    QString out;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\textbackslash{}");
            break;
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
            out += QLatin1Char('\\') + c;
            break;
        case '~':
            out += QStringLiteral("\\textasciitilde{}");
            break;
        case '^':
            out += QStringLiteral("\\textasciicircum{}");
            break;
        case 0x03C3: // σ
            out += QStringLiteral("$\\sigma$");
            break;
        case 0x2192: // →
            out += QStringLiteral("$\\to$");
            break;
        case 0x2013: // –
            out += QStringLiteral("--");
            break;
        default:
            out += c;
        }
    }
    return out;
}

QString markdownEscape(const QString& text)
{
    QString out = text;
    return out.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

SweepReportWriter::SweepReportWriter(const SweepReport& report, int digits)
    : m_report(report)
    , m_digits(digits)
{
}

QString SweepReportWriter::rowTitle(int row) const
{
    const SweepReport::Row& r = m_report.rows().at(row);
    return r.inlier + QStringLiteral(" → ") + r.ood;
}

QString SweepReportWriter::cellText(int row, int column) const
{
    const SweepReport::Cell& cell = m_report.cell(row, column);
    if (cell.n() == 0)
        return QStringLiteral("–");
    const double std = cell.std();
    QString text = QStringLiteral("%1 (%2)")
                       .arg(cell.mean(), 0, 'f', m_digits)
                       .arg(std::isfinite(std) ? QString::number(std, 'f', m_digits) : QStringLiteral("–"));
    if (m_report.uniformN() == 0)
        text += QStringLiteral(" n=%1").arg(cell.n());
    return text;
}

QString SweepReportWriter::markdown() const
{
    const QString metric = OodMetrics::name(m_report.options().metric);
    const int n = m_report.uniformN();
    QString text = QStringLiteral("%1, mean (std) over %2; %3 run(s).\n")
                       .arg(metric,
                           n > 0 ? QStringLiteral("%1 seed(s) per cell").arg(n)
                                 : QStringLiteral("the seeds of each cell (n given)"))
                       .arg(m_report.runsUsed());
    if (m_report.rows().isEmpty())
        text += QStringLiteral("\nNo finished run with an evaluation was found.\n");
    for (NoiseModel model : m_report.noiseModels()) {
        const QList<int> columns = m_report.columnsOf(model);
        text += QStringLiteral("\n### %1 noise model\n\n| inlier → OOD | score |")
                    .arg(SweepReport::noiseModelTitle(model));
        for (int c : columns)
            text += QLatin1Char(' ') + markdownEscape(m_report.columns().at(c).label) + QStringLiteral(" |");
        text += QStringLiteral("\n|---|---|");
        for (qsizetype i = 0; i < columns.size(); ++i)
            text += QStringLiteral("---|");
        text += QLatin1Char('\n');
        // Each noise model's table shows only the inlier → OOD pairs its runs were scored on.
        int previous = -1;
        for (int r = 0; r < int(m_report.rows().size()); ++r) {
            if (std::none_of(columns.begin(), columns.end(), [&](int c) { return m_report.cell(r, c).n() > 0; }))
                continue;
            const bool first = previous < 0 || rowTitle(r) != rowTitle(previous);
            previous = r;
            text += QStringLiteral("| %1 | %2 |")
                        .arg(first ? markdownEscape(rowTitle(r)) : QString(), scoreTitle(m_report.rows().at(r).score));
            for (int c : columns)
                text += QLatin1Char(' ') + cellText(r, c) + QStringLiteral(" |");
            text += QLatin1Char('\n');
        }
    }
    text += QLatin1Char('\n') + m_report.conventions() + QLatin1Char('\n');
    if (!m_report.notes().isEmpty()) {
        text += QStringLiteral("\nLeft out or incomplete:\n");
        for (const QString& note : m_report.notes())
            text += QStringLiteral("- %1\n").arg(markdownEscape(note));
    }
    return text;
}

QByteArray SweepReportWriter::csv() const
{
    QStringList header {
        QStringLiteral("metric"), QStringLiteral("inlier"), QStringLiteral("ood"), QStringLiteral("score")};
    for (const SweepReport::Column& column : m_report.columns()) {
        const QString name = jsonName(column.noiseModel) + QLatin1Char('/') + column.label;
        header << name + QStringLiteral(" mean") << name + QStringLiteral(" std") << name + QStringLiteral(" n");
    }
    header << QStringLiteral("convention");
    QString text;
    for (const QString& field : header)
        text += (text.isEmpty() ? QString() : QStringLiteral(",")) + csvField(field);
    text += QLatin1Char('\n');
    const QString metric = OodMetrics::key(m_report.options().metric);
    for (int r = 0; r < int(m_report.rows().size()); ++r) {
        const SweepReport::Row& row = m_report.rows().at(r);
        QStringList fields {metric, row.inlier, row.ood, row.score};
        for (int c = 0; c < int(m_report.columns().size()); ++c) {
            const SweepReport::Cell& cell = m_report.cell(r, c);
            fields << csvNumber(cell.mean()) << csvNumber(cell.std()) << QString::number(cell.n());
        }
        fields << m_report.conventions();
        QStringList quoted;
        for (const QString& field : fields)
            quoted << csvField(field);
        text += quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QString SweepReportWriter::latex() const
{
    const QList<NoiseModel> models = m_report.noiseModels();
    QList<int> order;
    for (NoiseModel model : models)
        order += m_report.columnsOf(model);
    QString text = QStringLiteral("% negvae report: %1\n% Needs \\usepackage{booktabs}.\n").arg(m_report.conventions());
    for (const QString& note : m_report.notes())
        text += QStringLiteral("% left out or incomplete: %1\n").arg(note);
    text += QStringLiteral("\\begin{tabular}{ll%1}\n\\toprule\n").arg(QString(order.size(), QLatin1Char('c')));
    // Noise models as column groups above their sources.
    text += QStringLiteral(" & ");
    QString rules;
    int first = 3;
    for (NoiseModel model : models) {
        const int span = int(m_report.columnsOf(model).size());
        text += QStringLiteral(" & \\multicolumn{%1}{c}{%2}")
                    .arg(span)
                    .arg(latexEscape(SweepReport::noiseModelTitle(model)));
        rules += QStringLiteral("\\cmidrule(lr){%1-%2}").arg(first).arg(first + span - 1);
        first += span;
    }
    text += QStringLiteral(" \\\\\n") + rules + QLatin1Char('\n');
    text += QStringLiteral("inlier $\\to$ OOD & score");
    for (int c : order)
        text += QStringLiteral(" & ") + latexEscape(m_report.columns().at(c).label);
    text += QStringLiteral(" \\\\\n\\midrule\n");
    for (int r = 0; r < int(m_report.rows().size()); ++r) {
        const bool firstOfPair = r == 0 || rowTitle(r) != rowTitle(r - 1);
        text += (firstOfPair ? latexEscape(rowTitle(r)) : QString()) + QStringLiteral(" & ")
            + scoreTitle(m_report.rows().at(r).score);
        for (int c : order)
            text += QStringLiteral(" & ") + latexEscape(cellText(r, c));
        text += QStringLiteral(" \\\\\n");
    }
    text += QStringLiteral("\\bottomrule\n\\end{tabular}\n");
    return text;
}

} // namespace negvae
