#include "evalreport.h"

#include "scorecatalog.h"

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

const std::vector<float>* SetScores::extraScores(const QString& name) const
{
    for (const NamedScores& score : extra)
        if (score.name == name)
            return &score.values;
    return nullptr;
}

void SetScores::setExtraScores(const QString& name, std::vector<float> values)
{
    for (NamedScores& score : extra) {
        if (score.name == name) {
            score.values = std::move(values);
            return;
        }
    }
    extra.push_back({name, std::move(values)});
    // Catalog order, so every file and table lists the scores alike whatever order they came in.
    const QStringList order = ScoreCatalog::extraNames();
    std::stable_sort(extra.begin(), extra.end(), [&](const NamedScores& a, const NamedScores& b) {
        return order.indexOf(a.name) < order.indexOf(b.name);
    });
}

QStringList EvalReport::scoreNames()
{
    return ScoreCatalog::baseNames();
}

QStringList EvalReport::availableScores() const
{
    QStringList names = scoreNames();
    for (const QString& name : ScoreCatalog::extraNames()) {
        bool everySet = !sets.empty() && std::all_of(sets.begin(), sets.end(), [&](const SetScores& set) {
            return set.extraScores(name) != nullptr;
        });
        // A summary read from json has no per-image scores; its metrics say what it holds.
        if (sets.empty() || sets.front().bpd.empty())
            everySet = std::any_of(metrics.begin(), metrics.end(), [&](const MetricRow& row) { return row.score == name; });
        if (everySet)
            names.append(name);
    }
    return names;
}

const std::vector<float>& EvalReport::scores(const SetScores& set, const QString& score)
{
    static const std::vector<float> none;
    if (score == QLatin1String("bpd"))
        return set.bpd;
    if (score == QLatin1String("kl"))
        return set.kl;
    if (score == QLatin1String("rec"))
        return set.rec;
    const std::vector<float>* values = set.extraScores(score);
    return values ? *values : none;
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
    // Each score's own sentence, the opt-in ones included, so a reader of one file needs no other.
    QJsonObject perScore;
    for (const QString& name : availableScores())
        perScore.insert(name, ScoreCatalog::convention(name));
    conventions.insert(QStringLiteral("score_conventions"), perScore);

    QJsonArray sets;
    for (const SetScores& set : this->sets) {
        QJsonObject object {
            {QStringLiteral("name"), set.name},
            {QStringLiteral("role"), roleName(set.role)},
            {QStringLiteral("images"), qint64(set.bpd.size())},
            {QStringLiteral("mean_bpd"), set.mean(set.bpd)},
            {QStringLiteral("mean_kl"), set.mean(set.kl)},
            {QStringLiteral("mean_rec"), set.mean(set.rec)},
        };
        for (const NamedScores& score : set.extra)
            object.insert(QStringLiteral("mean_") + score.name, set.mean(score.values));
        sets.append(object);
    }
    QJsonArray rows;
    for (const MetricRow& row : metrics) {
        QJsonObject object {{QStringLiteral("ood_set"), row.oodSet}, {QStringLiteral("score"), row.score}};
        for (OodMetrics::Metric metric : OodMetrics::allMetrics())
            object.insert(OodMetrics::key(metric), OodMetrics::value(row.values, metric));
        rows.append(object);
    }
    QJsonObject json {
        {QStringLiteral("epoch"), qint64(epoch)},
        {QStringLiteral("step"), qint64(step)},
        {QStringLiteral("conventions"), conventions},
        {QStringLiteral("sets"), sets},
        {QStringLiteral("metrics"), rows},
    };
    if (!scoreSettings.isEmpty())
        json.insert(QStringLiteral("score_settings"), scoreSettings);
    return json;
}

