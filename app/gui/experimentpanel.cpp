#include "experimentpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <limits>
#include <optional>

namespace negvae {

namespace {

// Row label (or check-box text) and tooltip of every field, keyed by JSON path. Kept in one
// table so that building the form and retranslating it cannot drift apart.
struct FieldText {
    const char* path;
    const char* label;
    const char* toolTip;
};

const FieldText kFieldTexts[] = {
    {"name", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Name"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "A label for the run: it names the run folder and appears in reports and plots.")},
    {"data.inlier", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Inliers"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "The image set the VAE is trained on (its train split); its test split is scored as the "
                       "negative, normal class. A registry name, a file or a folder (…); transforms may follow "
                       "after ':', e.g. mnist:invert.")},
    {"data.trainSubset", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Train s&ubset"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Train on only this many images of the inliers' train split; 'all' uses the whole split.")},
    {"data.testSubset", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "T&est subset"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Score only this many images of each test split (the inliers' and every OOD set's); 'all' "
                       "scores them all.")},
    {"data.ood", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&OOD sets"),
     QT_TRANSLATE_NOOP(
         "negvae::ExperimentPanel",
         "Out-of-distribution sets: their test splits are scored against the inliers' test split, "
         "with the OOD set as the positive class of AUROC (SPEC §4). The inlier set is not offered.")},
    {"data.negatives.source", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Sou&rce"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Where each step's negative batch x̄ comes from. The encoder is taught to map negatives to "
                       "the negative prior N(c·1, I) (SPEC §3). 'None' trains the baseline VAE.")},
    {"data.negatives.sets", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Ne&gative sets"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "The auxiliary image set(s) whose train splits supply the negative batches.")},
    {"data.negatives.noiseSigma", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Noise σ"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Standard deviation of the Gaussian noise added to the inlier batch to make its negatives "
                       "(clipped to [0, 1]); the paper uses 0.25.")},
    {"data.negatives.generatorNegativeTerm",
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Generator also &pulled by negative prior"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Off (default): the generator learns only from KL(q(z|x̂) ‖ p(z)), making its images "
                       "look like inliers to the encoder, as the paper's prose says. On: the negative-prior term also "
                       "sends gradients into the generator (SPEC §3).")},
    {"objective.negativeWeight", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "λ (&weight)"),
     QT_TRANSLATE_NOOP(
         "negvae::ExperimentPanel",
         "Weight λ of the negative term λ·KL(q(z|x̄) ‖ N(c·1, I)) in the loss; the "
         "paper uses 1. Unused without negatives.")},
    {"objective.negativePriorMean", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "c (prior &mean)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Mean c of the negative prior N(c·1, I) in every latent coordinate; the paper uses 8 for "
                       "grayscale and 25 for colour. Unused without negatives.")},
    {"model.architecture", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Ar&chitecture"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Network family (SPEC §2). Auto picks grayscale for 1×28×28 inliers and the "
                       "DCGAN-style colour network for 3×32×32 ones.")},
    {"model.latentDim", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Latent &dim"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Dimension of z; 'default' is 10 for grayscale and 100 for colour.")},
    {"model.widths", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Conv w&idths"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Filter counts of the encoder's conv layers, separated by commas (e.g. 32, 64); the decoder "
                       "mirrors them. Empty uses the architecture's default.")},
    {"model.hidden", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Hi&dden width"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Width of the grayscale architecture's dense layer; the colour architecture has none.")},
    {"model.noiseModel", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Noise mod&el"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "The decoder's per-pixel likelihood p(x|z). It changes which score fails as an OOD detector "
                       "(SPEC §5).")},
    {"model.gaussianSigma", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Gaussian σ"),
     QT_TRANSLATE_NOOP(
         "negvae::ExperimentPanel",
         "σ of the Gaussian noise models: fixed for 'Gaussian, fixed σ' and 'Quantized Gaussian', "
         "the starting value for 'Gaussian, learned σ'. Unused with Bernoulli.")},
    {"model.spectralNorm", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Spe&ctral norm on encoder convs"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Spectral normalisation of the encoder's conv weights; the paper uses it with adversarial "
                       "negatives on colour data.")},
    {"optimizer.type", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Optimiser"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "With alternating updates the encoder and the decoder each get an optimiser of this kind. "
                       "Paper: RMSProp for grayscale, Adam for colour.")},
    {"optimizer.learningRate", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Learning &rate"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Step size; 1e-4 style values are accepted. Paper: 1e-4.")},
    {"optimizer.rmspropAlpha", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "R&MSProp α"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Smoothing constant of RMSProp's running average of squared gradients, in [0, 1).")},
    {"optimizer.adamBeta1", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Adam β₁"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Decay rate of Adam's first-moment estimate, in [0, 1); the paper uses 0.9.")},
    {"optimizer.adamBeta2", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "A&dam β₂"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Decay rate of Adam's second-moment estimate, in [0, 1); the paper uses 0.999.")},
    {"optimizer.eps", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "ε (e&psilon)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Added to the optimiser's denominator for numerical stability; greater than 0.")},
    {"optimizer.weightDecay", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Weight deca&y"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "L2 penalty on the weights; 0 = none.")},
    {"objective.updates", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "&Updates"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Alternating (the paper): per batch one encoder step, then one decoder step, each with its "
                       "own optimiser. Joint: one step on all parameters.")},
    {"seed", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "S&eed"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Seeds training: initial weights, batch order, sampled z and generated negatives. The same "
                       "config and seed reproduce a run.")},
    {"training.epochs", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "E&pochs"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Passes over the inliers' train split; the paper trains 100 (300 for adversarial colour).")},
    {"training.batchSize", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Batch si&ze"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Inlier images per step; the negative batch has the same size. The paper uses 50.")},
    {"training.threads", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Thre&ads"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "CPU threads for LibTorch; 'all cores' uses every core (LibTorch would otherwise use one).")},
    {"training.device", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Dev&ice"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Where to train: Auto uses CUDA when this build and machine have it, else the CPU.")},
    {"training.evalInterval", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Evaluate ever&y"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Score the test splits (BPD, KL, REC and their AUROC) every this many epochs.")},
    {"training.checkpointInterval", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Chec&kpoint every"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Save the model and optimiser states every this many epochs.")},
    {"training.sampleCount", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Sa&mples"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Images decoded from z ~ p(z) into each sample grid; 'none' draws no samples.")},
    {"evaluation.seed", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "S&eed"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Seed of the scoring (the ELBO's sampled z), apart from the training seed so that scores of "
                       "runs with different training seeds are comparable.")},
    {"evaluation.batchSize", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Batch si&ze"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Images scored at once; changes speed and memory, not the scores.")},
    {"evaluation.scores.iwae", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Importance-weighted BPD (BPD-I&W)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Adds bpd_iw = -log p_K(x)/(D ln 2), the IWAE bound with K posterior samples, in bits per "
                       "dimension; higher = more anomalous. Tighter than the ELBO's BPD (never above it on average). "
                       "Computed at every evaluation.")},
    {"evaluation.scores.iwaeSamples", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "IWAE samples &K"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Posterior samples per image of the importance-weighted bound (default 100); more is tighter "
                       "and proportionally slower.")},
    {"evaluation.scores.iwaeBatch", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "IWAE pass si&ze"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "At most this many images × samples are decoded in one pass: bounds memory, does not "
                       "change the scores.")},
    {"evaluation.scores.complexity", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Input-complexity-corrected BPD (&S)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Adds complexity = BPD - L(x), L(x) the 8-bit image's compressed length in bits per dimension "
                       "(Serrà et al. 2020); higher = more anomalous. Cheap; computed at every evaluation.")},
    {"evaluation.scores.compressor", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Compresso&r"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "The lossless codec that measures L(x): PNG at maximum compression, or JPEG 2000 (lossless) "
                       "where this OpenCV can write it.")},
    {"evaluation.scores.background", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Likelihood ratio (&background model)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Trains a second VAE alongside (same architecture and optimiser, on inliers with pixels "
                       "replaced by noise) and adds likelihood_ratio = BPD - background BPD (Ren et al. 2019); "
                       "higher = more anomalous. Roughly doubles training time.")},
    {"evaluation.scores.perturbationRate", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Perturbation rate μ (&U)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Probability that a pixel of the background model's training images is replaced by a uniform "
                       "value, in (0, 1]; Ren et al. use 0.2.")},
    {"evaluation.scores.regret", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Likelihood re&gret (slow)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Adds regret = BPD at the encoder's posterior - BPD at a posterior re-optimised for each image "
                       "(Xiao et al. 2020), bits per dimension, >= 0; higher = more anomalous. Slow: computed at the "
                       "final evaluation only (Stop cancels it and keeps the other scores).")},
    {"evaluation.scores.regretSteps", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Regret ste&ps"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Adam steps on each image's posterior; the time of the regret score grows with it.")},
    {"evaluation.scores.regretLearningRate", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Regret &learning rate"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Adam's step size for the per-image posterior; greater than 0.")},
};

