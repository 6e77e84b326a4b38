#include "trainer.h"

#include "likelihood.h"

#include <QElapsedTimer>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace negvae {

namespace {

double scalar(const torch::Tensor& t)
{
    return t.defined() ? t.item<double>() : std::numeric_limits<double>::quiet_NaN();
}

// The gradient of `loss` with respect to `parameters` alone, put where the optimiser reads
// it. loss.backward() would also fill the other half's weight gradients, only for the step
// to throw them away; asking autograd for these parameters only lets it skip those kernels
// (the gradients that flow *through* the other half are still computed). A parameter the loss
// does not reach keeps the zero its optimiser's zero_grad() gave it, as with backward().
void backwardInto(const torch::Tensor& loss, const std::vector<torch::Tensor>& parameters)
{
    const auto gradients = torch::autograd::grad({loss}, parameters, {}, false, false, true);
    for (size_t i = 0; i < parameters.size(); ++i) {
        if (!gradients[i].defined())
            continue;
        // Autograd may return a view (a transposed matmul result), which the optimiser's
        // zero_grad() could not detach later: the gradient goes into the parameter's own tensor.
        torch::Tensor parameter = parameters[i];
        if (parameter.grad().defined())
            parameter.mutable_grad().copy_(gradients[i]);
        else
            parameter.mutable_grad() = gradients[i].clone(at::MemoryFormat::Contiguous);
    }
}

} // namespace

NonFiniteLossError::NonFiniteLossError(int64_t step, const QString& term, double value)
    : std::runtime_error(QStringLiteral("step %1: the %2 became %3; training stopped, the last checkpoint is kept "
                                        "(resume it, or restart with a lower learning rate)")
                             .arg(step).arg(term, QString::number(value)).toStdString())
    , m_step(step)
    , m_term(term)
{
}

Trainer::Trainer(const ExperimentConfig& config, const ImageShape& shape, torch::Device device, ImageSet auxiliary)
    : m_config(config)
    , m_device(device)
    , m_generator(at::detail::createCPUGenerator(static_cast<uint64_t>(config.seed)))
    , m_auxiliary(std::move(auxiliary))
{
    if (m_config.data.negatives.source == NegativeSource::Auxiliary && m_auxiliary.isEmpty())
        throw std::invalid_argument("auxiliary negatives need a non-empty negative set");
    // Weight initialisation draws from torch's global generator: seeding it here makes the
    // starting weights a function of the config alone.
    torch::manual_seed(static_cast<uint64_t>(config.seed));
    m_model = Vae(VaeOptions::fromConfig(config.model, shape));
    m_model->to(m_device);
    m_encoderOptimizer = makeOptimizer(m_model->encoder()->parameters());
    m_decoderOptimizer = makeOptimizer(m_model->decoder()->parameters());
}

void Trainer::requireFiniteGradients(torch::nn::Module& module, const char* what) const
{
    // One reduction and one sync for all parameters: a finite sum means finite gradients
    // (an overflowing sum of finite values is as much a sign of divergence).
    std::vector<torch::Tensor> sums;
    for (const torch::Tensor& p : module.parameters())
        if (p.grad().defined())
            sums.push_back(p.grad().abs().sum());
    if (sums.empty())
        return;
    const double total = torch::stack(sums).sum().item<double>();
    if (!std::isfinite(total))
        throw NonFiniteLossError(m_step + 1, QString::fromLatin1(what), total);
}

void Trainer::setLearningRate(double learningRate)
{
    for (torch::optim::Optimizer* optimizer : {m_encoderOptimizer.get(), m_decoderOptimizer.get()})
        for (torch::optim::OptimizerParamGroup& group : optimizer->param_groups())
            group.options().set_lr(learningRate);
    m_config.optimizer.learningRate = learningRate;
}

std::unique_ptr<torch::optim::Optimizer> Trainer::makeOptimizer(std::vector<torch::Tensor> parameters) const
{
    const OptimizerConfig& o = m_config.optimizer;
    if (o.type == OptimizerType::Adam) {
        return std::make_unique<torch::optim::Adam>(
            parameters, torch::optim::AdamOptions(o.learningRate).betas({o.adamBeta1, o.adamBeta2}).eps(o.eps).weight_decay(o.weightDecay));
    }
    return std::make_unique<torch::optim::RMSprop>(
        parameters, torch::optim::RMSpropOptions(o.learningRate).alpha(o.rmspropAlpha).eps(o.eps).weight_decay(o.weightDecay));
}

