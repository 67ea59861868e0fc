# Computes the extra reference cases of src/test/resources/stats-reference-extra with R 4.x, the
# packages jsonlite and car, in the shape of one metric of summary.json (SPEC section 5), plus the
# fields Cohort adds: q25/q75, typeIITerms, pairs, pairedCorrelation, probabilityOfImprovement,
# seedsForPower*. A group runs the case's seeds by position (one per value; a null value is a trial that
# ran its seed without a finite value), or its own `seeds`. Two groups that ran the same seeds are
# compared seed by seed (SPEC section 5): PAIRED_T when Shapiro-Wilk on the paired differences gives
# p > 0.05, else WILCOXON; the others by the unpaired rule.
# Run from the framework directory:  Rscript src/test/r/extra-reference-cases.R
suppressPackageStartupMessages({ library(jsonlite); library(car) })
out_dir <- "src/test/resources/stats-reference-extra"
dir.create(out_dir, showWarnings = FALSE, recursive = TRUE)

try_num <- function(expr) tryCatch({ v <- expr; if (length(v) == 0 || !is.finite(v)) NULL else unname(v) },
                                   error = function(e) NULL, warning = function(w) suppressWarnings(expr))
nn <- function(v) if (is.null(v) || length(v) == 0 || is.na(v) || !is.finite(v)) NULL else unname(v)

group_summary <- function(config, x) {
  n <- length(x)
  tt <- tryCatch(t.test(x)$conf.int, error = function(e) c(NA, NA))
  sw <- tryCatch(shapiro.test(x), error = function(e) list(statistic = NA, p.value = NA))
  list(config = config, n = n, mean = nn(mean(x)), sd = nn(sd(x)), se = nn(sd(x) / sqrt(n)),
       ciLow = nn(tt[1]), ciHigh = nn(tt[2]), median = nn(median(x)), min = nn(min(x)), max = nn(max(x)),
       iqm = nn(mean(x, trim = 0.25)), shapiroW = nn(sw$statistic), shapiroP = nn(sw$p.value),
       q25 = nn(quantile(x, 0.25, names = FALSE)), q75 = nn(quantile(x, 0.75, names = FALSE)))
}

seeds_needed <- function(d, alpha) {
  if (is.null(d) || d == 0) return(NULL)
  n <- tryCatch(power.t.test(delta = abs(d), sd = 1, sig.level = alpha, power = 0.8)$n, error = function(e) NA)
  if (is.na(n)) NULL else max(2, ceiling(n))
}

