# Computes the across-task reference cases of src/test/resources/stats-reference-tasks with R 4.x and
# jsonlite, in the shape of the shared cases (../shared/stats-reference/tasks): trials (config with the
# task parameter `task`, seed, seedIndex, value), goal, tasks, and expected.tasks / expected.aggregate as
# SPEC section 5's tasks block, plus iqmDifference per pair. They cover what the shared cases do not:
# one task, ties between task scores, a configuration missing on one task, unequal seeds per task, no goal.
# Decisions for a configuration missing on a task (Cohort's TaskAggregator): ranks, Friedman, Iman-Davenport
# and Nemenyi over the complete tasks (friedman.test drops incomplete blocks), the paired Wilcoxon over the
# tasks both have, wins/ties/losses over those tasks; the aggregates, probability of improvement and IQM
# difference of that configuration are null.
# Within-task tests (for wins) follow SPEC section 5: same seeds -> Shapiro-Wilk on the differences,
# p > 0.05 paired t else paired Wilcoxon; otherwise Shapiro on both, then a two-group Brown-Forsythe test
# (car::leveneTest) for Student or Welch, else Mann-Whitney; Holm over the task's pairs.
# Run from the framework directory:  Rscript src/test/r/task-reference-cases.R
suppressPackageStartupMessages({ library(jsonlite); library(car) })
out_dir <- "src/test/resources/stats-reference-tasks"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

sw_p <- function(x) tryCatch(shapiro.test(x)$p.value, error = function(e) NA)

pair_p <- function(xa, sa, xb, sb) {
  if (length(sa) == length(sb) && all(sort(sa) == sort(sb))) {
    ya <- xa[order(sa)]; yb <- xb[order(sb)]
    d <- ya - yb
    p <- sw_p(d)
    if (!is.na(p) && p > 0.05) return(t.test(ya, yb, paired = TRUE)$p.value)
    if (all(d == 0)) return(NA)
    return(suppressWarnings(wilcox.test(ya, yb, paired = TRUE)$p.value))
  }
  pa <- sw_p(xa); pb <- sw_p(xb)
  if (!is.na(pa) && !is.na(pb) && pa > 0.05 && pb > 0.05) {
    y <- c(xa, xb); g <- factor(rep(1:2, c(length(xa), length(xb))))
    bf <- leveneTest(y ~ g)[1, "Pr(>F)"]
    return(t.test(xa, xb, var.equal = !is.na(bf) && bf > 0.05)$p.value)
  }
  suppressWarnings(wilcox.test(xa, xb)$p.value)
}

