#include "likelihoodregret.h"

#include "likelihood.h"

namespace negvae {

LikelihoodRegret::LikelihoodRegret(int64_t steps, double learningRate)
    : m_steps(std::max<int64_t>(1, steps))
    , m_learningRate(learningRate)
{
}

torch::Tensor LikelihoodRegret::regret(Vae& model, const torch::Tensor& x, at::Generator& generator) const
{
    torch::Tensor mu0;
    torch::Tensor logvar0;
    {
        const torch::NoGradGuard noGrad;
        std::tie(mu0, logvar0) = model->encoder()->forward(x);
    }
    // One ε for the whole optimisation (common random numbers): the objective is then a
    // deterministic function of the posterior, so "lowest value reached" means something.
    const torch::Tensor eps = torch::randn(mu0.sizes(), generator, torch::kFloat32).to(x.device());
    const auto negativeElbo = [&](const torch::Tensor& mu, const torch::Tensor& logvar) {
        const torch::Tensor z = mu + torch::exp(0.5 * logvar) * eps;
        return -model->logLikelihood(model->decoder()->forward(z), x) + Likelihood::klToIsotropic(mu, logvar, 0.0);
    };

    const torch::AutoGradMode gradients(true);
    torch::Tensor mu = mu0.detach().clone().requires_grad_(true);
    torch::Tensor logvar = logvar0.detach().clone().requires_grad_(true);
    torch::optim::Adam optimizer(std::vector<torch::Tensor> {mu, logvar}, torch::optim::AdamOptions(m_learningRate));
    torch::Tensor start;
    torch::Tensor best;
    for (int64_t step = 0; step <= m_steps; ++step) {
        const torch::Tensor loss = negativeElbo(mu, logvar);
        const torch::Tensor value = loss.detach();
        // Non-finite values (a step that overshot) never count as an improvement.
        const torch::Tensor candidate = torch::where(torch::isfinite(value), value, torch::full_like(value, INFINITY));
        if (step == 0) {
            start = value.clone();
            best = value.clone();
        } else {
            best = torch::minimum(best, candidate);
        }
        if (step == m_steps)
            break;
        // Gradients of the posterior parameters only: the model's .grad stays untouched.
        const auto grads = torch::autograd::grad({loss.sum()}, {mu, logvar});
        mu.mutable_grad() = grads[0];
        logvar.mutable_grad() = grads[1];
        optimizer.step();
    }
    return (start - best).clamp_min(0.0);
}

} // namespace negvae
