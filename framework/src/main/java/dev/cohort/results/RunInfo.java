package dev.cohort.results;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What produced a trial: the run (one engine execution) that wrote its line, so a results file alone
 * tells its origin, as JMH's result files do. Written as the {@code run} object of every trial line.
 *
 * @param id the run's name, which is also its results file's name without {@code .jsonl}, for example
 *     {@code run-20250101-120000-node7-4242}
 * @param commit the git commit of the working directory's repository when the run started, or {@code
 *     null} outside a git repository
 * @param jvm the Java runtime: vendor, name and version
 * @param os the operating system: name, version and architecture
 * @param host the machine's host name
 * @param startedAt when the run started, as an ISO-8601 instant
 * @param shard the part of the study the run executed, {@code index/count} counted from 0 (for example
 *     {@code 2/4}, from {@code cohort.shard} or a Slurm job array), or {@code null} for the whole study
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RunInfo(String id, String commit, String jvm, String os, String host, String startedAt, String shard) {}