make_case <- function(name, note, seeds, groups, params, goal = "NONE") {
  xs <- lapply(groups, function(g) { v <- unlist(lapply(g$values, function(z) if (is.null(z)) NA else z)); v })
  finite <- lapply(xs, function(v) v[!is.na(v)])
  summaries <- mapply(function(g, x) group_summary(g$config, x), groups, finite, SIMPLIFY = FALSE)
  present <- which(sapply(finite, length) > 0)
  y <- unlist(finite[present])
  g <- factor(rep(seq_along(present), sapply(finite[present], length)))
  perfect <- function(expr) tryCatch(expr, warning = function(w) if (grepl("perfect fit", conditionMessage(w))) NULL else suppressWarnings(expr))
  a <- summary(aov(y ~ g))[[1]]
  perfect_anova <- is.null(perfect(anova(lm(y ~ g))))
  ssb <- a[1, "Sum Sq"]; ssw <- a[2, "Sum Sq"]; dfb <- a[1, "Df"]; msw <- a[2, "Mean Sq"]
  anova <- list(f = if (perfect_anova) NULL else nn(a[1, "F value"]), dfBetween = dfb, dfWithin = a[2, "Df"],
                p = if (perfect_anova) NULL else nn(a[1, "Pr(>F)"]),
                etaSquared = nn(ssb / (ssb + ssw)), omegaSquared = nn((ssb - dfb * msw) / (ssb + ssw + msw)))
  lev <- perfect(leveneTest(y ~ g))
  levene <- if (is.null(lev)) NULL else list(f = nn(lev[1, "F value"]), p = nn(lev[1, "Pr(>F)"]))
  factorial <- NULL
  if (length(params) >= 2) {
    df <- data.frame(y = y)
    for (p in params) {
      df[[p]] <- factor(unlist(mapply(function(gr, x) rep(as.character(gr$config[[p]]), length(x)),
                                      groups[present], finite[present], SIMPLIFY = FALSE)))
    }
    fit <- lm(as.formula(paste("y ~", paste(params, collapse = " * "))), data = df)
    tab <- anova(fit)
    k <- nrow(tab) - 1
    rows <- lapply(seq_len(k), function(i) list(term = gsub(":", "*", rownames(tab)[i]), df = tab[i, "Df"],
      sumSq = tab[i, "Sum Sq"], f = nn(tab[i, "F value"]), p = nn(tab[i, "Pr(>F)"])))
    factorial <- list(terms = rows, residualDf = tab[k + 1, "Df"], residualSumSq = tab[k + 1, "Sum Sq"])
    t2 <- tryCatch(Anova(fit, type = 2), error = function(e) NULL)
    if (!is.null(t2)) {
      k2 <- nrow(t2) - 1
      factorial$typeIITerms <- lapply(seq_len(k2), function(i) list(term = gsub(":", "*", rownames(t2)[i]),
        df = t2[i, "Df"], sumSq = t2[i, "Sum Sq"], f = nn(t2[i, "F value"]), p = nn(t2[i, "Pr(>F)"])))
    }
  }
  ran <- lapply(groups, function(g) if (is.null(g$seeds)) seeds[seq_along(g$values)] else unlist(g$seeds))
  comps <- list()
  for (i in seq_along(groups)) for (j in seq_along(groups)) if (i < j) {
    x <- finite[[i]]; z <- finite[[j]]
    st <- tryCatch(t.test(x, z, var.equal = TRUE), error = function(e) NULL)
    we <- tryCatch(t.test(x, z), error = function(e) NULL)
    mw <- tryCatch(suppressWarnings(wilcox.test(x, z)), error = function(e) NULL)
    same <- setequal(ran[[i]], ran[[j]]) && length(ran[[i]]) > 0
    xj <- xs[[j]][match(ran[[i]], ran[[j]])]  # b's values in a's seed order
    both <- !is.na(xs[[i]]) & !is.na(xj)
    pt <- if (same) tryCatch(t.test(xs[[i]], xj, paired = TRUE), error = function(e) NULL) else NULL
    pw <- if (same) tryCatch(suppressWarnings(wilcox.test(xs[[i]], xj, paired = TRUE)), error = function(e) NULL) else NULL
    r <- if (same && sum(both) >= 2) nn(suppressWarnings(cor(xs[[i]][both], xj[both]))) else NULL
    ss <- function(v) if (length(v) > 1) (length(v) - 1) * var(v) else 0  # as t.test(var.equal = TRUE) pools
    pooled <- sqrt((ss(x) + ss(z)) / (length(x) + length(z) - 2))
    d <- nn((mean(x) - mean(z)) / pooled)
    nx <- length(x); nz <- length(z)
    sx <- groups[[i]]; sz <- groups[[j]]
    normal <- isTRUE(summaries[[i]]$shapiroP > 0.05) && isTRUE(summaries[[j]]$shapiroP > 0.05)
    test <- if (same) {
      dp <- tryCatch(shapiro.test(xs[[i]][both] - xj[both])$p.value, error = function(e) NA)
      if (isTRUE(dp > 0.05)) "PAIRED_T" else "WILCOXON"
    } else if (!normal) "MANN_WHITNEY" else {
      lp <- suppressWarnings(leveneTest(c(x, z) ~ factor(rep(1:2, c(nx, nz))))[1, "Pr(>F)"])
      if (isTRUE(lp > 0.05)) "STUDENT_T" else "WELCH_T"
    }
    p <- switch(test, STUDENT_T = st$p.value, WELCH_T = we$p.value, MANN_WHITNEY = mw$p.value,
                PAIRED_T = pt$p.value, WILCOXON = pw$p.value)
    better <- if (goal == "MINIMIZE") outer(x, z, "<") else outer(x, z, ">")
    comps[[length(comps) + 1]] <- list(a = sx$config, b = sz$config, test = test, p = nn(p),
      studentT = nn(st$statistic), studentP = nn(st$p.value), welchT = nn(we$statistic),
      welchDf = nn(we$parameter), welchP = nn(we$p.value), mannWhitneyU = nn(mw$statistic),
      mannWhitneyP = nn(mw$p.value), pairedT = nn(pt$statistic), pairedP = nn(pt$p.value),
      wilcoxonV = nn(pw$statistic), wilcoxonP = nn(pw$p.value), cohensD = d,
      hedgesG = if (is.null(d)) NULL else d * (1 - 3 / (4 * (nx + nz) - 9)),
      pairs = if (same) sum(both) else NULL, pairedCorrelation = r,
      probabilityOfImprovement = mean(better) + 0.5 * mean(outer(x, z, "==")))
  }
  ps <- sapply(comps, function(c) if (is.null(c$p)) NA else c$p)
  bon <- p.adjust(ps, "bonferroni"); holm <- p.adjust(ps, "holm")
  m <- sum(!is.na(ps)); ranks <- rank(ps, na.last = "keep", ties.method = "first")
  for (k in seq_along(comps)) {
    comps[[k]]$pBonferroni <- nn(bon[k]); comps[[k]]$pHolm <- nn(holm[k])
    comps[[k]]$seedsForPowerBonferroni <- if (is.na(ps[k])) NULL else seeds_needed(comps[[k]]$cohensD, 0.05 / m)
    comps[[k]]$seedsForPowerHolm <- if (is.na(ps[k])) NULL else seeds_needed(comps[[k]]$cohensD, 0.05 / (m - ranks[k] + 1))
  }
  expected <- list(groups = summaries, anova = anova, comparisons = comps)
  expected["levene"] <- list(levene)
  if (!is.null(factorial)) expected$factorial <- factorial
  case <- list(name = name, note = note, metric = "score", goal = goal, seeds = seeds, groups = groups,
               expected = expected)
  writeLines(toJSON(case, auto_unbox = TRUE, digits = NA, null = "null", na = "null", pretty = TRUE),
             file.path(out_dir, paste0(name, ".json")))
}