// Human labels of the enum values, keyed by field path and JSON spelling.
struct ChoiceText {
    const char* path;
    const char* json;
    const char* label;
    const char* toolTip;
};

const ChoiceText kChoiceTexts[] = {
    {"data.negatives.source", "none", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "None (baseline VAE)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "No negatives: the plain VAE.")},
    {"data.negatives.source", "auxiliary", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Auxiliary data set(s)"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Batches drawn from other image sets, e.g. letters for Fashion-MNIST.")},
    {"data.negatives.source", "noisy-inliers", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Noisy inliers"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "The inlier batch plus Gaussian noise of standard deviation σ, clipped to [0, 1].")},
    {"data.negatives.source", "uniform-noise", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Uniform noise"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Every pixel uniform in [0, 1].")},
    {"data.negatives.source", "generated", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Generated"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel",
                       "Decoder means at z ~ p(z), detached: negatives for the encoder only.")},
    {"data.negatives.source", "adversarial", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Adversarial"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Generated negatives, and the generator learns from them too.")},
    {"model.architecture", "auto", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Auto (from the inliers)"), nullptr},
    {"model.architecture", "grayscale", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Grayscale (1×28×28)"),
     nullptr},
    {"model.architecture", "colour", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Colour (3×32×32)"),
     nullptr},
    {"model.noiseModel", "bernoulli", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Bernoulli"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Logits; pixel values in [0, 1] as continuous targets.")},
    {"model.noiseModel", "gaussian-fixed", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Gaussian, fixed σ"),
     nullptr},
    {"model.noiseModel", "gaussian-learned", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Gaussian, learned σ"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "One global log σ, trained with the decoder.")},
    {"model.noiseModel", "quantized-gaussian", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Quantized Gaussian"),
     QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "The Gaussian's mass on each 1/256-wide pixel bin.")},
    {"optimizer.type", "rmsprop", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "RMSProp"), nullptr},
    {"optimizer.type", "adam", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Adam"), nullptr},
    {"objective.updates", "alternating", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Alternating (paper)"), nullptr},
    {"objective.updates", "joint", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Joint"), nullptr},
    {"training.device", "auto", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Auto"), nullptr},
    {"training.device", "cpu", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "CPU"), nullptr},
    {"training.device", "cuda", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "CUDA"), nullptr},
    {"evaluation.scores.compressor", "png", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "PNG (maximum compression)"),
     nullptr},
    {"evaluation.scores.compressor", "jpeg2000", QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "JPEG 2000 (lossless)"),
     nullptr},
};

const char* const kGroupData = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Data");
const char* const kGroupNegatives = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Negatives");
const char* const kGroupModel = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Model");
const char* const kGroupOptimizer = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Optimiser");
const char* const kGroupTraining = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Training");
const char* const kGroupEvaluation = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Evaluation");
const char* const kGroupExperiment = QT_TRANSLATE_NOOP("negvae::ExperimentPanel", "Experiment");

// Checklist items keep their data-set name here: the text may one day be decorated.
constexpr int kNameRole = Qt::UserRole;

const char* const kInvalidProperty = "invalid";

template <typename E> void fillEnumCombo(QComboBox* combo)
{
    // Texts come from retranslateCombo(); the JSON spelling is the item's identity.
    for (const QString& name : jsonNames<E>())
        combo->addItem(QString(), name);
}

template <typename E> void selectEnum(QComboBox* combo, E value)
{
    combo->setCurrentIndex(combo->findData(jsonName(value)));
}

template <typename E> E selectedEnum(const QComboBox* combo, E fallback)
{
    return fromJsonName<E>(combo->currentData().toString()).value_or(fallback);
}

void setSpinValue(QSpinBox* spin, int64_t value)
{
    spin->setValue(static_cast<int>(std::clamp<int64_t>(value, spin->minimum(), spin->maximum())));
}

// Shortest text that reads back as the same double, so setConfig() then config() is exact
// and 1e-4 is shown as "0.0001", not as a rounded fixed-point string.
QString formatReal(double value)
{
    QString text = QString::number(value, 'g', QLocale::FloatingPointShortest);
    // printf pads exponents ("1e-04"); people write 1e-4.
    static const QRegularExpression paddedExponent(QStringLiteral("e([+-])0*(\\d)"));
    text.replace(paddedExponent, QStringLiteral("e\\1\\2"));
    return text.replace(QStringLiteral("e+"), QStringLiteral("e"));
}

// "." is what formatReal() writes; the user's locale is accepted too, for those who type ",".
// Group separators are refused: in the C locale "1,500" would otherwise read as 1500.
std::optional<double> parseReal(const QString& text)
{
    const QString trimmed = text.trimmed();
    for (QLocale locale : {QLocale::c(), QLocale()}) {
        locale.setNumberOptions(QLocale::RejectGroupSeparator);
        bool ok = false;
        const double value = locale.toDouble(trimmed, &ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

QString formatWidths(const std::vector<int64_t>& widths)
{
    QStringList parts;
    for (int64_t width : widths)
        parts.append(QString::number(width));
    return parts.join(QStringLiteral(", "));
}

} // namespace

// ---- building ---------------------------------------------------------------------------

ExperimentPanel::ExperimentPanel(const QList<DatasetChoice>& datasets, QWidget* parent)
    : QWidget(parent)
    , m_datasets(datasets)
{
    buildUi();
    retranslateUi();
    setConfig(ExperimentConfig());
    // A field reached by its mnemonic (Alt+letter) may be scrolled out of sight; Tab is
    // already handled by the scroll area.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now && m_content->isAncestorOf(now))
            m_scroll->ensureWidgetVisible(now);
    });
}

