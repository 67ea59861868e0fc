#!/usr/bin/env bash
# Submits the example study to Slurm: a job array of SHARDS tasks (default 4), each running one shard of
# the tuning stage; a confirmation job (cohort.stage=confirmation: the winners of each @Confirm experiment
# on fresh seeds) that starts when every task ended successfully (--dependency=afterok); and a report job
# that starts when the confirmation job succeeded. Run it from a login
# node whose home directory the compute nodes share, after the dependencies are in ~/.m2 (for example
# after one `./mvnw -B -ntp install` of this repository, or any build of your own project):
#   example-project/slurm/submit.sh            # 4 shards
#   SHARDS=16 example-project/slurm/submit.sh
# COHORT_RESULTS and COHORT_REPORTS choose the shared results and report directories (default under
# example-project/target/cohort/), COHORT_SLURM_LOGS the jobs' output files (default
# example-project/target/slurm/); extra sbatch options go into SBATCH_OPTIONS (e.g. --partition=short).
set -euo pipefail

slurm="$(cd "$(dirname "$0")" && pwd)"
project="$(dirname "$slurm")"
shards="${SHARDS:-4}"
export COHORT_RESULTS="${COHORT_RESULTS:-$project/target/cohort/results}"
export COHORT_REPORTS="${COHORT_REPORTS:-$project/target/cohort/report}"
logs="${COHORT_SLURM_LOGS:-$project/target/slurm}"
mkdir -p "$COHORT_RESULTS" "$logs"

# shellcheck disable=SC2086
array=$(sbatch --parsable --chdir="$project" --export=ALL ${SBATCH_OPTIONS:-} \
  --output="$logs/%x-%A_%a.out" --array="0-$((shards - 1))" "$slurm/study.sbatch")
array="${array%%;*}"
# shellcheck disable=SC2086
confirm=$(sbatch --parsable --chdir="$project" --export=ALL ${SBATCH_OPTIONS:-} \
  --output="$logs/%x-%j.out" --dependency="afterok:$array" --kill-on-invalid-dep=yes "$slurm/confirm.sbatch")
confirm="${confirm%%;*}"
# shellcheck disable=SC2086
report=$(sbatch --parsable --chdir="$project" --export=ALL ${SBATCH_OPTIONS:-} \
  --output="$logs/%x-%j.out" --dependency="afterok:$confirm" --kill-on-invalid-dep=yes "$slurm/report.sbatch")
report="${report%%;*}"
echo "study: job array $array ($shards shards), results in $COHORT_RESULTS"
echo "confirmation: job $confirm, after the array succeeded"
echo "report: job $report, after the confirmation succeeded; report in $COHORT_REPORTS/index.html"
echo "logs: $logs"
echo "progress: squeue -j $array,$confirm,$report   or   (cd $project && ../mvnw -o -q cohort:status -Dcohort.results=$COHORT_RESULTS)"
