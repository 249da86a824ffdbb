#!/usr/bin/env bash
# Training benchmark: fishdens' mlp and sae against the same networks written in PyTorch
# (Debian's python3-torch), on the same training table (the Geum sample, imported and matched
# into a fresh store), with the same settings and one torch thread on both sides, in one run.
# Usage: bench/train/run.sh [repetitions]   (default 3; EPOCHS=N sets the fine-tuning epochs, 200)
# Prints one tab-separated row per tool, run, model and stage: seconds per epoch (mean over all
# but the first epoch of the stage) and the stage's final loss.
set -euo pipefail
cd "$(dirname "$0")/../.."
reps=${1:-3}
epochs=${EPOCHS:-200}

/usr/bin/python3 -c 'import torch' 2>/dev/null || apt-get install -y -qq python3-torch >/dev/null

dotnet build src/AlienFish.Cli -c Release -v quiet -nologo >/dev/null
dotnet build bench/train/TrainBench -c Release -v quiet -nologo >/dev/null
tool=src/AlienFish.Cli/bin/Release/net10.0/fishdens.dll
bench=bench/train/TrainBench/bin/Release/net10.0/TrainBench.dll
plugin=src/AlienFish.Cli/bin/Release/net10.0/plugins/AlienFish.Plugins.Autoencoder
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet "$tool" import samples/geum --db "$work/geum.db" -v quiet >/dev/null
dotnet "$tool" match --db "$work/geum.db" -v quiet >/dev/null

settings=(layers=16,8,4 "epochs=$epochs" pretrain-epochs=50 refit-epochs=30 learning-rate=0.001
  batch-size=32 threads=1 seed=42)

printf 'run\ttool\tmodel\tstage\tepochs\tseconds_per_epoch\tfinal_loss\n'
for i in $(seq 1 "$reps"); do
  for model in mlp sae; do
    dotnet "$bench" "$work/geum.db" "$plugin" "$work/table.csv" "$model" "${settings[@]}" | sed "s/^/$i\t/"
    /usr/bin/python3 bench/train/torch_train.py "$work/table.csv" "$model" "${settings[@]}" | sed "s/^/$i\t/"
  done
done
echo "training table: $(($(wc -l <"$work/table.csv") - 1)) surveys, $(head -1 "$work/table.csv" | tr ',' '\n' | grep -c '^f:') variables, $(head -1 "$work/table.csv" | tr ',' '\n' | grep -c '^t:') species" >&2
