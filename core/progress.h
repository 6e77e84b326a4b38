#pragma once

#include <QString>
#include <functional>

namespace negvae {

// Reports how far a long piece of work (loading, rendering, training) has come. `done` of
// `total` units; `what` names the work in a few words for a status line.
using ProgressCallback = std::function<void(qint64 done, qint64 total, const QString& what)>;

} // namespace negvae