void ExperimentPanel::buildUi()
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);

    // Above the scroll area so problems stay in sight wherever the user has scrolled to.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("problemSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setStyleSheet(QStringLiteral("QLabel { color: #c62828; padding: 4px; }"));
    m_summary->hide();
    outer->addWidget(m_summary);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(m_scroll);

    m_content = new QWidget(m_scroll);
    m_content->setObjectName(QStringLiteral("experimentPanelContent"));
    // Any widget marked invalid by markField() gets a red frame; everything else keeps its style.
    m_content->setStyleSheet(QStringLiteral("*[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 2px; }"));
    auto* column = new QVBoxLayout(m_content);
    column->setContentsMargins(4, 4, 4, 4);

    buildPresetGroup(column);
    buildDataGroup(column);
    buildNegativesGroup(column);
    buildModelGroup(column);
    buildOptimizerGroup(column);
    buildTrainingGroup(column);
    buildEvaluationGroup(column);
    column->addStretch(1);

    m_scroll->setWidget(m_content);
}

QFormLayout* ExperimentPanel::addGroup(QVBoxLayout* into, const char* title)
{
    auto* group = new QGroupBox(m_content);
    m_groups.append({group, title});
    auto* form = new QFormLayout(group);
    // A narrow dock would otherwise squeeze the fields next to long labels.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    into->addWidget(group);
    return form;
}

void ExperimentPanel::addField(QFormLayout* form, const QString& path, QWidget* field, QWidget* row)
{
    field->setObjectName(path);
    m_fields.insert(path, field);
    m_fieldOrder.append(path);
    QWidget* held = row ? row : field;
    m_rows.insert(path, Row{form, held});
    if (qobject_cast<QCheckBox*>(field)) {
        form->addRow(held); // the check box carries its own text
    } else {
        auto* label = new QLabel(m_content);
        label->setBuddy(field);
        m_labels.insert(path, label);
        form->addRow(label, held);
    }
    watch(field);
}

void ExperimentPanel::buildPresetGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupExperiment);

    auto* row = new QWidget(m_content);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    m_preset = makeComboBox();
    m_preset->setObjectName(QStringLiteral("preset"));
    for (const ExperimentPreset& preset : ExperimentConfig::presets()) {
        m_preset->addItem(preset.name, preset.name);
        m_preset->setItemData(m_preset->count() - 1, preset.description, Qt::ToolTipRole);
    }
    m_applyPreset = new QPushButton(row);
    m_applyPreset->setObjectName(QStringLiteral("applyPreset"));
    connect(m_applyPreset, &QPushButton::clicked, this, &ExperimentPanel::applyPreset);
    layout->addWidget(m_preset, 1);
    layout->addWidget(m_applyPreset);
    m_presetLabel = new QLabel(m_content);
    m_presetLabel->setBuddy(m_preset);
    form->addRow(m_presetLabel, row);

    m_name = makeLineEdit();
    addField(form, QStringLiteral("name"), m_name);
}

void ExperimentPanel::buildDataGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupData);

    auto* inlierRow = new QWidget(m_content);
    auto* inlierLayout = new QHBoxLayout(inlierRow);
    inlierLayout->setContentsMargins(0, 0, 0, 0);
    m_inlier = makeComboBox();
    m_inlier->setEditable(true);
    // Typed paths are values, not new entries of the list of known sets.
    m_inlier->setInsertPolicy(QComboBox::NoInsert);
    fillDatasetCombo();
    m_browseInlier = makePathButton(QStringLiteral("data.inlier.browse"),
                                    [this](const QString& path) { m_inlier->setEditText(path); });
    inlierLayout->addWidget(m_inlier, 1);
    inlierLayout->addWidget(m_browseInlier);
    addField(form, QStringLiteral("data.inlier"), m_inlier, inlierRow);

    m_trainSubset = makeSpinBox(0, INT_MAX);
    addField(form, QStringLiteral("data.trainSubset"), m_trainSubset);
    m_testSubset = makeSpinBox(0, INT_MAX);
    addField(form, QStringLiteral("data.testSubset"), m_testSubset);

    m_ood = makeChecklist();
    m_addOodPath = makePathButton(QStringLiteral("data.ood.addPath"),
                                  [this](const QString& path) { addPathToChecklist(m_ood, path); });
    addField(form, QStringLiteral("data.ood"), m_ood, wrapChecklist(m_ood, m_addOodPath));
}

void ExperimentPanel::buildNegativesGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupNegatives);

    m_source = makeComboBox();
    fillEnumCombo<NegativeSource>(m_source);
    addField(form, QStringLiteral("data.negatives.source"), m_source);

    m_negativeSets = makeChecklist();
    m_addNegativePath = makePathButton(QStringLiteral("data.negatives.sets.addPath"),
                                       [this](const QString& path) { addPathToChecklist(m_negativeSets, path); });
    addField(form, QStringLiteral("data.negatives.sets"), m_negativeSets,
             wrapChecklist(m_negativeSets, m_addNegativePath));

    m_noiseSigma = makeLineEdit();
    addField(form, QStringLiteral("data.negatives.noiseSigma"), m_noiseSigma);

    m_generatorNegativeTerm = new QCheckBox(m_content);
    addField(form, QStringLiteral("data.negatives.generatorNegativeTerm"), m_generatorNegativeTerm);

    m_negativeWeight = makeLineEdit();
    addField(form, QStringLiteral("objective.negativeWeight"), m_negativeWeight);
    m_negativePriorMean = makeLineEdit();
    addField(form, QStringLiteral("objective.negativePriorMean"), m_negativePriorMean);
}

void ExperimentPanel::buildModelGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupModel);

    m_architecture = makeComboBox();
    fillEnumCombo<Architecture>(m_architecture);
    addField(form, QStringLiteral("model.architecture"), m_architecture);

    m_latentDim = makeSpinBox(0, 4096);
    addField(form, QStringLiteral("model.latentDim"), m_latentDim);

    m_widths = makeLineEdit();
    addField(form, QStringLiteral("model.widths"), m_widths);

    m_hidden = makeSpinBox(1, 65536);
    addField(form, QStringLiteral("model.hidden"), m_hidden);

    m_noiseModel = makeComboBox();
    fillEnumCombo<NoiseModel>(m_noiseModel);
    addField(form, QStringLiteral("model.noiseModel"), m_noiseModel);

    m_gaussianSigma = makeLineEdit();
    addField(form, QStringLiteral("model.gaussianSigma"), m_gaussianSigma);

    m_spectralNorm = new QCheckBox(m_content);
    addField(form, QStringLiteral("model.spectralNorm"), m_spectralNorm);
}

