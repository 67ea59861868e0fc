String log = new File(basedir, 'build.log').text
// by IQM: B's interval of the difference lies wholly below 0, with both IQMs and the bootstrap named
assert log =~ /Expectation failed: TaskExperiments#games score across 4 tasks \(scale\): IQM of normalised score \(higher is better\): algorithm=B [0-9.e-]+ \[[0-9.e-]+, [0-9.e-]+\] vs algorithm=A [0-9.e-]+ \[[0-9.e-]+, [0-9.e-]+\]; difference -[0-9.e-]+ \[-[0-9.e-]+, -[0-9.e-]+\] excludes 0 on the worse side \(stratified bootstrap, [0-9]+ resamples\)/
// by wins: B loses every task within the task's own analysis
assert log.contains('Expectation failed: TaskExperiments#games score across 4 tasks (scale): algorithm=B wins against algorithm=A on 0 of 4 tasks (needs 3), loses on 4, no significant difference on 0')
assert log.contains('2 of 2 Cohort expectations did not hold')
// The report is written before the check fails the build.
assert new File(basedir, 'target/cohort/report/index.html').isFile()
return true
