#pragma once

// Process exit codes of the negvae CLI, documented in `negvae --help`.
namespace ExitCode {
enum : int {
    Ok = 0,
    Failure = 1,     // training or evaluation failed
    Usage = 2,       // bad command line
    DataProblem = 3, // a data set is missing or unreadable
    BadConfig = 4,   // the experiment configuration is invalid
    Interrupted = 130, // stopped by Ctrl-C after saving a checkpoint
};
}
