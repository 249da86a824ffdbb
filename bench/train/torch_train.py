"""The PyTorch side of the training benchmark: the fishdens sae and mlp, written as a PyTorch
user would, trained on the table that TrainBench wrote.

Usage: torch_train.py TABLE_CSV MODEL layers=16,8,4 epochs=N pretrain-epochs=N refit-epochs=N
       learning-rate=X batch-size=N threads=N seed=N
Prints one tab-separated row per stage, as TrainBench does: tool, model, stage, epochs,
seconds per epoch (mean over all but the first epoch), the stage's final loss.

The network, the scaling and the losses follow the fishdens trainer: features standardised on
the training rows (sample deviation, missing values set to the mean), densities standardised
over the surveys where the species is present, tanh encoder layers, a presence head (binary
cross-entropy on caught or not) and a density head (squared error where caught), Adam, shuffled
mini-batches, the epoch loss the row-weighted mean of the batch losses. sae first pre-trains each
encoder layer as a shallow autoencoder of the codes below (measured values only at the first),
and refits the decoders to the fine-tuned encoder at the end.
"""
import csv
import sys
import time

import torch
from torch import nn


def read_table(path):
    with open(path, newline="") as handle:
        rows = list(csv.reader(handle))
    header, body = rows[0], rows[1:]
    features = [i for i, name in enumerate(header) if name.startswith("f:")]
    targets = [i for i, name in enumerate(header) if name.startswith("t:")]
    number = lambda text: float(text) if text != "" else float("nan")
    x = torch.tensor([[number(row[i]) for i in features] for row in body], dtype=torch.float64)
    y = torch.tensor([[number(row[i]) for i in targets] for row in body], dtype=torch.float64)
    return x, y


def standardise(values):
    """Column means and sample deviations over the non-missing values; deviation 1 if constant."""
    means, deviations = [], []
    for column in values.T:
        present = column[~torch.isnan(column)]
        mean = present.mean().item() if len(present) > 0 else 0.0
        variance = present.var(unbiased=True).item() if len(present) > 1 else 0.0
        means.append(mean)
        deviations.append(variance ** 0.5 if variance > 1e-24 else 1.0)
    return torch.tensor(means, dtype=torch.float64), torch.tensor(deviations, dtype=torch.float64)


def scaled(values, means, deviations):
    return torch.nan_to_num((values - means) / deviations, nan=0.0).float()


class Network(nn.Module):
    def __init__(self, inputs, layers, targets):
        super().__init__()
        widths = [inputs] + layers
        self.encoder = nn.ModuleList(nn.Linear(widths[i], widths[i + 1]) for i in range(len(layers)))
        self.presence = nn.Linear(layers[-1], targets)
        self.density = nn.Linear(layers[-1], targets)

    def encode(self, x, depth=None):
        for layer in self.encoder[: len(self.encoder) if depth is None else depth]:
            x = torch.tanh(layer(x))
        return x

    def forward(self, x):
        code = self.encode(x)
        return self.presence(code), self.density(code)


class Decoder(nn.Module):
    def __init__(self, inputs, layers):
        super().__init__()
        widths = [inputs] + layers
        self.layers = nn.ModuleList(nn.Linear(widths[i + 1], widths[i]) for i in range(len(layers)))

    def forward(self, code):
        for layer in reversed(self.layers):
            code = layer(code)
        return code


def masked_mse(output, expected, weight):
    return ((output - expected).square() * weight).sum() / weight.sum().clamp_min(1)


def run_stage(name, epochs, rows, batch_size, generator, step, report):
    times, loss = [], float("nan")
    last = time.perf_counter()
    for _ in range(epochs):
        order = torch.randperm(rows, generator=generator)
        total = 0.0
        for start in range(0, rows, batch_size):
            index = order[start : start + batch_size]
            total += step(index) * len(index)
        loss = total / rows
        now = time.perf_counter()
        times.append(now - last)
        last = now
    timed = times[1:] if len(times) > 1 else times
    report(name, epochs, sum(timed) / len(timed), loss)


def main():
    table, model = sys.argv[1], sys.argv[2]
    settings = dict(pair.split("=", 1) for pair in sys.argv[3:])
    layers = [int(w) for w in settings.get("layers", "16,8,4").split(",")]
    epochs = int(settings.get("epochs", "200"))
    pretrain_epochs = int(settings.get("pretrain-epochs", "50"))
    refit_epochs = int(settings.get("refit-epochs", "30"))
    rate = float(settings.get("learning-rate", "0.001"))
    batch_size = int(settings.get("batch-size", "32"))
    torch.set_num_threads(int(settings.get("threads", "1")))
    torch.manual_seed(int(settings.get("seed", "42")))
    generator = torch.Generator().manual_seed(int(settings.get("seed", "42")))

    def report(stage, count, seconds, loss):
        print(f"pytorch\t{model}\t{stage}\t{count}\t{seconds:.6f}\t{loss:.6f}", flush=True)

    x, y = read_table(table)
    feature_means, feature_deviations = standardise(x)
    present_only = torch.where(y > 0, y, torch.full_like(y, float("nan")))
    density_means, density_deviations = standardise(present_only)
    features = scaled(x, feature_means, feature_deviations)
    measured = (~torch.isnan(x)).float()
    density = scaled(y, density_means, density_deviations)
    presence = (y > 0).float()
    rows = len(features)

    network = Network(features.shape[1], layers, y.shape[1])
    decoder = Decoder(features.shape[1], layers) if model == "sae" else None

    if decoder is not None:
        for k, (encoder, back) in enumerate(zip(network.encoder, decoder.layers)):
            with torch.no_grad():
                below = network.encode(features, k).detach().clone()
            weight = measured if k == 0 else torch.ones_like(below)
            optimizer = torch.optim.Adam(list(encoder.parameters()) + list(back.parameters()), lr=rate)

            def pretrain_step(index, encoder=encoder, back=back, below=below, weight=weight, optimizer=optimizer):
                clean = below.index_select(0, index)
                optimizer.zero_grad()
                loss = masked_mse(back(torch.tanh(encoder(clean))), clean, weight.index_select(0, index))
                loss.backward()
                optimizer.step()
                return loss.item()

            run_stage(f"pretrain-{k + 1}", pretrain_epochs, rows, batch_size, generator, pretrain_step, report)

    optimizer = torch.optim.Adam(network.parameters(), lr=rate)

    def task_step(index):
        expected = presence.index_select(0, index)
        optimizer.zero_grad()
        logits, predicted = network(features.index_select(0, index))
        loss = nn.functional.binary_cross_entropy_with_logits(logits, expected)
        loss = loss + masked_mse(predicted, density.index_select(0, index), expected)
        loss.backward()
        optimizer.step()
        return loss.item()

    run_stage("finetune" if decoder is not None else "fit", epochs, rows, batch_size, generator, task_step, report)

    if decoder is not None and refit_epochs > 0:
        with torch.no_grad():
            codes = network.encode(features).detach().clone()
        refit = torch.optim.Adam(decoder.parameters(), lr=rate)

        def refit_step(index):
            refit.zero_grad()
            loss = masked_mse(
                decoder(codes.index_select(0, index)), features.index_select(0, index), measured.index_select(0, index))
            loss.backward()
            refit.step()
            return loss.item()

        run_stage("refit-decoder", refit_epochs, rows, batch_size, generator, refit_step, report)


if __name__ == "__main__":
    main()
