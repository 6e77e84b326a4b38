#include "evalreport.h"

#include <QJsonArray>
#include <algorithm>
#include <numeric>

namespace negvae {

namespace {

// A set name as a CSV field: quoted when it holds a comma or a quote (RFC 4180).
QString csvName(QString name)
{
    if (name.contains(QLatin1Char(',')) || name.contains(QLatin1Char('"')))
        return QLatin1Char('"') + name.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return name;
}

// Splits a CSV line into its first field, a set name that may be quoted, and the rest.
QString takeName(QString& line)
{
    QString name;
    if (!line.startsWith(QLatin1Char('"'))) {
        name = line.section(QLatin1Char(','), 0, 0);
        line = line.section(QLatin1Char(','), 1);
        return name;
    }
    // A quoted name ends at the quote that is not doubled.
    qsizetype i = 1;
    for (; i < line.size(); ++i) {
        if (line[i] == QLatin1Char('"')) {
            if (i + 1 < line.size() && line[i + 1] == QLatin1Char('"')) {
                name += QLatin1Char('"');
                ++i;
                continue;
            }
            break;
        }
        name += line[i];
    }
    line = line.mid(i + 2);
    return name;
}

} // namespace

QString roleName(ScoreRole role)
{
    switch (role) {
    case ScoreRole::Inlier:
        return QStringLiteral("inlier");
    case ScoreRole::Negative:
        return QStringLiteral("negative");
    case ScoreRole::Ood:
        break;
    }
    return QStringLiteral("ood");
}

ScoreRole roleFromName(const QString& name)
{
    if (name == QLatin1String("inlier"))
        return ScoreRole::Inlier;
    if (name == QLatin1String("negative"))
        return ScoreRole::Negative;
    return ScoreRole::Ood;
}

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
            {QStringLiteral("role"), roleName(set.role)},
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

QByteArray EvalReport::scoresCsv() const
{
    QString csv = QStringLiteral("set,role,index,label,bpd,kl,rec\n");
    for (const SetScores& set : sets) {
        const QString quotedName = csvName(set.name);
        const QString role = roleName(set.role);
        for (size_t i = 0; i < set.bpd.size(); ++i) {
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7\n")
                       .arg(quotedName, role)
                       .arg(i)
                       .arg(i < set.labels.size() ? set.labels[i] : -1)
                       .arg(set.bpd[i], 0, 'g', 7)
                       .arg(set.kl[i], 0, 'g', 7)
                       .arg(set.rec[i], 0, 'g', 7);
        }
    }
    return csv.toUtf8();
}

bool EvalReport::readScoresCsv(const QByteArray& csv, QString* error)
{
    sets.clear();
    const QList<QByteArray> lines = csv.split('\n');
    if (lines.isEmpty() || !lines.first().startsWith("set,role,index,label,bpd,kl,rec")) {
        if (error)
            *error = QStringLiteral("missing the header set,role,index,label,bpd,kl,rec");
        return false;
    }
    for (qsizetype n = 1; n < lines.size(); ++n) {
        QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty())
            continue;
        const QString name = takeName(line);
        const QStringList f = line.split(QLatin1Char(','));
        bool ok[4] = {false, false, false, false};
        const float bpd = f.value(3).toFloat(&ok[0]);
        const float kl = f.value(4).toFloat(&ok[1]);
        const float rec = f.value(5).toFloat(&ok[2]);
        const int64_t label = f.value(2).toLongLong(&ok[3]);
        if (f.size() != 6 || !ok[0] || !ok[1] || !ok[2] || !ok[3]) {
            if (error)
                *error = QStringLiteral("line %1 is malformed").arg(n + 1);
            return false;
        }
        if (sets.empty() || sets.back().name != name) {
            SetScores set;
            set.name = name;
            set.role = roleFromName(f[0]);
            sets.push_back(set);
        }
        SetScores& set = sets.back();
        set.bpd.push_back(bpd);
        set.kl.push_back(kl);
        set.rec.push_back(rec);
        set.labels.push_back(label);
    }
    return true;
}

QByteArray EvalReport::latentsCsv() const
{
    int64_t dim = 0;
    for (const SetScores& set : sets)
        dim = std::max(dim, set.latentDim);
    if (dim == 0)
        return {};
    QString csv = QStringLiteral("set,role,index");
    for (int64_t d = 1; d <= dim; ++d)
        csv += QStringLiteral(",mu_%1").arg(d);
    csv += QLatin1Char('\n');
    for (const SetScores& set : sets) {
        if (set.latentDim != dim)
            continue; // a set without latents (or of another model) has no rows
        const QString prefix = csvName(set.name) + QLatin1Char(',') + roleName(set.role) + QLatin1Char(',');
        for (int64_t i = 0; i < set.latentCount(); ++i) {
            csv += prefix + QString::number(i);
            for (int64_t d = 0; d < dim; ++d)
                csv += QLatin1Char(',') + QString::number(set.latentMeans[size_t(i * dim + d)], 'g', 6);
            csv += QLatin1Char('\n');
        }
    }
    return csv.toUtf8();
}

bool EvalReport::readLatentsCsv(const QByteArray& csv, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QList<QByteArray> lines = csv.split('\n');
    const QStringList header = QString::fromUtf8(lines.value(0)).trimmed().split(QLatin1Char(','));
    const int64_t dim = header.size() - 3;
    if (dim < 1 || header.mid(0, 3) != QStringList {QStringLiteral("set"), QStringLiteral("role"), QStringLiteral("index")})
        return fail(QStringLiteral("missing the header set,role,index,mu_1,…"));
    for (SetScores& set : sets) {
        set.latentMeans.clear();
        set.latentDim = 0;
    }
    for (qsizetype n = 1; n < lines.size(); ++n) {
        QString line = QString::fromUtf8(lines[n]).trimmed();
        if (line.isEmpty())
            continue;
        const QString name = takeName(line);
        const QStringList f = line.split(QLatin1Char(','));
        if (f.size() != dim + 2)
            return fail(QStringLiteral("line %1 has %2 values, the header names %3").arg(n + 1).arg(f.size() - 2).arg(dim));
        const auto set = std::find_if(sets.begin(), sets.end(), [&](const SetScores& s) { return s.name == name; });
        if (set == sets.end())
            continue;
        bool ok = false;
        if (f[1].toLongLong(&ok) != set->latentCount() || !ok)
            return fail(QStringLiteral("line %1: index %2 out of order").arg(n + 1).arg(f[1]));
        set->latentDim = dim;
        for (int64_t d = 0; d < dim; ++d) {
            const float value = f[2 + d].toFloat(&ok);
            if (!ok)
                return fail(QStringLiteral("line %1: mu_%2 is not a number").arg(n + 1).arg(d + 1));
            set->latentMeans.push_back(value);
        }
    }
    return true;
}

EvalReport EvalReport::fromJson(const QJsonObject& json)
{
    EvalReport report;
    report.epoch = json.value(QStringLiteral("epoch")).toInteger();
    report.step = json.value(QStringLiteral("step")).toInteger();
    for (const QJsonValue& value : json.value(QStringLiteral("sets")).toArray()) {
        SetScores set;
        set.name = value[QStringLiteral("name")].toString();
        set.role = roleFromName(value[QStringLiteral("role")].toString());
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