void ExperimentPanel::buildOptimizerGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupOptimizer);

    m_optimizer = makeComboBox();
    fillEnumCombo<OptimizerType>(m_optimizer);
    addField(form, QStringLiteral("optimizer.type"), m_optimizer);

    m_learningRate = makeLineEdit();
    addField(form, QStringLiteral("optimizer.learningRate"), m_learningRate);
    m_rmspropAlpha = makeLineEdit();
    addField(form, QStringLiteral("optimizer.rmspropAlpha"), m_rmspropAlpha);
    m_adamBeta1 = makeLineEdit();
    addField(form, QStringLiteral("optimizer.adamBeta1"), m_adamBeta1);
    m_adamBeta2 = makeLineEdit();
    addField(form, QStringLiteral("optimizer.adamBeta2"), m_adamBeta2);
    m_eps = makeLineEdit();
    addField(form, QStringLiteral("optimizer.eps"), m_eps);
    m_weightDecay = makeLineEdit();
    addField(form, QStringLiteral("optimizer.weightDecay"), m_weightDecay);

    m_updates = makeComboBox();
    fillEnumCombo<UpdateScheme>(m_updates);
    addField(form, QStringLiteral("objective.updates"), m_updates);
}

void ExperimentPanel::buildTrainingGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupTraining);

    // Seeds span all of int64, more than a QSpinBox holds: digits in a line edit instead.
    const auto* digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,19}")), this);
    m_seed = makeLineEdit();
    m_seed->setValidator(digits);
    addField(form, QStringLiteral("seed"), m_seed);

    m_epochs = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("training.epochs"), m_epochs);
    m_batchSize = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("training.batchSize"), m_batchSize);
    m_threads = makeSpinBox(0, 1024);
    addField(form, QStringLiteral("training.threads"), m_threads);

    m_device = makeComboBox();
    fillEnumCombo<DevicePreference>(m_device);
    addField(form, QStringLiteral("training.device"), m_device);

    m_evalInterval = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("training.evalInterval"), m_evalInterval);
    m_checkpointInterval = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("training.checkpointInterval"), m_checkpointInterval);
    m_sampleCount = makeSpinBox(0, 1024);
    addField(form, QStringLiteral("training.sampleCount"), m_sampleCount);
}

void ExperimentPanel::buildEvaluationGroup(QVBoxLayout* into)
{
    QFormLayout* form = addGroup(into, kGroupEvaluation);

    const auto* digits = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,19}")), this);
    m_evalSeed = makeLineEdit();
    m_evalSeed->setValidator(digits);
    addField(form, QStringLiteral("evaluation.seed"), m_evalSeed);

    m_evalBatchSize = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("evaluation.batchSize"), m_evalBatchSize);

    m_iwae = new QCheckBox(m_content);
    addField(form, QStringLiteral("evaluation.scores.iwae"), m_iwae);
    m_iwaeSamples = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("evaluation.scores.iwaeSamples"), m_iwaeSamples);
    m_iwaeBatch = makeSpinBox(1, 10000000);
    addField(form, QStringLiteral("evaluation.scores.iwaeBatch"), m_iwaeBatch);
    m_complexity = new QCheckBox(m_content);
    addField(form, QStringLiteral("evaluation.scores.complexity"), m_complexity);
    m_compressor = makeComboBox();
    fillEnumCombo<Compressor>(m_compressor);
    addField(form, QStringLiteral("evaluation.scores.compressor"), m_compressor);
    m_background = new QCheckBox(m_content);
    addField(form, QStringLiteral("evaluation.scores.background"), m_background);
    m_perturbationRate = makeLineEdit();
    addField(form, QStringLiteral("evaluation.scores.perturbationRate"), m_perturbationRate);
    m_regret = new QCheckBox(m_content);
    addField(form, QStringLiteral("evaluation.scores.regret"), m_regret);
    m_regretSteps = makeSpinBox(1, 100000);
    addField(form, QStringLiteral("evaluation.scores.regretSteps"), m_regretSteps);
    m_regretLearningRate = makeLineEdit();
    addField(form, QStringLiteral("evaluation.scores.regretLearningRate"), m_regretLearningRate);
}

QSpinBox* ExperimentPanel::makeSpinBox(int minimum, int maximum)
{
    auto* spin = new QSpinBox(m_content);
    spin->setRange(minimum, maximum);
    spin->setAccelerated(true);
    // Only a focused spin box takes the wheel: scrolling the panel must not change values.
    spin->setFocusPolicy(Qt::StrongFocus);
    spin->installEventFilter(this);
    return spin;
}

QLineEdit* ExperimentPanel::makeLineEdit()
{
    return new QLineEdit(m_content);
}

QComboBox* ExperimentPanel::makeComboBox()
{
    auto* combo = new QComboBox(m_content);
    // Let long item texts shrink the combo rather than widen a narrow dock.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(10);
    combo->setFocusPolicy(Qt::StrongFocus);
    combo->installEventFilter(this);
    return combo;
}

QListWidget* ExperimentPanel::makeChecklist()
{
    auto* list = new QListWidget(m_content);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setUniformItemSizes(true);
    return list;
}

QWidget* ExperimentPanel::wrapChecklist(QListWidget* list, QToolButton* addButton)
{
    auto* box = new QWidget(m_content);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(list);
    layout->addWidget(addButton, 0, Qt::AlignRight);
    return box;
}

QToolButton* ExperimentPanel::makePathButton(const QString& objectName, std::function<void(const QString&)> onChosen)
{
    auto* button = new QToolButton(m_content);
    button->setObjectName(objectName);
    button->setPopupMode(QToolButton::InstantPopup);
    // Sets come as single files (IDX, CIFAR batches, .mat) or as folders; one dialog cannot
    // pick both, so the button offers the two.
    auto* menu = new QMenu(button);
    QAction* file = menu->addAction(QString());
    QAction* folder = menu->addAction(QString());
    file->setObjectName(objectName + QStringLiteral(".file"));
    folder->setObjectName(objectName + QStringLiteral(".folder"));
    connect(file, &QAction::triggered, this, [this, onChosen] {
        const QString path = choosePath(false);
        if (!path.isEmpty())
            onChosen(path);
    });
    connect(folder, &QAction::triggered, this, [this, onChosen] {
        const QString path = choosePath(true);
        if (!path.isEmpty())
            onChosen(path);
    });
    button->setMenu(menu);
    return button;
}

QString ExperimentPanel::choosePath(bool folder)
{
    if (folder)
        return QFileDialog::getExistingDirectory(this, tr("Choose a folder of images or data files"));
    return QFileDialog::getOpenFileName(
        this, tr("Choose a data file"), QString(),
        tr("Image data (*.gz *-ubyte *.idx *.bin *.mat *.png *.jpg *.jpeg);;All files (*)"));
}