torch::Tensor Trainer::makeNegatives(const torch::Tensor& x, torch::Tensor* latent)
{
    torch::NoGradGuard noGrad;
    const NegativesConfig& n = m_config.data.negatives;
    const auto options = x.options();
    switch (n.source) {
    case NegativeSource::None:
        return {};
    case NegativeSource::Auxiliary: {
        const torch::Tensor indices = torch::randint(m_auxiliary.size(), {x.size(0)}, m_generator, torch::kInt64);
        return m_auxiliary.floatBatch(indices).to(m_device);
    }
    case NegativeSource::NoisyInliers:
        return (x + torch::randn(x.sizes(), m_generator, options.device(torch::kCPU)).to(m_device) * n.noiseSigma).clamp_(0.0, 1.0);
    case NegativeSource::UniformNoise:
        return torch::rand(x.sizes(), m_generator, options.device(torch::kCPU)).to(m_device);
    case NegativeSource::Generated:
    case NegativeSource::Adversarial: {
        const torch::Tensor z = torch::randn({x.size(0), m_model->options().latentDim}, m_generator, options.device(torch::kCPU)).to(m_device);
        if (latent)
            *latent = z;
        return m_model->decode(z).detach();
    }
    }
    return {};
}

Trainer::Losses Trainer::objective(const torch::Tensor& x, const torch::Tensor& negatives)
{
    Losses losses;
    auto [mu, logvar] = m_model->encoder()->forward(x);
    const torch::Tensor z = Likelihood::reparameterize(mu, logvar, m_generator);
    const torch::Tensor output = m_model->decoder()->forward(z);
    losses.reconstruction = -m_model->logLikelihood(output, x).mean();
    losses.kl = Likelihood::klToIsotropic(mu, logvar, 0.0).mean();
    losses.loss = losses.reconstruction + losses.kl;
    if (negatives.defined()) {
        auto [negativeMu, negativeLogvar] = m_model->encoder()->forward(negatives);
        losses.negativeKl = Likelihood::klToIsotropic(negativeMu, negativeLogvar, m_config.objective.negativePriorMean).mean();
        losses.loss = losses.loss + m_config.objective.negativeWeight * losses.negativeKl;
    }
    return losses;
}

torch::Tensor Trainer::generatorObjective(const torch::Tensor& x, const torch::Tensor& latent)
{
    // The decoder's part of L is the inliers' reconstruction term (the KL terms do not
    // depend on it) ...
    torch::Tensor mu;
    torch::Tensor logvar;
    {
        torch::NoGradGuard noGrad;
        std::tie(mu, logvar) = m_model->encoder()->forward(x);
    }
    const torch::Tensor z = Likelihood::reparameterize(mu, logvar, m_generator);
    torch::Tensor loss = -m_model->logLikelihood(m_model->decoder()->forward(z), x).mean();
    if (m_config.data.negatives.source != NegativeSource::Adversarial)
        return loss;
    // ... plus, for the adversarial generator, KL(q(z|x̂) ‖ p(z)) with gradients through x̂:
    // it learns to make images the encoder takes for inliers. The switch adds the
    // negative-prior term with gradients too (SPEC §3).
    const torch::Tensor generated = m_model->decode(latent);
    auto [generatedMu, generatedLogvar] = m_model->encoder()->forward(generated);
    loss = loss + Likelihood::klToIsotropic(generatedMu, generatedLogvar, 0.0).mean();
    if (m_config.data.negatives.generatorNegativeTerm) {
        loss = loss + m_config.objective.negativeWeight
                * Likelihood::klToIsotropic(generatedMu, generatedLogvar, m_config.objective.negativePriorMean).mean();
    }
    return loss;
}

StepMetrics Trainer::encoderStep(const torch::Tensor& x, const torch::Tensor& negatives)
{
    m_encoderOptimizer->zero_grad();
    const Losses losses = objective(x, negatives);
    backwardInto(losses.loss, m_model->encoder()->parameters());
    requireFiniteGradients(*m_model->encoder(), "encoder's gradient");
    m_encoderOptimizer->step();
    StepMetrics metrics;
    metrics.loss = scalar(losses.loss);
    metrics.reconstruction = scalar(losses.reconstruction);
    metrics.kl = scalar(losses.kl);
    metrics.negativeKl = scalar(losses.negativeKl);
    return metrics;
}

double Trainer::decoderStep(const torch::Tensor& x, const torch::Tensor& latent)
{
    m_decoderOptimizer->zero_grad();
    const torch::Tensor loss = generatorObjective(x, latent);
    backwardInto(loss, m_model->decoder()->parameters());
    requireFiniteGradients(*m_model->decoder(), "decoder's gradient");
    m_decoderOptimizer->step();
    return loss.item<double>();
}

