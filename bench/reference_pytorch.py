#!/usr/bin/python3
"""The PyTorch reference of bench_training: negvae's default grayscale VAE, its losses and its
update schemes written the plain PyTorch way, so that the bench can put negvae's images/s beside
PyTorch's on the same machine, data, batch size and thread count.

What it mirrors (core/vaemodel.cpp, core/likelihood.cpp, core/trainer.cpp, core/evaluator.cpp):
  encoder  Conv(1→32,4,s2,p1)–ReLU–Conv(32→64,4,s2,p1)–ReLU–Flatten–Linear(3136→256)–ReLU,
           heads Linear(256→10) for mu and logvar
  decoder  Linear(10→256)–ReLU–Linear(256→3136)–ReLU–Unflatten(64,7,7)–
           ConvT(64→32,4,s2,p1)–ReLU–ConvT(32→1,4,s2,p1), Bernoulli logits
  loss     Σ BCE-with-logits(x̂, x) + KL(q(z|x) ‖ N(0,I)) [+ λ KL(q(z|x̄) ‖ N(c·1,I))], batch means
  updates  alternating, each half with its own RMSprop(lr 1e-4, α 0.99, eps 1e-8):
           encoder step: the whole loss, backward, encoder optimiser steps;
           decoder step: encoder forward without gradients, reconstruction term (+ for the
           adversarial generator KL(q(z|x̂) ‖ N(0,I)) through a fresh decode of the negatives'
           latents), backward, decoder optimiser steps
  negatives none; auxiliary (random images of a second set); adversarial (x̂ = sigmoid(dec(z)),
           z ~ N(0,I), detached for the encoder step)
  scoring  no_grad + eval(): per image REC, KL and BPD with a seeded generator for the ELBO's z
Batches are made as negvae makes them: uint8 images indexed by a permutation, then /255.

One measurement per call; prints one JSON line:
  reference_pytorch.py train --negatives none|auxiliary|adversarial --batch 50 --threads 1 \
      --inliers DIR [--auxiliary DIR] [--seconds 3]
  reference_pytorch.py eval --batch 128 --threads 2 --inliers DIR [--seconds 3] [--images 2000]
"""

import argparse
import gzip
import json
import math
import os
import sys
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

LATENT = 10
NEGATIVE_PRIOR_MEAN = 8.0
NEGATIVE_WEIGHT = 1.0


def read_idx_images(folder, stem):
    """uint8 N×1×28×28 from an IDX file, gzip-compressed or not."""
    for name, opener in ((stem, open), (stem + ".gz", gzip.open)):
        path = os.path.join(folder, name)
        if os.path.exists(path):
            with opener(path, "rb") as f:
                data = f.read()
            count, rows, cols = (int.from_bytes(data[i:i + 4], "big") for i in (4, 8, 12))
            array = np.frombuffer(data, dtype=np.uint8, offset=16, count=count * rows * cols)
            return torch.from_numpy(array.copy()).reshape(count, 1, rows, cols)
    sys.exit(f"reference_pytorch.py: no {stem}[.gz] in {folder}")


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(1, 32, 4, stride=2, padding=1), nn.ReLU(),
            nn.Conv2d(32, 64, 4, stride=2, padding=1), nn.ReLU(),
            nn.Flatten(), nn.Linear(64 * 7 * 7, 256), nn.ReLU())
        self.mu = nn.Linear(256, LATENT)
        self.logvar = nn.Linear(256, LATENT)

    def forward(self, x):
        h = self.features(x)
        return self.mu(h), self.logvar(h)


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.Sequential(
            nn.Linear(LATENT, 256), nn.ReLU(),
            nn.Linear(256, 64 * 7 * 7), nn.ReLU(),
            nn.Unflatten(1, (64, 7, 7)),
            nn.ConvTranspose2d(64, 32, 4, stride=2, padding=1), nn.ReLU(),
            nn.ConvTranspose2d(32, 1, 4, stride=2, padding=1))

    def forward(self, z):
        return self.layers(z)


def kl_to_isotropic(mu, logvar, centre):
    diff = mu - centre
    return (0.5 * (torch.exp(logvar) + diff * diff - 1.0 - logvar)).reshape(mu.shape[0], -1).sum(1)


def log_likelihood(output, x):
    bce = F.binary_cross_entropy_with_logits(output, x, reduction="none")
    return -bce.reshape(x.shape[0], -1).sum(1)


def reparameterize(mu, logvar, generator):
    eps = torch.randn(mu.shape, generator=generator)
    return mu + torch.exp(0.5 * logvar) * eps