void ExperimentPanel::watch(QWidget* field)
{
    if (auto* edit = qobject_cast<QLineEdit*>(field)) {
        connect(edit, &QLineEdit::textChanged, this, &ExperimentPanel::onEdited);
    } else if (auto* spin = qobject_cast<QSpinBox*>(field)) {
        connect(spin, &QSpinBox::valueChanged, this, &ExperimentPanel::onEdited);
    } else if (auto* combo = qobject_cast<QComboBox*>(field)) {
        // An editable combo's value is its text, which changes with every key and every pick.
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, &ExperimentPanel::onEdited);
        else
            connect(combo, &QComboBox::currentIndexChanged, this, &ExperimentPanel::onEdited);
    } else if (auto* check = qobject_cast<QCheckBox*>(field)) {
        connect(check, &QCheckBox::toggled, this, &ExperimentPanel::onEdited);
    } else if (auto* list = qobject_cast<QListWidget*>(field)) {
        connect(list, &QListWidget::itemChanged, this,
                [this, list](QListWidgetItem* item) { onChecklistItemChanged(list, item); });
    }
}

// ---- data-set lists ---------------------------------------------------------------------

void ExperimentPanel::fillDatasetCombo()
{
    for (const DatasetChoice& choice : m_datasets)
        m_inlier->addItem(choice.name, choice.name);
    retranslateDatasetItems();
}

const DatasetChoice* ExperimentPanel::findDataset(const QString& name) const
{
    for (const DatasetChoice& choice : m_datasets) {
        if (choice.name == name)
            return &choice;
    }
    return nullptr;
}

QString ExperimentPanel::datasetToolTip(const QString& name) const
{
    const DatasetChoice* choice = findDataset(name);
    if (!choice)
        return name;
    if (choice->available)
        return choice->description;
    return tr("Not available: %1").arg(choice->problem) + QStringLiteral("\n") + choice->description;
}

void ExperimentPanel::fillChecklist(QListWidget* list, const QStringList& checked)
{
    // Rebuilt from scratch, so a new config does not inherit the previous one's paths.
    const QSignalBlocker blocker(list);
    list->clear();
    for (const DatasetChoice& choice : m_datasets)
        addChecklistItem(list, choice.name);
    for (const QString& name : checked) {
        if (!findDataset(name) && list->findItems(name, Qt::MatchExactly).isEmpty())
            addChecklistItem(list, name);
    }
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(checked.contains(item->data(kNameRole).toString()) ? Qt::Checked : Qt::Unchecked);
    }
}

QListWidgetItem* ExperimentPanel::addChecklistItem(QListWidget* list, const QString& name)
{
    auto* item = new QListWidgetItem(name);
    item->setData(kNameRole, name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setToolTip(datasetToolTip(name));
    if (const DatasetChoice* choice = findDataset(name); choice && !choice->available) {
        // Greyed, yet still checkable: choosing it explains what is missing (in problems())
        // instead of hiding that the set exists at all.
        item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
    }
    list->addItem(item);
    return item;
}

void ExperimentPanel::addPathToChecklist(QListWidget* list, const QString& path)
{
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        if (item->data(kNameRole).toString() == path) {
            item->setHidden(false);
            item->setCheckState(Qt::Checked);
            return;
        }
    }
    QListWidgetItem* item = nullptr;
    {
        // Added unchecked without a signal, then checked with one: the check is the edit.
        const QSignalBlocker blocker(list);
        item = addChecklistItem(list, path);
        item->setCheckState(Qt::Unchecked);
    }
    item->setCheckState(Qt::Checked);
    list->scrollToItem(item);
}

void ExperimentPanel::onChecklistItemChanged(QListWidget* list, QListWidgetItem* item)
{
    // The order of checking is the order in the config: reports and "data.ood[1]" refer to it.
    QStringList& order = list == m_ood ? m_oodOrder : m_negativeOrder;
    const QString name = item->data(kNameRole).toString();
    if (item->checkState() == Qt::Checked) {
        if (!order.contains(name))
            order.append(name);
    } else {
        order.removeAll(name);
    }
    onEdited();
}

void ExperimentPanel::updateInlierItems()
{
    // The inlier set is not offered as OOD or negative set. It stays visible while checked,
    // though: hiding it would hide a clash that problems() reports.
    const QString inlier = m_inlier->currentText().trimmed();
    for (QListWidget* list : {m_ood, m_negativeSets}) {
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            item->setHidden(item->data(kNameRole).toString() == inlier && item->checkState() != Qt::Checked);
        }
        fitChecklistHeight(list);
    }
}

void ExperimentPanel::fitChecklistHeight(QListWidget* list)
{
    // As tall as its rows, up to six: a short list should not leave a hole in the form, and a
    // long one should not push everything below out of the dock.
    constexpr int kMaxRows = 6;
    int rows = 0;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            ++rows;
    }
    rows = std::clamp(rows, 1, kMaxRows);
    const int rowHeight = list->count() > 0 ? list->sizeHintForRow(0) : list->fontMetrics().height();
    // The spare pixels keep the last row whole whatever margins the style adds.
    constexpr int kSpare = 4;
    list->setFixedHeight(rows * std::max(rowHeight, list->fontMetrics().height()) + 2 * list->frameWidth() + kSpare);
}

// ---- filling ----------------------------------------------------------------------------

void ExperimentPanel::setConfig(const ExperimentConfig& config)
{
    m_baseline = config;
    m_filling = true;
    fillControls(config);
    m_filling = false;
    updateDependentControls();
    updateInlierItems();
    refreshValidation();
    Q_EMIT configChanged();
}

void ExperimentPanel::fillControls(const ExperimentConfig& config)
{
    m_name->setText(config.name);
    m_seed->setText(QString::number(config.seed));
    fillData(config.data);
    fillModel(config.model);
    fillOptimizer(config.optimizer, config.objective);
    fillTraining(config.training, config.evaluation);
}

void ExperimentPanel::fillData(const DataConfig& data)
{
    // setCurrentIndex() first keeps the list's highlight in step; the text is the value.
    m_inlier->setCurrentIndex(m_inlier->findData(data.inlier));
    m_inlier->setEditText(data.inlier);
    setSpinValue(m_trainSubset, data.trainSubset);
    setSpinValue(m_testSubset, data.testSubset);
    m_oodOrder = data.ood;
    fillChecklist(m_ood, data.ood);

    const NegativesConfig& negatives = data.negatives;
    selectEnum(m_source, negatives.source);
    m_negativeOrder = negatives.sets;
    fillChecklist(m_negativeSets, negatives.sets);
    m_noiseSigma->setText(formatReal(negatives.noiseSigma));
    m_generatorNegativeTerm->setChecked(negatives.generatorNegativeTerm);
}

void ExperimentPanel::fillModel(const ModelConfig& model)
{
    selectEnum(m_architecture, model.architecture);
    setSpinValue(m_latentDim, model.latentDim);
    m_widths->setText(formatWidths(model.widths));
    setSpinValue(m_hidden, model.hidden);
    selectEnum(m_noiseModel, model.noiseModel);
    m_gaussianSigma->setText(formatReal(model.gaussianSigma));
    m_spectralNorm->setChecked(model.spectralNorm);
}