StepMetrics Trainer::jointStep(const torch::Tensor& x, const torch::Tensor& negatives, const torch::Tensor& latent)
{
    m_encoderOptimizer->zero_grad();
    m_decoderOptimizer->zero_grad();
    const Losses losses = objective(x, negatives);
    StepMetrics metrics;
    if (m_config.data.negatives.source == NegativeSource::Adversarial) {
        // Encoder and generator pursue different objectives: each gets the gradient of its
        // own, computed from the same parameters, then both step together.
        const auto encoderParameters = m_model->encoder()->parameters();
        const auto decoderParameters = m_model->decoder()->parameters();
        const auto encoderGradients = torch::autograd::grad({losses.loss}, encoderParameters, {}, true, false, true);
        const torch::Tensor generatorLoss = generatorObjective(x, latent);
        const auto decoderGradients = torch::autograd::grad({generatorLoss}, decoderParameters, {}, false, false, true);
        for (size_t i = 0; i < encoderParameters.size(); ++i)
            if (encoderGradients[i].defined())
                encoderParameters[i].mutable_grad() = encoderGradients[i];
        for (size_t i = 0; i < decoderParameters.size(); ++i)
            if (decoderGradients[i].defined())
                decoderParameters[i].mutable_grad() = decoderGradients[i];
        metrics.generatorLoss = generatorLoss.item<double>();
    } else {
        losses.loss.backward();
    }
    requireFiniteGradients(*m_model->encoder(), "encoder's gradient");
    requireFiniteGradients(*m_model->decoder(), "decoder's gradient");
    m_encoderOptimizer->step();
    m_decoderOptimizer->step();
    metrics.loss = scalar(losses.loss);
    metrics.reconstruction = scalar(losses.reconstruction);
    metrics.kl = scalar(losses.kl);
    metrics.negativeKl = scalar(losses.negativeKl);
    return metrics;
}

StepMetrics Trainer::trainStep(const torch::Tensor& batch, int64_t epoch)
{
    QElapsedTimer timer;
    timer.start();
    m_model->train();
    const torch::Tensor x = batch.to(m_device);
    torch::Tensor latent;
    const torch::Tensor negatives = makeNegatives(x, &latent);

    StepMetrics metrics;
    if (m_config.objective.updates == UpdateScheme::Joint) {
        metrics = jointStep(x, negatives, latent);
    } else {
        metrics = encoderStep(x, negatives);
        const double generatorLoss = decoderStep(x, latent);
        if (m_config.data.negatives.source == NegativeSource::Adversarial)
            metrics.generatorLoss = generatorLoss;
    }
    if (const torch::Tensor logSigma = m_model->decoder()->logSigma(); logSigma.defined())
        metrics.sigma = std::exp(logSigma.item<double>());
    // The negative and generator terms are NaN by convention when the configuration has
    // none; only a term that exists and is not finite means the run diverged.
    struct Term {
        const char* name;
        double value;
        bool present;
    };
    const Term terms[] = {
        {"reconstruction term", metrics.reconstruction, true},
        {"KL term of the inliers", metrics.kl, true},
        {"KL term of the negatives", metrics.negativeKl, negatives.defined()},
        {"generator's objective", metrics.generatorLoss, m_config.data.negatives.source == NegativeSource::Adversarial},
    };
    for (const Term& term : terms) {
        if (term.present && !std::isfinite(term.value))
            throw NonFiniteLossError(m_step + 1, QString::fromLatin1(term.name), term.value);
    }
    metrics.step = ++m_step;
    metrics.epoch = epoch;
    metrics.images = x.size(0);
    metrics.seconds = timer.nsecsElapsed() / 1e9;
    return metrics;
}

void Trainer::save(torch::serialize::OutputArchive& archive) const
{
    torch::serialize::OutputArchive model;
    torch::serialize::OutputArchive encoderOptimizer;
    torch::serialize::OutputArchive decoderOptimizer;
    m_model->save(model);
    m_encoderOptimizer->save(encoderOptimizer);
    m_decoderOptimizer->save(decoderOptimizer);
    archive.write("model", model);
    archive.write("encoder_optimizer", encoderOptimizer);
    archive.write("decoder_optimizer", decoderOptimizer);
    archive.write("generator_state", m_generator.get_state());
    archive.write("step", torch::tensor(m_step, torch::kInt64));
}

void Trainer::load(torch::serialize::InputArchive& archive)
{
    torch::serialize::InputArchive model;
    torch::serialize::InputArchive encoderOptimizer;
    torch::serialize::InputArchive decoderOptimizer;
    archive.read("model", model);
    archive.read("encoder_optimizer", encoderOptimizer);
    archive.read("decoder_optimizer", decoderOptimizer);
    m_model->load(model);
    m_model->to(m_device);
    m_encoderOptimizer->load(encoderOptimizer);
    m_decoderOptimizer->load(decoderOptimizer);
    torch::Tensor state;
    archive.read("generator_state", state);
    m_generator.set_state(state);
    torch::Tensor step;
    archive.read("step", step);
    m_step = step.item<int64_t>();
}

} // namespace negvae
