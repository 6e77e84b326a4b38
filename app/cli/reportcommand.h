#pragma once

#include <QStringList>

// `negvae report DIR`: the results of every run folder under DIR in the paper's layout
// (inlier → OOD rows, noise model and source-of-negatives columns, mean (std) over seeds),
// printed and written as Markdown, CSV and LaTeX.
class ReportCommand {
public:
    static int run(const QStringList& arguments);
};
