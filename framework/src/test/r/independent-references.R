# Independent references for statistics that the reference cases do not pin by themselves, written to
# src/test/resources/independent-reference/ and read by dev.cohort.testing.IndependentReference:
#   bootstrap.json    percentile intervals of the mean and the IQM from the resamples Cohort draws
#                     (bootstrap-indices.csv, written by dev.cohort.testing.BootstrapIndexExport)
#   power.json        power.t.test: the seeds per configuration for 80%/90% power, and the power at n
#   versus-best.json  Welch t-tests of the best configuration against each other one, p.adjust holm
#                     and bonferroni over those comparisons only
#   paired.json       t.test(paired = TRUE) on the seeds both configurations ran
# R 4.x with jsonlite and boot (apt-get install r-cran-boot). Run from the framework directory:
#   ./mvnw -q test-compile && java -cp target/test-classes dev.cohort.testing.BootstrapIndexExport \
#       12 1999 1 src/test/resources/independent-reference/bootstrap-indices.csv
#   Rscript src/test/r/independent-references.R
suppressPackageStartupMessages({ library(jsonlite); library(boot) })
out_dir <- "src/test/resources/independent-reference"
write_case <- function(value, name) {
  writeLines(toJSON(value, auto_unbox = TRUE, digits = NA, na = "null", pretty = TRUE), file.path(out_dir, name))
}

# Bootstrap. Cohort's percentile interval takes the type 7 quantiles (R's default, Hyndman and Fan 1996)
# at 0.025 and 0.975 of the replicates; boot.ci(type = "perc") interpolates order statistics on the normal
# quantile scale instead (boot:::norm.inter), and with R = 1999 it takes exactly the 50th and the 1950th
# order statistic. Both are computed from the same replicates: `type7` is what Cohort must equal to 1e-12,
# `bootCi` brackets it (type 7 lies between the 50th and 51st and between the 1949th and 1950th).
x <- c(2.31, 0.47, 3.9, 1.25, 5.8, 2.02, 0.93, 4.41, 1.77, 12.6, 2.88, 3.05)
seed <- 1
idx <- as.matrix(read.csv(file.path(out_dir, "bootstrap-indices.csv"), header = FALSE))
stopifnot(ncol(idx) == length(x), nrow(idx) == 1999)
iqm <- function(v) mean(v, trim = 0.25)
stat <- function(d, i) c(mean(d[i]), iqm(d[i]))
b <- boot(x, stat, R = nrow(idx))
b$t <- t(apply(idx, 1, function(i) stat(x, i)))  # the resamples Cohort draws, not boot's own
interval <- function(k) {
  perc <- boot.ci(b, conf = 0.95, type = "perc", index = k)$percent[4:5]
  list(type7 = unname(quantile(b$t[, k], c(0.025, 0.975), type = 7)), bootCi = perc)
}
write_case(list(
  values = x, seed = seed, resamples = nrow(idx), level = 0.95,
  mean = interval(1), iqm = interval(2)), "bootstrap.json")

# Seeds for power: ceiling(power.t.test(...)$n), at least 2, and the power at a given n.
grid <- expand.grid(d = c(0.2, 0.5, 0.8, 1.3, 2.5), alpha = c(0.05, 0.01), power = c(0.8, 0.9))
sizes <- lapply(seq_len(nrow(grid)), function(r) {
  g <- grid[r, ]
  n <- power.t.test(delta = g$d, sd = 1, sig.level = g$alpha, power = g$power)$n
  list(d = g$d, alpha = g$alpha, power = g$power, n = max(2, ceiling(n)))
})
powers <- lapply(list(c(2, 1.5), c(5, 0.5), c(20, 0.8), c(64, 0.5), c(300, 0.1)), function(p) {
  list(n = p[1], d = p[2], alpha = 0.05,
       power = power.t.test(n = p[1], delta = p[2], sd = 1, sig.level = 0.05)$power)
})
write_case(list(sizes = sizes, powers = powers), "power.json")

# Versus the best: five configurations (lr = 1..5) with 20 seeds each, the best (highest mean, the metric
# is maximized) against the other four by Welch's t-test, corrected over those four.
set.seed(19)
means <- c(0, 1.0, 0.6, 0.8, 0.2)
values <- lapply(means, function(m) round(m + rnorm(20), 4))
best <- which.max(sapply(values, mean))
others <- setdiff(seq_along(values), best)
p <- sapply(others, function(o) t.test(values[[best]], values[[o]])$p.value)
write_case(list(
  values = values, best = best, others = others, p = p,
  holm = p.adjust(p, "holm"), bonferroni = p.adjust(p, "bonferroni")), "versus-best.json")

# Paired: the seeds both configurations ran with a finite value.
a <- c(1.0, 2.5, 2.0, 4.5, 5.0)
bb <- c(1.5, 2.0, NA, 5.0, 4.0)
both <- !is.na(a) & !is.na(bb)
pt <- t.test(a[both], bb[both], paired = TRUE)
write_case(list(a = a, b = bb, pairs = sum(both), t = unname(pt$statistic), p = pt$p.value), "paired.json")
