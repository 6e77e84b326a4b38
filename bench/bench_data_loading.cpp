// Prints how long loading the real Fashion-MNIST (gzip IDX) and MNIST (raw IDX) train sets
// takes, and what they cost in memory: the uint8 tensors and the process's resident growth.
#include "datasetregistry.h"
#include "dataerror.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>
#include <algorithm>
#include <vector>

using namespace negvae;

namespace {

// Resident set size in MiB from /proc/self/status (Linux).
double residentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const DatasetRegistry registry;
    const int repeats = 5;
    out << "set             source                                   median ms   min ms   tensor MiB   RSS growth MiB\n";
    for (const QString& name : {QStringLiteral("fashion-mnist"), QStringLiteral("mnist")}) {
        const DatasetInfo info = registry.info(name);
        if (!info.available) {
            out << name << ": not available (" << info.problem << "); " << info.installHint << '\n';
            continue;
        }
        std::vector<double> millis;
        double tensorMiB = 0;
        double rssGrowth = 0;
        for (int i = 0; i < repeats; ++i) {
            const double before = residentMiB();
            QElapsedTimer timer;
            timer.start();
            DatasetRequest request;
            request.name = name;
            const ImageSet set = registry.load(request);
            millis.push_back(timer.nsecsElapsed() / 1e6);
            tensorMiB = (set.images().nbytes() + set.labels().nbytes()) / 1048576.0;
            rssGrowth = std::max(rssGrowth, residentMiB() - before);
        }
        std::sort(millis.begin(), millis.end());
        out << name.leftJustified(16) << info.location.leftJustified(41) << QString::number(millis[repeats / 2], 'f', 1).rightJustified(9)
            << QString::number(millis.front(), 'f', 1).rightJustified(9) << QString::number(tensorMiB, 'f', 1).rightJustified(13)
            << QString::number(rssGrowth, 'f', 1).rightJustified(17) << '\n';
    }
    return 0;
}
