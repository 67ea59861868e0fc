def check = evaluate(new File(reportFiles))
def experiment = check.checkReport(new File(basedir, 'report'), 'org.acme.CopiedExperiments#sweep', 2, 1)
def loss = experiment.metrics.find { it.name == 'loss' }
def slow = loss.groups.find { it.config.lr == 0.1 }
def fast = loss.groups.find { it.config.lr == 0.5 }
// From results/run-20250101-000000-1.jsonl, in R:
//   a <- c(1.0644, 1.0725, 1.0033, 0.9618); b <- c(0.1454, 0.2016, 0.1489)
assert slow.n == 4 && fast.n == 3
check.close(slow.mean, 1.0255, 'mean(a)')
check.close(slow.sd, 0.052512665138992901, 'sd(a)')
check.close(slow.ciLow, 0.94194063142390594, 't.test(a)$conf.int[1]')
check.close(slow.ciHigh, 1.10905936857609433, 't.test(a)$conf.int[2]')
check.close(fast.mean, 0.1653, 'mean(b)')
check.close(fast.sd, 0.031485393438863044, 'sd(b)')
def pair = loss.comparisons[0]
assert pair.a.lr == 0.1 && pair.b.lr == 0.5
check.close(pair.studentT, 24.868508629694851, 't.test(a, b, var.equal = TRUE)$statistic')
check.close(pair.studentP, 1.9613742156183981e-06, 't.test(a, b, var.equal = TRUE)$p.value')
check.close(pair.welchT, 26.936041481436508, 't.test(a, b)$statistic')
check.close(pair.welchDf, 4.8825411496081736, 't.test(a, b)$parameter')
check.close(pair.welchP, 1.6863884167346672e-06, 't.test(a, b)$p.value')
check.close(pair.mannWhitneyP, 0.057142857142857141, 'wilcox.test(a, b)$p.value')

String log = new File(basedir, 'build.log').text
assert log.contains('Read 7 trials of 1 experiment')
// status: 2 configurations x 4 seeds, 7 done, 1 missing, listed
assert log =~ /CopiedExperiments#sweep\s+2\s+4\s+8\s+7\s+0\s+1/
assert log.contains('lr=0.5 seed #3 (44)')
// check: the recorded @Expect holds
assert log.contains('Expectation holds: CopiedExperiments#sweep loss: best of lr=0.5')
return true
