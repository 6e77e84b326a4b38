#include "evalreport.h"

#include <QJsonArray>
#include <numeric>

namespace negvae {

double SetScores::mean(const std::vector<float>& values) const
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    return std::accumulate(values.begin(), values.end(), 0.0) / double(values.size());
}

QStringList EvalReport::scoreNames()
{
    return {QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("rec")};
}

const std::vector<float>& EvalReport::scores(const SetScores& set, const QString& score)
{
    if (score == QLatin1String("kl"))
        return set.kl;
    if (score == QLatin1String("rec"))
        return set.rec;
    return set.bpd;
}

const MetricRow* EvalReport::find(const QString& oodSet, const QString& score) const
{
    for (const MetricRow& row : metrics)
        if (row.oodSet == oodSet && row.score == score)
            return &row;
    return nullptr;
}

QJsonObject EvalReport::toJson() const
{
    QJsonObject conventions;
    for (OodMetrics::Metric metric : OodMetrics::allMetrics())
        conventions.insert(OodMetrics::key(metric), OodMetrics::convention(metric));
    conventions.insert(QStringLiteral("scores"),
                       QStringLiteral("per image, higher = more anomalous: bpd = -ELBO/(D ln 2) (bits per dimension; "
                                      "not comparable with BPD of discrete 0..255 models), kl = KL(q(z|x) || p(z)) in nats, "
                                      "rec = -E log p(x|z) in nats; the ELBO uses one z sample per image drawn with the "
                                      "evaluation seed"));

    QJsonArray sets;
    for (const SetScores& set : this->sets) {
        sets.append(QJsonObject {
            {QStringLiteral("name"), set.name},
            {QStringLiteral("role"), set.inlier ? QStringLiteral("inlier") : QStringLiteral("ood")},
            {QStringLiteral("images"), qint64(set.bpd.size())},
            {QStringLiteral("mean_bpd"), set.mean(set.bpd)},
            {QStringLiteral("mean_kl"), set.mean(set.kl)},
            {QStringLiteral("mean_rec"), set.mean(set.rec)},
        });
    }
    QJsonArray rows;
    for (const MetricRow& row : metrics) {
        QJsonObject object {{QStringLiteral("ood_set"), row.oodSet}, {QStringLiteral("score"), row.score}};
        for (OodMetrics::Metric metric : OodMetrics::allMetrics())
            object.insert(OodMetrics::key(metric), OodMetrics::value(row.values, metric));
        rows.append(object);
    }
    return QJsonObject {
        {QStringLiteral("epoch"), qint64(epoch)},
        {QStringLiteral("step"), qint64(step)},
        {QStringLiteral("conventions"), conventions},
        {QStringLiteral("sets"), sets},
        {QStringLiteral("metrics"), rows},
    };
}

EvalReport EvalReport::fromJson(const QJsonObject& json)
{
    EvalReport report;
    report.epoch = json.value(QStringLiteral("epoch")).toInteger();
    report.step = json.value(QStringLiteral("step")).toInteger();
    for (const QJsonValue& value : json.value(QStringLiteral("sets")).toArray()) {
        SetScores set;
        set.name = value[QStringLiteral("name")].toString();
        set.inlier = value[QStringLiteral("role")].toString() == QLatin1String("inlier");
        report.sets.push_back(set);
    }
    for (const QJsonValue& value : json.value(QStringLiteral("metrics")).toArray()) {
        MetricRow row;
        row.oodSet = value[QStringLiteral("ood_set")].toString();
        row.score = value[QStringLiteral("score")].toString();
        row.values.auroc = value[QStringLiteral("auroc")].toDouble();
        row.values.auprIn = value[QStringLiteral("aupr_in")].toDouble();
        row.values.auprOut = value[QStringLiteral("aupr_out")].toDouble();
        row.values.fpr95 = value[QStringLiteral("fpr95")].toDouble();
        report.metrics.push_back(row);
    }
    return report;
}

} // namespace negvae
