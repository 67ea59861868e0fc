#!/usr/bin/python3
"""The pandas + scipy pipeline researchers write today, as the peer of Cohort's report.

Reads every *.jsonl under RESULTS (one trial per line, Cohort's results format), keeps successful
trials, and per experiment and metric computes what Cohort's summary.csv and comparisons.csv hold:
per configuration n, mean, sd, se, the t interval, median, min, max, IQM, quartiles, Shapiro-Wilk and
percentile-bootstrap intervals of the mean and the IQM (10,000 resamples); the one-way ANOVA and the
median-centred Levene test; per pair Student's and Welch's t, Mann-Whitney U, paired t and Wilcoxon
signed rank (matched by seed), Cohen's d and Hedges' g, with Bonferroni and Holm corrections. Writes
summary.csv and comparisons.csv into OUT.

usage: pipeline.py RESULTS OUT
"""
import glob
import itertools
import os
import sys

import numpy as np
import pandas as pd
from scipy import stats


def load(results):
    frames = []
    for path in sorted(glob.glob(os.path.join(results, "**", "*.jsonl"), recursive=True)):
        frames.append(pd.read_json(path, lines=True))
    trials = pd.concat(frames, ignore_index=True)
    trials = trials[trials["status"] == "SUCCESSFUL"]
    config = pd.json_normalize(trials["config"].tolist())
    config.index = trials.index
    trials = trials.join(config)
    trials["config_id"] = config.apply(lambda row: ", ".join(f"{k}={v}" for k, v in row.items()), axis=1)
    return trials


def iqm(x, axis=-1):
    return stats.trim_mean(x, 0.25, axis=axis)


def group_row(x):
    n = len(x)
    mean = np.mean(x)
    sd = np.std(x, ddof=1)
    se = sd / np.sqrt(n)
    ci = stats.t.interval(0.95, n - 1, loc=mean, scale=se)
    w, p = stats.shapiro(x)
    boot_mean = stats.bootstrap((x,), np.mean, n_resamples=10_000, method="percentile", random_state=1)
    boot_iqm = stats.bootstrap((x,), iqm, n_resamples=10_000, method="percentile", random_state=1)
    return {
        "n": n, "mean": mean, "sd": sd, "se": se, "ciLow": ci[0], "ciHigh": ci[1],
        "median": np.median(x), "min": np.min(x), "max": np.max(x), "iqm": iqm(x),
        "q25": np.quantile(x, 0.25), "q75": np.quantile(x, 0.75), "shapiroW": w, "shapiroP": p,
        "meanBootLow": boot_mean.confidence_interval.low, "meanBootHigh": boot_mean.confidence_interval.high,
        "iqmBootLow": boot_iqm.confidence_interval.low, "iqmBootHigh": boot_iqm.confidence_interval.high,
    }


def holm(p):
    p = np.asarray(p)
    order = np.argsort(p)
    m = len(p)
    adjusted = np.minimum(1, np.maximum.accumulate((m - np.arange(m)) * p[order]))
    out = np.empty(m)
    out[order] = adjusted
    return out


def pair_row(a, b, by_seed_a, by_seed_b):
    pooled = np.sqrt(((len(a) - 1) * np.var(a, ddof=1) + (len(b) - 1) * np.var(b, ddof=1)) / (len(a) + len(b) - 2))
    d = (np.mean(a) - np.mean(b)) / pooled
    student = stats.ttest_ind(a, b, equal_var=True)
    welch = stats.ttest_ind(a, b, equal_var=False)
    mw = stats.mannwhitneyu(a, b, alternative="two-sided")
    seeds = by_seed_a.index.intersection(by_seed_b.index)
    paired = stats.ttest_rel(by_seed_a[seeds], by_seed_b[seeds])
    wilcoxon = stats.wilcoxon(by_seed_a[seeds], by_seed_b[seeds])
    return {
        "studentT": student.statistic, "studentP": student.pvalue, "welchT": welch.statistic,
        "welchP": welch.pvalue, "mannWhitneyU": mw.statistic, "mannWhitneyP": mw.pvalue,
        "pairedT": paired.statistic, "pairedP": paired.pvalue, "wilcoxonV": wilcoxon.statistic,
        "wilcoxonP": wilcoxon.pvalue, "cohensD": d, "hedgesG": d * (1 - 3 / (4 * (len(a) + len(b)) - 9)),
    }


def main(results, out):
    trials = load(results)
    os.makedirs(out, exist_ok=True)
    groups, pairs = [], []
    for experiment, of_experiment in trials.groupby("experiment", sort=True):
        metrics = pd.json_normalize(of_experiment["metrics"].tolist())
        metrics.index = of_experiment.index
        for metric in metrics.columns:
            values = of_experiment[["config_id", "seed"]].assign(value=metrics[metric]).dropna()
            configs = list(dict.fromkeys(values["config_id"]))
            samples = {c: values.loc[values["config_id"] == c, "value"].to_numpy() for c in configs}
            by_seed = {c: values.loc[values["config_id"] == c].set_index("seed")["value"] for c in configs}
            for c in configs:
                groups.append({"experiment": experiment, "metric": metric, "config": c, **group_row(samples[c])})
            anova = stats.f_oneway(*samples.values())
            levene = stats.levene(*samples.values(), center="median")
            rows = []
            for a, b in itertools.combinations(configs, 2):
                rows.append({"experiment": experiment, "metric": metric, "a": a, "b": b,
                             **pair_row(samples[a], samples[b], by_seed[a], by_seed[b])})
            p = np.array([r["welchP"] for r in rows])
            for r, bonferroni, holm_p in zip(rows, np.minimum(1, p * len(p)), holm(p)):
                r.update(pBonferroni=bonferroni, pHolm=holm_p, anovaF=anova.statistic, leveneF=levene.statistic)
            pairs.extend(rows)
    pd.DataFrame(groups).to_csv(os.path.join(out, "summary.csv"), index=False)
    pd.DataFrame(pairs).to_csv(os.path.join(out, "comparisons.csv"), index=False)
    print(f"python: {len(trials)} trials, {len(groups)} groups, {len(pairs)} pairs")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
