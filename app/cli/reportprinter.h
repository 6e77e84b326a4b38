#pragma once

#include "evalreport.h"

#include <QString>

// The evaluation table the CLI prints: mean scores per set, then every metric per OOD set
// and score, with the conventions spelled out once underneath.
class ReportPrinter {
public:
    static QString format(const negvae::EvalReport& report);
};