cfg <- function(...) list(...)
set.seed(20240601)
seeds <- sample.int(999999, 12)

# Unbalanced 3x2 factorial (failed trials removed some seeds), every cell present.
vals <- list()
k <- 0
groups <- list()
drop <- c(2, 0, 3, 1, 0, 4)
for (lr in c(0.01, 0.1, 1)) for (act in c("relu", "tanh")) {
  k <- k + 1
  n <- 8 - drop[k]
  v <- round(rnorm(n, mean = 1 + (lr == 0.1) + 0.7 * (act == "tanh") + 0.9 * (lr == 1 & act == "tanh"), sd = 0.6), 6)
  groups[[k]] <- list(config = cfg(lr = lr, act = act), values = as.list(v))
}
make_case("unbalanced-factorial-3x2", "unbalanced 3x2 design: sequential and type II sums of squares differ",
          seeds[1:8], groups, c("lr", "act"), goal = "MAXIMIZE")

# 2x2x2 factorial with moderate effects, balanced, five seeds.
groups <- list(); k <- 0
for (a in c("x", "y")) for (b in c(1, 2)) for (c in c(TRUE, FALSE)) {
  k <- k + 1
  v <- round(rnorm(5, mean = (a == "y") * 0.8 + (b == 2) * 0.5 + (a == "y" & c) * 0.6, sd = 0.5), 6)
  groups[[k]] <- list(config = cfg(a = a, b = b, c = c), values = as.list(v))
}
make_case("factorial-2x2x2", "three factors: main effects, three two-way and one three-way interaction",
          seeds[1:5], groups, c("a", "b", "c"), goal = "MINIMIZE")

# Degenerate data: a constant group, a group with one value, a group with a NaN, a normal group.
groups <- list(
  list(config = cfg(mode = "constant"), values = list(2.5, 2.5, 2.5, 2.5, 2.5, 2.5)),
  list(config = cfg(mode = "single"), values = list(3.1)),
  list(config = cfg(mode = "withNaN"), values = list(2.9, NULL, 3.4, 2.2, 3.8, 2.7)),
  list(config = cfg(mode = "normal"), values = list(3.3, 2.8, 3.9, 3.1, 2.4, 3.6)))
make_case("degenerate-4", "zero variance, n = 1 and a NaN value: undefined statistics are null",
          seeds[1:6], groups, c("mode"))

# Paired data with zero and tied differences: the signed-rank test uses the normal approximation.
groups <- list(
  list(config = cfg(opt = "a"), values = list(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)),
  list(config = cfg(opt = "b"), values = list(1, 3, 4, 4, 7, 8, 7, 10, 12, 9)),
  list(config = cfg(opt = "c"), values = list(2, 2, 5, 6, 5, 9, 10, 9, 13, 14)))
make_case("paired-zeros-ties", "paired differences with zeros and ties", seeds[1:10], groups, c("opt"))

# Two seeds per configuration: Shapiro-Wilk undefined, so Mann-Whitney is chosen.
groups <- list(
  list(config = cfg(k = 1), values = list(0.5, 0.9)),
  list(config = cfg(k = 2), values = list(1.4, 1.1)),
  list(config = cfg(k = 3), values = list(0.7, 1.8)))
make_case("two-seeds-3x2", "n = 2: no normality test, exact rank tests", seeds[1:2], groups, c("k"))

# Common random numbers: the seed moves every configuration alike (sd 2), the configurations differ by
# less (0.35 and 0.8, noise sd 0.4); one trial ran its seed without a finite value. Paired tests find
# what unpaired ones miss, and pairedCorrelation shows why.
crn_seeds <- sample.int(999999, 15)
seed_effect <- rnorm(15, sd = 2)
crn <- function(shift) as.list(round(10 + seed_effect + shift + rnorm(15, sd = 0.4), 6))
groups <- list(
  list(config = cfg(variant = "base"), values = crn(0)),
  list(config = cfg(variant = "tuned"), values = crn(0.35)),
  list(config = cfg(variant = "new"), values = crn(0.8)))
groups[[3]]$values[7] <- list(NULL)
make_case("crn-3x15", "common random numbers: strongly correlated pairs, a seed without a value in one configuration",
          crn_seeds, groups, c("variant"), goal = "MAXIMIZE")
