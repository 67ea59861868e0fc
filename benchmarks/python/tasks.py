#!/usr/bin/python3
"""The across-task analysis researchers write today with numpy, as rliable computes it, as the peer
of Cohort's report on a study across tasks.

Reads every *.jsonl under RESULTS (Cohort's results format), keeps successful trials of the metric,
splits the configurations by the task parameter, min-max normalises each task's scores over all
configurations, and computes with a stratified bootstrap (each task's runs resampled separately,
vectorised over resamples in chunks): per configuration the 95% percentile intervals of the mean,
median and IQM of the task scores (the IQM over all runs pooled) and of the optimality gap; per pair
the probability of improvement with its interval and the interval of the IQM difference; per
configuration the performance profile at 101 thresholds with its band. Writes aggregates.csv and
pairs.csv into OUT.

usage: tasks.py RESULTS OUT TASK_PARAMETER METRIC RESAMPLES
"""
import glob
import itertools
import os
import sys

import numpy as np
import pandas as pd
from scipy import stats

CHUNK = 100  # resamples drawn and computed at once


def load(results, task, metric):
    frames = [pd.read_json(p, lines=True) for p in sorted(glob.glob(os.path.join(results, "**", "*.jsonl"), recursive=True))]
    trials = pd.concat(frames, ignore_index=True)
    trials = trials[trials["status"] == "SUCCESSFUL"]
    config = pd.json_normalize(trials["config"].tolist())
    config.index = trials.index
    trials = trials.join(config)
    others = [c for c in config.columns if c != task]
    trials["agent"] = trials[others].astype(str).agg(", ".join, axis=1)
    trials["value"] = trials["metrics"].map(lambda m: m[metric])
    return trials.sort_values(["agent", task, "seed"])


def scores(trials, task):
    agents = list(dict.fromkeys(trials["agent"]))
    tasks = list(dict.fromkeys(trials[task]))
    seeds = trials.groupby(["agent", task]).size().max()
    x = np.full((len(agents), len(tasks), seeds), np.nan)
    for (a, t), group in trials.groupby(["agent", task], sort=False):
        x[agents.index(a), tasks.index(t), : len(group)] = group["value"].to_numpy()
    low = np.nanmin(x, axis=(0, 2), keepdims=True)
    high = np.nanmax(x, axis=(0, 2), keepdims=True)
    return agents, (x - low) / (high - low)


def aggregates(x):
    """x: [..., configurations, tasks, runs] -> [..., configurations, 4]."""
    task_means = x.mean(axis=-1)
    pooled = x.reshape(x.shape[:-2] + (-1,))
    return np.stack(
        [task_means.mean(axis=-1), np.median(task_means, axis=-1), stats.trim_mean(pooled, 0.25, axis=-1),
         1 - np.minimum(pooled, 1).mean(axis=-1)], axis=-1)


def probability_of_improvement(x, a, b):
    """x: [resamples, configurations, tasks, runs]: P(a > b) + P(a = b) / 2, averaged over tasks."""
    xa = x[:, a, :, :, None]
    xb = x[:, b, :, None, :]
    return ((xa > xb) + 0.5 * (xa == xb)).mean(axis=(-1, -2)).mean(axis=-1)


def profile(x, thresholds):
    """Fraction of runs above each threshold, each task weighing equally: [..., configurations, thresholds]."""
    return (x[..., None] > thresholds).mean(axis=-2).mean(axis=-2)


def main():
    results, out, task, metric, resamples = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5])
    os.makedirs(out, exist_ok=True)
    agents, x = scores(load(results, task, metric), task)
    k, tasks, runs = x.shape
    pairs = list(itertools.combinations(range(k), 2))
    thresholds = np.linspace(0, 1, 101)
    rng = np.random.default_rng(42)
    agg, poi, diff, prof = [], [], [], []
    for start in range(0, resamples, CHUNK):
        n = min(CHUNK, resamples - start)
        index = rng.integers(0, runs, size=(n, 1, tasks, runs))
        sample = np.take_along_axis(x[None, :, :, :], np.broadcast_to(index, (n, k, tasks, runs)), axis=-1)
        a = aggregates(sample)
        agg.append(a)
        poi.append(np.stack([probability_of_improvement(sample, i, j) for i, j in pairs], axis=-1))
        diff.append(np.stack([a[:, i, 2] - a[:, j, 2] for i, j in pairs], axis=-1))
        prof.append(profile(sample, thresholds))
    agg, poi, diff, prof = (np.concatenate(v) for v in (agg, poi, diff, prof))
    low, high = np.percentile(agg, [2.5, 97.5], axis=0)
    pd.DataFrame(
        {"configuration": agents, **{f"{s}Low": low[:, i] for i, s in enumerate(["mean", "median", "iqm", "gap"])},
         **{f"{s}High": high[:, i] for i, s in enumerate(["mean", "median", "iqm", "gap"])},
         "profileBandWidth": (np.percentile(prof, 97.5, axis=0) - np.percentile(prof, 2.5, axis=0)).mean(axis=-1)}
    ).to_csv(os.path.join(out, "aggregates.csv"), index=False)
    pl, ph = np.percentile(poi, [2.5, 97.5], axis=0)
    dl, dh = np.percentile(diff, [2.5, 97.5], axis=0)
    pd.DataFrame(
        {"a": [agents[i] for i, _ in pairs], "b": [agents[j] for _, j in pairs], "poiLow": pl, "poiHigh": ph,
         "iqmDifferenceLow": dl, "iqmDifferenceHigh": dh}
    ).to_csv(os.path.join(out, "pairs.csv"), index=False)
    print(f"tasks: {k} configurations x {tasks} tasks x {runs} runs, {resamples} resamples, {len(pairs)} pairs")


if __name__ == "__main__":
    main()