void ExperimentPanel::fillOptimizer(const OptimizerConfig& optimizer, const ObjectiveConfig& objective)
{
    m_negativeWeight->setText(formatReal(objective.negativeWeight));
    m_negativePriorMean->setText(formatReal(objective.negativePriorMean));
    selectEnum(m_updates, objective.updates);

    selectEnum(m_optimizer, optimizer.type);
    m_learningRate->setText(formatReal(optimizer.learningRate));
    m_rmspropAlpha->setText(formatReal(optimizer.rmspropAlpha));
    m_adamBeta1->setText(formatReal(optimizer.adamBeta1));
    m_adamBeta2->setText(formatReal(optimizer.adamBeta2));
    m_eps->setText(formatReal(optimizer.eps));
    m_weightDecay->setText(formatReal(optimizer.weightDecay));
}

void ExperimentPanel::fillTraining(const TrainingConfig& training, const EvaluationConfig& evaluation)
{
    setSpinValue(m_epochs, training.epochs);
    setSpinValue(m_batchSize, training.batchSize);
    setSpinValue(m_threads, training.threads);
    selectEnum(m_device, training.device);
    setSpinValue(m_evalInterval, training.evalInterval);
    setSpinValue(m_checkpointInterval, training.checkpointInterval);
    setSpinValue(m_sampleCount, training.sampleCount);
    m_evalSeed->setText(QString::number(evaluation.seed));
    setSpinValue(m_evalBatchSize, evaluation.batchSize);
    const ScoresConfig& scores = evaluation.scores;
    m_iwae->setChecked(scores.iwae);
    setSpinValue(m_iwaeSamples, scores.iwaeSamples);
    setSpinValue(m_iwaeBatch, scores.iwaeBatch);
    m_complexity->setChecked(scores.complexity);
    selectEnum(m_compressor, scores.compressor);
    m_background->setChecked(scores.background);
    m_perturbationRate->setText(formatReal(scores.perturbationRate));
    m_regret->setChecked(scores.regret);
    setSpinValue(m_regretSteps, scores.regretSteps);
    m_regretLearningRate->setText(formatReal(scores.regretLearningRate));
}

// ---- reading ----------------------------------------------------------------------------

ExperimentConfig ExperimentPanel::config() const
{
    return readControls(nullptr);
}

ExperimentConfig ExperimentPanel::readControls(QList<ConfigError>* problems) const
{
    ExperimentConfig config = m_baseline;
    config.name = m_name->text();
    config.seed = readSeed(m_seed, m_baseline.seed, problems);
    readData(config.data, problems);
    readModel(config.model, problems);
    readOptimizer(config.optimizer, config.objective, problems);
    readTraining(config.training, config.evaluation, problems);
    return config;
}

void ExperimentPanel::readData(DataConfig& data, QList<ConfigError>* problems) const
{
    data.inlier = m_inlier->currentText();
    data.trainSubset = m_trainSubset->value();
    data.testSubset = m_testSubset->value();
    data.ood = m_oodOrder;

    NegativesConfig& negatives = data.negatives;
    negatives.source = selectedEnum(m_source, m_baseline.data.negatives.source);
    // Hidden controls keep what the user chose (switching back restores it) but do not speak
    // for a source they do not belong to.
    const bool auxiliary = negatives.source == NegativeSource::Auxiliary;
    const bool noisy = negatives.source == NegativeSource::NoisyInliers;
    const bool adversarial = negatives.source == NegativeSource::Adversarial;
    negatives.sets = auxiliary ? m_negativeOrder : QStringList();
    negatives.noiseSigma = readReal(m_noiseSigma, m_baseline.data.negatives.noiseSigma, noisy ? problems : nullptr);
    negatives.generatorNegativeTerm = adversarial && m_generatorNegativeTerm->isChecked();
}

void ExperimentPanel::readModel(ModelConfig& model, QList<ConfigError>* problems) const
{
    model.architecture = selectedEnum(m_architecture, m_baseline.model.architecture);
    model.latentDim = m_latentDim->value();
    model.widths = readWidths(m_widths, m_baseline.model.widths, problems);
    model.hidden = m_hidden->value();
    model.noiseModel = selectedEnum(m_noiseModel, m_baseline.model.noiseModel);
    const bool sigmaUsed = model.noiseModel != NoiseModel::Bernoulli;
    model.gaussianSigma = readReal(m_gaussianSigma, m_baseline.model.gaussianSigma, sigmaUsed ? problems : nullptr);
    model.spectralNorm = m_spectralNorm->isChecked();
}

void ExperimentPanel::readOptimizer(OptimizerConfig& optimizer, ObjectiveConfig& objective,
                                    QList<ConfigError>* problems) const
{
    const ObjectiveConfig& oldObjective = m_baseline.objective;
    const bool negativesUsed = selectedEnum(m_source, m_baseline.data.negatives.source) != NegativeSource::None;
    QList<ConfigError>* negativeProblems = negativesUsed ? problems : nullptr;
    objective.negativeWeight = readReal(m_negativeWeight, oldObjective.negativeWeight, negativeProblems);
    objective.negativePriorMean = readReal(m_negativePriorMean, oldObjective.negativePriorMean, negativeProblems);
    objective.updates = selectedEnum(m_updates, oldObjective.updates);

    const OptimizerConfig& old = m_baseline.optimizer;
    optimizer.type = selectedEnum(m_optimizer, old.type);
    const bool rmsprop = optimizer.type == OptimizerType::RmsProp;
    optimizer.learningRate = readReal(m_learningRate, old.learningRate, problems);
    optimizer.rmspropAlpha = readReal(m_rmspropAlpha, old.rmspropAlpha, rmsprop ? problems : nullptr);
    optimizer.adamBeta1 = readReal(m_adamBeta1, old.adamBeta1, rmsprop ? nullptr : problems);
    optimizer.adamBeta2 = readReal(m_adamBeta2, old.adamBeta2, rmsprop ? nullptr : problems);
    optimizer.eps = readReal(m_eps, old.eps, problems);
    optimizer.weightDecay = readReal(m_weightDecay, old.weightDecay, problems);
}

void ExperimentPanel::readTraining(TrainingConfig& training, EvaluationConfig& evaluation,
                                   QList<ConfigError>* problems) const
{
    training.epochs = m_epochs->value();
    training.batchSize = m_batchSize->value();
    training.threads = m_threads->value();
    training.device = selectedEnum(m_device, m_baseline.training.device);
    training.evalInterval = m_evalInterval->value();
    training.checkpointInterval = m_checkpointInterval->value();
    training.sampleCount = m_sampleCount->value();
    evaluation.seed = readSeed(m_evalSeed, m_baseline.evaluation.seed, problems);
    evaluation.batchSize = m_evalBatchSize->value();
    ScoresConfig& scores = evaluation.scores;
    const ScoresConfig& baseline = m_baseline.evaluation.scores;
    scores.iwae = m_iwae->isChecked();
    scores.iwaeSamples = m_iwaeSamples->value();
    scores.iwaeBatch = m_iwaeBatch->value();
    scores.complexity = m_complexity->isChecked();
    scores.compressor = selectedEnum(m_compressor, baseline.compressor);
    scores.background = m_background->isChecked();
    scores.perturbationRate = readReal(m_perturbationRate, baseline.perturbationRate, scores.background ? problems : nullptr);
    scores.regret = m_regret->isChecked();
    scores.regretSteps = m_regretSteps->value();
    scores.regretLearningRate = readReal(m_regretLearningRate, baseline.regretLearningRate, scores.regret ? problems : nullptr);
}

