// libFuzzer target: ExperimentConfig's JSON reader. Problems must come back as ConfigError
// entries (or ConfigException from the throwing form); a config read without problems must
// survive writing and reading back unchanged. Anything else is a finding.
#include "experimentconfig.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>

using namespace negvae;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char*>(data), qsizetype(size));
    QList<ConfigError> errors;
    const ExperimentConfig config = ExperimentConfig::fromJsonText(text, &errors);
    for (const ConfigError& error : errors)
        (void)error.toString();
    bool threw = false;
    try {
        ExperimentConfig::parseOrThrow(text, QStringLiteral("fuzz.json"));
    } catch (const ConfigException& e) {
        threw = true;
        if (e.errors() != errors)
            std::abort(); // the two entry points must agree
    }
    if (threw != !errors.isEmpty())
        std::abort();
    if (errors.isEmpty()) {
        QList<ConfigError> again;
        const ExperimentConfig back = ExperimentConfig::fromJsonText(config.toJsonText(), &again);
        if (!again.isEmpty() || back != config) {
            std::fprintf(stderr, "config round trip changed the config:\n%s\n",
                         config.toJsonText().constData());
            for (const ConfigError& error : again)
                std::fprintf(stderr, "  %s\n", qPrintable(error.toString()));
            std::abort();
        }
    }
    return 0;
}
