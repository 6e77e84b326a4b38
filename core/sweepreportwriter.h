#pragma once

#include "sweepreport.h"

#include <QByteArray>
#include <QString>

namespace negvae {

// A SweepReport in the paper's layout as Markdown (one table per noise model), CSV (one row
// per inlier → OOD pair and score, mean / std / n columns per noise model and source) and
// LaTeX (booktabs, noise models as column groups). Every format states the metric's
// convention and lists the runs that were left out.
class SweepReportWriter {
public:
    explicit SweepReportWriter(const SweepReport& report, int digits = 2);

    QString markdown() const;
    QByteArray csv() const;
    QString latex() const;

    // "0.46 (0.05)", "0.46 (–)" for a single run, "–" for no run; " n=3" appended when
    // the cells do not all have the same number of runs.
    QString cellText(int row, int column) const;

private:
    QString rowTitle(int row) const;

    const SweepReport& m_report;
    int m_digits;
};

} // namespace negvae