class Reference:
    def __init__(self, negatives, auxiliary, seed=1):
        torch.manual_seed(seed)
        self.encoder = Encoder()
        self.decoder = Decoder()
        self.generator = torch.Generator().manual_seed(seed)
        self.negatives = negatives
        self.auxiliary = auxiliary
        rmsprop = dict(lr=1e-4, alpha=0.99, eps=1e-8)
        self.encoder_optimizer = torch.optim.RMSprop(self.encoder.parameters(), **rmsprop)
        self.decoder_optimizer = torch.optim.RMSprop(self.decoder.parameters(), **rmsprop)

    def make_negatives(self, x):
        with torch.no_grad():
            if self.negatives == "auxiliary":
                indices = torch.randint(self.auxiliary.shape[0], (x.shape[0],), generator=self.generator)
                return self.auxiliary.index_select(0, indices).float().div_(255.0), None
            if self.negatives == "adversarial":
                z = torch.randn((x.shape[0], LATENT), generator=self.generator)
                return torch.sigmoid(self.decoder(z)), z
        return None, None

    def encoder_step(self, x, negatives):
        self.encoder_optimizer.zero_grad()
        mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar, self.generator)
        reconstruction = -log_likelihood(self.decoder(z), x).mean()
        kl = kl_to_isotropic(mu, logvar, 0.0).mean()
        loss = reconstruction + kl
        negative_kl = None
        if negatives is not None:
            negative_mu, negative_logvar = self.encoder(negatives)
            negative_kl = kl_to_isotropic(negative_mu, negative_logvar, NEGATIVE_PRIOR_MEAN).mean()
            loss = loss + NEGATIVE_WEIGHT * negative_kl
        loss.backward()
        self.encoder_optimizer.step()
        # The same scalars negvae reads back every step for its metrics.
        return loss.item(), reconstruction.item(), kl.item(), None if negative_kl is None else negative_kl.item()

    def decoder_step(self, x, latent):
        self.decoder_optimizer.zero_grad()
        with torch.no_grad():
            mu, logvar = self.encoder(x)
        z = reparameterize(mu, logvar, self.generator)
        loss = -log_likelihood(self.decoder(z), x).mean()
        if self.negatives == "adversarial":
            generated = torch.sigmoid(self.decoder(latent))
            generated_mu, generated_logvar = self.encoder(generated)
            loss = loss + kl_to_isotropic(generated_mu, generated_logvar, 0.0).mean()
        loss.backward()
        self.decoder_optimizer.step()
        return loss.item()

    def train_step(self, x):
        self.encoder.train()
        self.decoder.train()
        negatives, latent = self.make_negatives(x)
        self.encoder_step(x, negatives)
        self.decoder_step(x, latent)

    def score(self, images, batch, seed=1234):
        """Per-image BPD, KL and REC of a uint8 set, as negvae's Evaluator computes them."""
        self.encoder.eval()
        self.decoder.eval()
        generator = torch.Generator().manual_seed(seed)
        bpd, kl, rec = [], [], []
        with torch.no_grad():
            for begin in range(0, images.shape[0], batch):
                x = images[begin:begin + batch].float().div_(255.0)
                dims = x[0].numel()
                mu, logvar = self.encoder(x)
                z = reparameterize(mu, logvar, generator)
                r = -log_likelihood(self.decoder(z), x)
                k = kl_to_isotropic(mu, logvar, 0.0)
                rec.append(r)
                kl.append(k)
                bpd.append((r + k) / (dims * math.log(2.0)))
        return torch.cat(bpd), torch.cat(kl), torch.cat(rec)


def best_rate(run_chunk, seconds, images_per_call, warmup):
    """Images per second of wall time and per second of process CPU time, each the best of
    three chunks of about seconds/3, after `warmup` calls: the machine is shared, and the
    fastest chunk is the one least disturbed by other work (CPU time is less disturbed still)."""
    for _ in range(warmup):
        run_chunk()
    best_wall = best_cpu = 0.0
    calls_total = 0
    for _ in range(3):
        calls = 0
        start = time.perf_counter()
        start_cpu = time.process_time()
        while True:
            run_chunk()
            calls += 1
            elapsed = time.perf_counter() - start
            if elapsed >= seconds / 3 and calls >= 3:
                break
        cpu = time.process_time() - start_cpu
        calls_total += calls
        best_wall = max(best_wall, calls * images_per_call / elapsed)
        best_cpu = max(best_cpu, calls * images_per_call / max(cpu, 1e-9))
    return best_wall, best_cpu, calls_total


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=["train", "eval"])
    parser.add_argument("--negatives", choices=["none", "auxiliary", "adversarial"], default="none")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--inliers", required=True, help="folder with the Fashion-MNIST IDX files")
    parser.add_argument("--auxiliary", help="folder with the auxiliary set's IDX files (MNIST layout)")
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--images", type=int, default=2000, help="test images per scoring pass")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)

    if args.what == "train":
        train = read_idx_images(args.inliers, "train-images-idx3-ubyte")
        auxiliary = None
        if args.negatives == "auxiliary":
            if not args.auxiliary:
                sys.exit("reference_pytorch.py: --negatives auxiliary needs --auxiliary DIR")
            auxiliary = read_idx_images(args.auxiliary, "train-images-idx3-ubyte")
        reference = Reference(args.negatives, auxiliary)
        permutation = torch.randperm(train.shape[0], generator=reference.generator)
        position = [0]

        def step():
            begin = position[0]
            if begin + args.batch > train.shape[0]:
                begin = 0
            indices = permutation[begin:begin + args.batch]
            position[0] = begin + args.batch
            reference.train_step(train.index_select(0, indices).float().div_(255.0))

        rate, cpu_rate, calls = best_rate(step, args.seconds, args.batch, warmup=3)
        result = {"what": "train", "negatives": args.negatives, "batch": args.batch, "threads": args.threads,
                  "images_per_s": rate, "images_per_cpu_s": cpu_rate, "steps": calls}
    else:
        test = read_idx_images(args.inliers, "t10k-images-idx3-ubyte")[:args.images]
        reference = Reference("none", None)
        rate, cpu_rate, calls = best_rate(lambda: reference.score(test, args.batch), args.seconds, test.shape[0],
                                          warmup=1)
        result = {"what": "eval", "batch": args.batch, "threads": args.threads, "images_per_s": rate,
                  "images_per_cpu_s": cpu_rate, "passes": calls}
    result["torch"] = torch.__version__
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
