#pragma once

#include <QStringList>

// `negvae eval`: scores a run's latest checkpoint against its OOD sets or others given.
class EvalCommand {
public:
    static int run(const QStringList& arguments);
};