double ExperimentPanel::readReal(const QLineEdit* edit, double fallback, QList<ConfigError>* problems)
{
    if (const std::optional<double> value = parseReal(edit->text()))
        return *value;
    if (problems) {
        const QString text = edit->text().trimmed();
        problems->append({edit->objectName(), text.isEmpty() ? tr("needs a number")
                                                             : tr("\"%1\" is not a number").arg(text)});
    }
    return fallback;
}

int64_t ExperimentPanel::readSeed(const QLineEdit* edit, int64_t fallback, QList<ConfigError>* problems)
{
    const QString text = edit->text().trimmed();
    bool ok = false;
    const qlonglong value = text.toLongLong(&ok);
    if (ok)
        return value;
    if (problems) {
        problems->append({edit->objectName(), text.isEmpty()
                                                  ? tr("needs a whole number of at least 0")
                                                  : tr("%1 is too large; the largest seed is %2")
                                                        .arg(text)
                                                        .arg(std::numeric_limits<int64_t>::max())});
    }
    return fallback;
}

std::vector<int64_t> ExperimentPanel::readWidths(const QLineEdit* edit, const std::vector<int64_t>& fallback,
                                                 QList<ConfigError>* problems)
{
    const QString text = edit->text().trimmed();
    std::vector<int64_t> widths;
    if (text.isEmpty())
        return widths; // the architecture's default
    for (const QString& part : text.split(QLatin1Char(','))) {
        bool ok = false;
        const qlonglong width = part.trimmed().toLongLong(&ok);
        if (!ok) {
            if (problems) {
                problems->append({edit->objectName(),
                                  tr("\"%1\" is not a whole number; write filter counts separated by commas, "
                                     "e.g. 32, 64")
                                      .arg(part.trimmed())});
            }
            return fallback;
        }
        widths.push_back(width);
    }
    return widths;
}

// ---- checks -----------------------------------------------------------------------------

QList<ConfigError> ExperimentPanel::problems() const
{
    QList<ConfigError> found;
    const ExperimentConfig config = readControls(&found);
    found.append(config.validate());
    found.append(datasetProblems(config.data));
    // Top to bottom as in the form, so the first problem is the first one the user meets.
    std::stable_sort(found.begin(), found.end(), [this](const ConfigError& a, const ConfigError& b) {
        return fieldRank(a.field) < fieldRank(b.field);
    });
    return found;
}

bool ExperimentPanel::isValid() const
{
    return problems().isEmpty();
}

QList<ConfigError> ExperimentPanel::datasetProblems(const DataConfig& data) const
{
    QList<ConfigError> found;
    const QString inlier = data.inlier.trimmed();
    if (!inlier.isEmpty()) {
        const QString problem = availabilityProblem(inlier);
        if (!problem.isEmpty())
            found.append({QStringLiteral("data.inlier"), problem});
    }

    // A set scored as both classes (or pushed away as negative while being the inliers) makes
    // the AUROC meaningless; the registry would happily load it twice, so catch it here.
    const auto checkList = [&](const QString& field, const QStringList& names, const QString& clash) {
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString name = names.at(i).trimmed();
            if (name.isEmpty())
                continue; // validate() reports it
            if (name == inlier) {
                found.append({field, clash.arg(name)});
                continue;
            }
            const QString problem = availabilityProblem(name);
            if (!problem.isEmpty())
                found.append({QStringLiteral("%1[%2]").arg(field).arg(i), problem});
        }
    };
    checkList(QStringLiteral("data.ood"), data.ood,
              tr("\"%1\" is the inlier set; it cannot also be an OOD set. Uncheck it or choose other inliers."));
    checkList(QStringLiteral("data.negatives.sets"), data.negatives.sets,
              tr("\"%1\" is the inlier set; it cannot also supply the negatives. Uncheck it or choose other "
                 "inliers."));
    return found;
}

QString ExperimentPanel::availabilityProblem(const QString& nameOrPath) const
{
    // As the registry reads it: transforms follow the first ':' and do not change availability.
    const QString base = nameOrPath.section(QLatin1Char(':'), 0, 0).trimmed();
    if (const DatasetChoice* choice = findDataset(base)) {
        if (choice->available)
            return QString();
        return choice->problem.isEmpty() ? tr("\"%1\" is not available").arg(base)
                                         : tr("\"%1\" is not available: %2").arg(base, choice->problem);
    }
    if (base.isEmpty() || QFileInfo::exists(base))
        return QString();
    return tr("\"%1\" is neither a known data set nor an existing file or folder").arg(base);
}

int ExperimentPanel::fieldRank(const QString& field) const
{
    const qsizetype rank = m_fieldOrder.indexOf(field.section(QLatin1Char('['), 0, 0));
    return rank < 0 ? static_cast<int>(m_fieldOrder.size()) : static_cast<int>(rank);
}

QWidget* ExperimentPanel::fieldWidget(const QString& jsonPath) const
{
    return m_fields.value(jsonPath.section(QLatin1Char('['), 0, 0), nullptr);
}

// ---- reactions --------------------------------------------------------------------------

void ExperimentPanel::onEdited()
{
    if (m_filling)
        return;
    updateDependentControls();
    updateInlierItems();
    refreshValidation();
    Q_EMIT configChanged();
}

void ExperimentPanel::applyPreset()
{
    if (const std::optional<ExperimentConfig> preset = ExperimentConfig::preset(m_preset->currentData().toString()))
        setConfig(*preset);
}

void ExperimentPanel::setEditable(bool editable)
{
    m_editable = editable;
    // Disabling the container keeps each field's own enabled state (e.g. σ off for Bernoulli)
    // for when the run ends; the summary and scrolling stay usable.
    m_content->setEnabled(editable);
}

void ExperimentPanel::updateDependentControls()
{
    const NegativeSource source = selectedEnum(m_source, NegativeSource::None);
    setRowShown(QStringLiteral("data.negatives.sets"), source == NegativeSource::Auxiliary);
    setRowShown(QStringLiteral("data.negatives.noiseSigma"), source == NegativeSource::NoisyInliers);
    setRowShown(QStringLiteral("data.negatives.generatorNegativeTerm"), source == NegativeSource::Adversarial);
    setFieldEnabled(QStringLiteral("objective.negativeWeight"), source != NegativeSource::None);
    setFieldEnabled(QStringLiteral("objective.negativePriorMean"), source != NegativeSource::None);

    const Architecture architecture = selectedEnum(m_architecture, Architecture::Auto);
    setFieldEnabled(QStringLiteral("model.hidden"), architecture != Architecture::Colour);
    if (architecture == Architecture::Auto) {
        m_latentDim->setSpecialValueText(tr("default"));
        m_widths->setPlaceholderText(tr("default for the inliers"));
    } else {
        m_latentDim->setSpecialValueText(tr("default (%1)").arg(ModelConfig::defaultLatentDim(architecture)));
        m_widths->setPlaceholderText(tr("default: %1").arg(formatWidths(ModelConfig::defaultWidths(architecture))));
    }
    setFieldEnabled(QStringLiteral("model.gaussianSigma"),
                    selectedEnum(m_noiseModel, NoiseModel::Bernoulli) != NoiseModel::Bernoulli);

    // Each opt-in score's settings are editable only while the score is on.
    setFieldEnabled(QStringLiteral("evaluation.scores.iwaeSamples"), m_iwae->isChecked());
    setFieldEnabled(QStringLiteral("evaluation.scores.iwaeBatch"), m_iwae->isChecked());
    setFieldEnabled(QStringLiteral("evaluation.scores.compressor"), m_complexity->isChecked());
    setFieldEnabled(QStringLiteral("evaluation.scores.perturbationRate"), m_background->isChecked());
    setFieldEnabled(QStringLiteral("evaluation.scores.regretSteps"), m_regret->isChecked());
    setFieldEnabled(QStringLiteral("evaluation.scores.regretLearningRate"), m_regret->isChecked());

    const bool rmsprop = selectedEnum(m_optimizer, OptimizerType::RmsProp) == OptimizerType::RmsProp;
    setRowShown(QStringLiteral("optimizer.rmspropAlpha"), rmsprop);
    setRowShown(QStringLiteral("optimizer.adamBeta1"), !rmsprop);
    setRowShown(QStringLiteral("optimizer.adamBeta2"), !rmsprop);
}