make_case <- function(name, note, goal, trials, configs, tasks) {
  better <- if (goal == "MINIMIZE") function(a, b) a < b else function(a, b) a > b
  k <- length(configs); N <- length(tasks)
  cfg_key <- function(c) paste(names(c), unlist(c), sep = "=", collapse = ",")
  keys <- sapply(configs, cfg_key)
  tkey <- sapply(trials, function(t) t$config$task)
  ckey <- sapply(trials, function(t) cfg_key(t$config[names(t$config) != "task"]))
  val <- sapply(trials, function(t) t$value); seed <- sapply(trials, function(t) t$seed)
  lo <- tapply(val, tkey, min); hi <- tapply(val, tkey, max)
  runs <- function(c, t) { i <- which(ckey == keys[c] & tkey == tasks[t]); i[order(seed[i])] }
  norm <- function(c, t) { i <- runs(c, t); (val[i] - lo[tasks[t]]) / (hi[tasks[t]] - lo[tasks[t]]) }
  score <- matrix(NA, N, k)
  for (t in 1:N) for (c in 1:k) { i <- runs(c, t); if (length(i)) score[t, c] <- mean(val[i]) }
  complete <- complete.cases(score)
  sc <- score[complete, , drop = FALSE]
  oriented <- if (goal == "MINIMIZE") sc else -sc
  ranks <- t(apply(oriented, 1, rank))
  if (k == 1) ranks <- t(ranks)
  mean_rank <- colMeans(matrix(ranks, ncol = k))
  Nc <- nrow(sc)
  fr <- if (Nc >= 2 && k >= 2) friedman.test(sc) else NULL
  friedman <- if (is.null(fr)) list(chiSquared = NA, df = if (k >= 2) k - 1 else NA, p = NA) else
    list(chiSquared = unname(fr$statistic), df = unname(fr$parameter), p = fr$p.value)
  id <- if (is.null(fr)) list(f = NA, df1 = if (k >= 2) k - 1 else NA, df2 = if (k >= 2 && Nc >= 2) (k - 1) * (Nc - 1) else NA, p = NA) else {
    chi <- unname(fr$statistic); f <- (Nc - 1) * chi / (Nc * (k - 1) - chi)
    list(f = f, df1 = k - 1, df2 = (k - 1) * (Nc - 1), p = pf(f, k - 1, (k - 1) * (Nc - 1), lower.tail = FALSE))
  }
  q <- qtukey(0.95, k, Inf) / sqrt(2)
  nemenyi <- list(q = q, criticalDifference = q * sqrt(k * (k + 1) / (6 * Nc)))
  full <- sapply(1:k, function(c) all(!is.na(score[, c])))
  agg <- function(c) {
    if (!full[c]) return(list(mean = NA, median = NA, iqm = NA, optimalityGap = NA))
    per <- sapply(1:N, function(t) mean(norm(c, t))); pooled <- unlist(lapply(1:N, function(t) norm(c, t)))
    list(mean = mean(per), median = median(per), iqm = mean(pooled, trim = 0.25), optimalityGap = 1 - mean(pmin(pooled, 1)))
  }
  cfgs <- lapply(1:k, function(c) c(list(config = configs[[c]], meanRank = mean_rank[c]), agg(c)))
  # within-task Holm-adjusted p per pair
  within <- lapply(1:N, function(t) {
    present <- which(!is.na(score[t, ]))
    pr <- combn(present, 2, simplify = FALSE)
    p <- sapply(pr, function(ab) { ia <- runs(ab[1], t); ib <- runs(ab[2], t); pair_p(val[ia], seed[ia], val[ib], seed[ib]) })
    list(pairs = pr, holm = p.adjust(p, "holm"))
  })
  pairs <- list(); pw <- c()
  for (a in 1:(k - 1)) for (b in (a + 1):k) {
    both <- !is.na(score[, a]) & !is.na(score[, b])
    w <- suppressWarnings(wilcox.test(score[both, a], score[both, b], paired = TRUE))
    pw <- c(pw, w$p.value)
    poi <- NA; diff <- NA
    if (full[a] && full[b]) {
      poi <- mean(sapply(1:N, function(t) { x <- norm(a, t); y <- norm(b, t)
        mean(outer(x, y, better)) + 0.5 * mean(outer(x, y, "==")) }))
      diff <- agg(a)$iqm - agg(b)$iqm
    }
    wins <- 0; ties <- 0; losses <- 0
    for (t in which(both)) {
      wt <- within[[t]]; j <- which(sapply(wt$pairs, function(ab) all(ab == c(a, b))))
      sig <- length(j) == 1 && !is.na(wt$holm[j]) && wt$holm[j] < 0.05
      if (sig && better(score[t, a], score[t, b])) wins <- wins + 1
      else if (sig && better(score[t, b], score[t, a])) losses <- losses + 1
      else ties <- ties + 1
    }
    pairs[[length(pairs) + 1]] <- list(a = configs[[a]], b = configs[[b]], wilcoxonV = unname(w$statistic),
      wilcoxonP = w$p.value, probabilityOfImprovement = poi, iqmDifference = diff, wins = wins, ties = ties, losses = losses)
  }
  holm <- p.adjust(pw, "holm")
  for (i in seq_along(pairs)) pairs[[i]]$pHolm <- holm[i]
  case <- list(name = name, note = note, metric = "score", goal = goal, task = "task", tasks = as.list(tasks),
    trials = trials, expected = list(tasks = as.list(tasks), aggregate = list(configs = cfgs, friedman = friedman,
    imanDavenport = id, nemenyi = nemenyi, pairs = pairs)))
  writeLines(toJSON(case, auto_unbox = TRUE, na = "null", digits = NA, pretty = TRUE), file.path(out_dir, paste0(name, ".json")))
}

