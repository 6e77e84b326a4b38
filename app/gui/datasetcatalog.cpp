#include "datasetcatalog.h"

#include "datasetregistry.h"

namespace negvae {

QList<DatasetChoice> DatasetCatalog::fromRegistry()
{
    QList<DatasetChoice> choices;
    for (const DatasetInfo& info : DatasetRegistry().list()) {
        DatasetChoice choice;
        choice.name = info.name;
        choice.description = info.description;
        choice.available = info.available;
        if (!info.available)
            choice.problem = info.problem + QStringLiteral("; ") + info.installHint;
        choices << choice;
    }
    return choices;
}

} // namespace negvae
