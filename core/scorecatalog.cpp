#include "scorecatalog.h"

namespace negvae {

QStringList ScoreCatalog::baseNames()
{
    return {QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("rec")};
}

QStringList ScoreCatalog::extraNames()
{
    return {QStringLiteral("bpd_iw"), QStringLiteral("complexity"), QStringLiteral("likelihood_ratio"),
            QStringLiteral("regret")};
}

QStringList ScoreCatalog::allNames()
{
    return baseNames() + extraNames();
}

bool ScoreCatalog::isKnown(const QString& name)
{
    return allNames().contains(name);
}

QString ScoreCatalog::title(const QString& name)
{
    if (name == QLatin1String("bpd_iw"))
        return QStringLiteral("BPD-IW");
    if (name == QLatin1String("complexity"))
        return QStringLiteral("S (complexity)");
    if (name == QLatin1String("likelihood_ratio"))
        return QStringLiteral("LR (background)");
    if (name == QLatin1String("regret"))
        return QStringLiteral("Regret");
    return name.toUpper();
}

QString ScoreCatalog::convention(const QString& name)
{
    if (name == QLatin1String("bpd"))
        return QStringLiteral("bpd = -ELBO/(D ln 2) in bits per dimension (one z sample per image drawn with the "
                              "evaluation seed; not comparable with BPD of discrete 0..255 models); higher = more anomalous");
    if (name == QLatin1String("kl"))
        return QStringLiteral("kl = KL(q(z|x) || p(z)) in nats; higher = more anomalous");
    if (name == QLatin1String("rec"))
        return QStringLiteral("rec = -E log p(x|z) in nats (one z sample); higher = more anomalous");
    if (name == QLatin1String("bpd_iw"))
        return QStringLiteral("bpd_iw = -log p_K(x)/(D ln 2), the importance-weighted (IWAE) bound with K posterior "
                              "samples, in bits per dimension; a tighter likelihood estimate than bpd (bpd_iw <= bpd on "
                              "average); higher = more anomalous");
    if (name == QLatin1String("complexity"))
        return QStringLiteral("complexity = bpd - L(x), L(x) = the 8-bit image's compressed length in bits per dimension "
                              "(Serra et al. 2020, input complexity); higher = more anomalous");
    if (name == QLatin1String("likelihood_ratio"))
        return QStringLiteral("likelihood_ratio = bpd(model) - bpd(background model), in bits per dimension: minus the "
                              "log likelihood ratio of Ren et al. 2019 per dimension, the background model trained on "
                              "inliers with uniformly replaced pixels; higher = more anomalous");
    if (name == QLatin1String("regret"))
        return QStringLiteral("regret = bpd with the encoder's posterior - bpd with the posterior re-optimised for the "
                              "image alone (Xiao et al. 2020, likelihood regret), bits per dimension, >= 0; higher = "
                              "more anomalous");
    return {};
}

} // namespace negvae