trial_list <- function(grid) lapply(seq_len(nrow(grid)), function(i) {
  cfg <- list(); for (p in setdiff(names(grid), c("task", "seed", "seedIndex", "value"))) cfg[[p]] <- grid[[p]][i]
  cfg$task <- grid$task[i]
  list(config = cfg, seed = grid$seed[i], seedIndex = grid$seedIndex[i], value = grid$value[i])
})
seeds <- c(101, 202, 303, 404, 505, 606, 707, 808, 909)

# one task: the Friedman and Iman-Davenport tests are undefined (R's friedman.test refuses one block)
set.seed(11)
g <- expand.grid(seedIndex = 0:7, algorithm = c("A", "B", "C"), task = "only", stringsAsFactors = FALSE)
g$seed <- seeds[g$seedIndex + 1]; g$value <- round(rnorm(nrow(g), c(A = 1, B = 2, C = 1.5)[g$algorithm], 0.5), 4)
g <- g[, c("algorithm", "task", "seed", "seedIndex", "value")]
make_case("one-task-3x1x8", "one task", "MAXIMIZE", trial_list(g), lapply(c("A", "B", "C"), function(a) list(algorithm = a)), "only")

# ties: integer scores, two configurations with equal task scores on some tasks (ranks share, Wilcoxon with zeros)
set.seed(12)
g <- expand.grid(seedIndex = 0:4, lr = c(1, 2, 3, 4), task = paste0("t", 1:6), stringsAsFactors = FALSE)
g$seed <- seeds[g$seedIndex + 1]; g$value <- rpois(nrow(g), 5 + g$lr)
same <- g$lr == 2; g$value[same] <- g$value[g$lr == 1]
g <- g[, c("lr", "task", "seed", "seedIndex", "value")]
make_case("ties-4x6x5", "integer scores, lr=1 and lr=2 equal on every task", "MINIMIZE", trial_list(g), lapply(1:4, function(a) list(lr = a)), paste0("t", 1:6))

# a configuration missing on one task
set.seed(13)
g <- expand.grid(seedIndex = 0:5, algorithm = c("X", "Y", "Z"), task = paste0("p", 1:5), stringsAsFactors = FALSE)
g$seed <- seeds[g$seedIndex + 1]; g$value <- rnorm(nrow(g), c(X = 10, Y = 11, Z = 12)[g$algorithm] * as.integer(substr(g$task, 2, 2)), 1)
g <- g[!(g$algorithm == "Z" & g$task == "p3"), c("algorithm", "task", "seed", "seedIndex", "value")]
make_case("missing-3x5x6", "algorithm=Z has no trial on task p3", "MAXIMIZE", trial_list(g), lapply(c("X", "Y", "Z"), function(a) list(algorithm = a)), paste0("p", 1:5))

# unequal seeds per task, no goal
set.seed(14)
n_per <- c(q1 = 4, q2 = 9, q3 = 6, q4 = 5)
g <- do.call(rbind, lapply(names(n_per), function(t) expand.grid(seedIndex = 0:(n_per[[t]] - 1), m = c("u", "v", "w"), task = t, stringsAsFactors = FALSE)))
g$seed <- seeds[g$seedIndex + 1]; g$value <- rexp(nrow(g), c(u = 1, v = 0.5, w = 0.8)[g$m])
g <- g[!(g$m == "w" & g$task == "q2" & g$seedIndex == 8), c("m", "task", "seed", "seedIndex", "value")]
make_case("unequal-seeds-3x4", "4, 9, 6 and 5 seeds on the four tasks, m=w one fewer on q2 (unpaired there); no goal", "NONE", trial_list(g), lapply(c("u", "v", "w"), function(a) list(m = a)), names(n_per))
