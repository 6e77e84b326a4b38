#pragma once

#include <torch/torch.h>

namespace negvae {

// Scope for work beside training (scoring, sample grids, negatives for the histograms): no
// gradients, the module in eval mode, and, when a generator is given, its random state put
// back afterwards, so that how often a run evaluates never changes how it trains. Restores
// on every exit, exceptions included.
class InferenceGuard {
public:
    explicit InferenceGuard(torch::nn::Module& module, at::Generator* generator = nullptr)
        : m_module(module)
        , m_wasTraining(module.is_training())
        , m_generator(generator)
        , m_generatorState(generator ? generator->get_state() : torch::Tensor())
    {
        m_module.eval();
    }
    ~InferenceGuard()
    {
        if (m_generator)
            m_generator->set_state(m_generatorState);
        m_module.train(m_wasTraining);
    }
    InferenceGuard(const InferenceGuard&) = delete;
    InferenceGuard& operator=(const InferenceGuard&) = delete;

private:
    torch::NoGradGuard m_noGrad;
    torch::nn::Module& m_module;
    bool m_wasTraining;
    at::Generator* m_generator;
    torch::Tensor m_generatorState;
};

} // namespace negvae