QByteArray EvalReport::scoresCsv() const
{
    QStringList extraColumns;
    for (const QString& name : ScoreCatalog::extraNames())
        if (std::any_of(sets.begin(), sets.end(), [&](const SetScores& set) { return set.extraScores(name) != nullptr; }))
            extraColumns.append(name);
    QString csv = QStringLiteral("set,role,index,label,bpd,kl,rec");
    for (const QString& name : extraColumns)
        csv += QLatin1Char(',') + name;
    csv += QLatin1Char('\n');
    for (const SetScores& set : sets) {
        const QString quotedName = csvName(set.name);
        const QString role = roleName(set.role);
        std::vector<const std::vector<float>*> extraValues;
        for (const QString& name : extraColumns)
            extraValues.push_back(set.extraScores(name));
        for (size_t i = 0; i < set.bpd.size(); ++i) {
            csv += QStringLiteral("%1,%2,%3,%4,%5,%6,%7")
                       .arg(quotedName, role)
                       .arg(i)
                       .arg(i < set.labels.size() ? set.labels[i] : -1)
                       .arg(set.bpd[i], 0, 'g', 7)
                       .arg(set.kl[i], 0, 'g', 7)
                       .arg(set.rec[i], 0, 'g', 7);
            for (const std::vector<float>* values : extraValues) {
                csv += QLatin1Char(',');
                if (values && i < values->size())
                    csv += QString::number((*values)[i], 'g', 7);
            }
            csv += QLatin1Char('\n');
        }
    }
    return csv.toUtf8();
}

bool EvalReport::readScoresCsv(const QByteArray& csv, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    sets.clear();
    const QList<QByteArray> lines = csv.split('\n');
    const QStringList header = QString::fromUtf8(lines.value(0)).trimmed().split(QLatin1Char(','));
    const QStringList base {QStringLiteral("set"), QStringLiteral("role"), QStringLiteral("index"), QStringLiteral("label"),
                            QStringLiteral("bpd"), QStringLiteral("kl"), QStringLiteral("rec")};
    if (header.mid(0, base.size()) != base)
        return fail(QStringLiteral("missing the header set,role,index,label,bpd,kl,rec"));
    const QStringList extraColumns = header.mid(base.size());
    for (const QString& name : extraColumns) {
        if (!ScoreCatalog::extraNames().contains(name))
            return fail(QStringLiteral("unknown score column \"%1\"; this version knows %2")
                            .arg(name, ScoreCatalog::extraNames().join(QStringLiteral(", "))));
        if (extraColumns.count(name) > 1)
            return fail(QStringLiteral("the score column \"%1\" appears twice").arg(name));
    }
    const qsizetype fields = 6 + extraColumns.size(); // after the set name
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
        if (f.size() != fields || !ok[0] || !ok[1] || !ok[2] || !ok[3])
            return fail(QStringLiteral("line %1 is malformed").arg(n + 1));
        const bool firstOfSet = sets.empty() || sets.back().name != name;
        if (firstOfSet) {
            SetScores set;
            set.name = name;
            set.role = roleFromName(f[0]);
            // A set without an opt-in score leaves its column empty on every row.
            for (qsizetype c = 0; c < extraColumns.size(); ++c)
                if (!f[6 + c].isEmpty())
                    set.extra.push_back({extraColumns[c], {}});
            sets.push_back(set);
        }
        SetScores& set = sets.back();
        set.bpd.push_back(bpd);
        set.kl.push_back(kl);
        set.rec.push_back(rec);
        set.labels.push_back(label);
        for (qsizetype c = 0; c < extraColumns.size(); ++c) {
            const QString& field = f[6 + c];
            auto column = std::find_if(set.extra.begin(), set.extra.end(),
                                       [&](const NamedScores& s) { return s.name == extraColumns[c]; });
            if ((column == set.extra.end()) != field.isEmpty())
                return fail(QStringLiteral("line %1: %2 is empty on some rows of set \"%3\" but not on others")
                                .arg(n + 1).arg(extraColumns[c], name));
            if (column == set.extra.end())
                continue;
            bool valueOk = false;
            column->values.push_back(field.toFloat(&valueOk));
            if (!valueOk)
                return fail(QStringLiteral("line %1: %2 is not a number").arg(n + 1).arg(extraColumns[c]));
        }
    }
    for (SetScores& set : sets) {
        // Columns in file order; keep catalog order like every other path does.
        std::vector<NamedScores> extra = std::move(set.extra);
        set.extra.clear();
        for (NamedScores& score : extra)
            set.setExtraScores(score.name, std::move(score.values));
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
    report.scoreSettings = json.value(QStringLiteral("score_settings")).toObject();
    return report;
}

} // namespace negvae