void ExperimentPanel::setRowShown(const QString& path, bool shown)
{
    const Row row = m_rows.value(path);
    if (row.form)
        row.form->setRowVisible(row.widget, shown);
}

void ExperimentPanel::setFieldEnabled(const QString& path, bool enabled)
{
    if (QWidget* field = m_fields.value(path))
        field->setEnabled(enabled);
    if (QLabel* label = m_labels.value(path))
        label->setEnabled(enabled);
}

void ExperimentPanel::refreshValidation()
{
    const QList<ConfigError> found = problems();

    QHash<QWidget*, QStringList> messages;
    for (const ConfigError& problem : found) {
        if (QWidget* field = fieldWidget(problem.field))
            messages[field].append(problem.message);
    }
    for (QWidget* field : std::as_const(m_fields))
        markField(field, messages.value(field));

    QStringList lines;
    for (const ConfigError& problem : found)
        lines.append(problem.toString());
    m_summary->setText(lines.join(QLatin1Char('\n')));
    m_summary->setVisible(!found.isEmpty());

    const bool valid = found.isEmpty();
    const QString reason = valid ? QString() : found.first().toString();
    if (valid != m_valid || reason != m_reason) {
        m_valid = valid;
        m_reason = reason;
        Q_EMIT validityChanged(valid, reason);
    }
}

void ExperimentPanel::markField(QWidget* field, const QStringList& messages)
{
    const bool invalid = !messages.isEmpty();
    if (field->property(kInvalidProperty).toBool() != invalid) {
        field->setProperty(kInvalidProperty, invalid);
        // Style sheets read dynamic properties only when the widget is polished again.
        field->style()->unpolish(field);
        field->style()->polish(field);
        field->update();
    }
    const QString explanation = m_baseToolTips.value(field);
    field->setToolTip(invalid ? messages.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + explanation
                              : explanation);
}

bool ExperimentPanel::eventFilter(QObject* watched, QEvent* event)
{
    // A wheel over an unfocused spin box or combo scrolls the panel instead of editing it.
    if (event->type() == QEvent::Wheel) {
        auto* widget = qobject_cast<QWidget*>(watched);
        if (widget && !widget->hasFocus()) {
            QCoreApplication::sendEvent(m_scroll->verticalScrollBar(), event);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- translation ------------------------------------------------------------------------

void ExperimentPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ExperimentPanel::retranslateUi()
{
    for (const auto& [group, title] : std::as_const(m_groups))
        group->setTitle(tr(title));

    m_presetLabel->setText(tr("&Preset"));
    m_preset->setToolTip(tr("Ready-made configurations from the paper; Apply replaces every setting below."));
    m_presetLabel->setToolTip(m_preset->toolTip());
    m_applyPreset->setText(tr("&Apply"));
    m_applyPreset->setToolTip(tr("Replace every setting with the chosen preset."));

    for (const FieldText& text : kFieldTexts) {
        QWidget* field = m_fields.value(QString::fromLatin1(text.path));
        if (!field)
            continue;
        if (auto* check = qobject_cast<QCheckBox*>(field))
            check->setText(tr(text.label));
        else if (QLabel* label = m_labels.value(field->objectName())) {
            label->setText(tr(text.label));
            label->setToolTip(tr(text.toolTip)); // people hover the label as often as the field
        }
        m_baseToolTips.insert(field, tr(text.toolTip));
    }
    for (QComboBox* combo : {m_source, m_architecture, m_noiseModel, m_optimizer, m_updates, m_device})
        retranslateCombo(combo);

    m_trainSubset->setSpecialValueText(tr("all"));
    m_testSubset->setSpecialValueText(tr("all"));
    m_threads->setSpecialValueText(tr("all cores"));
    m_sampleCount->setSpecialValueText(tr("none"));
    m_learningRate->setPlaceholderText(tr("e.g. 1e-4"));

    m_browseInlier->setText(QStringLiteral("…"));
    m_browseInlier->setToolTip(tr("Use a file or folder of images as the inliers."));
    for (QToolButton* button : {m_addOodPath, m_addNegativePath}) {
        button->setText(tr("A&dd path…"));
        button->setToolTip(tr("Add a file or folder of images to the list, checked."));
    }
    for (QToolButton* button : {m_browseInlier, m_addOodPath, m_addNegativePath}) {
        const QList<QAction*> actions = button->menu()->actions();
        actions.at(0)->setText(tr("File…"));
        actions.at(1)->setText(tr("Folder…"));
    }
    retranslateDatasetItems();

    updateDependentControls();
    refreshValidation();
}

void ExperimentPanel::retranslateCombo(QComboBox* combo)
{
    for (int i = 0; i < combo->count(); ++i) {
        const QString json = combo->itemData(i).toString();
        for (const ChoiceText& text : kChoiceTexts) {
            if (combo->objectName() == QLatin1String(text.path) && json == QLatin1String(text.json)) {
                combo->setItemText(i, tr(text.label));
                combo->setItemData(i, text.toolTip ? tr(text.toolTip) : QString(), Qt::ToolTipRole);
            }
        }
    }
}

void ExperimentPanel::retranslateDatasetItems()
{
    const QBrush greyed = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int i = 0; i < m_inlier->count(); ++i) {
        const QString name = m_inlier->itemData(i).toString();
        m_inlier->setItemData(i, datasetToolTip(name), Qt::ToolTipRole);
        const DatasetChoice* choice = findDataset(name);
        if (choice && !choice->available)
            m_inlier->setItemData(i, greyed, Qt::ForegroundRole);
    }
    for (QListWidget* list : {m_ood, m_negativeSets}) {
        if (!list)
            continue; // the inlier combo is filled before the lists exist
        const QSignalBlocker blocker(list);
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setToolTip(datasetToolTip(list->item(i)->data(kNameRole).toString()));
    }
}

} // namespace negvae
