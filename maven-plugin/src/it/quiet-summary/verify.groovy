// With -q the build's INFO lines are gone, but cohort:check's summary is printed plainly to standard output.
String log = new File(basedir, 'build.log').text
assert !log.contains('[INFO]') : log
int heading = log.indexOf('Cohort summary:')
assert heading >= 0 : log
String summary = log.substring(heading)
assert summary.contains('  Trials: 10 of 10 declared done (10 ran in this build, 0 from earlier runs), 0 failed, 0 missing') : summary
String index = new File(basedir, 'target/cohort/report/index.html').toPath().toAbsolutePath().normalize()
assert summary.contains('  Report: ' + index) : summary
assert summary.contains('  QuickExperiments#approach: ') : summary
assert summary.contains('  Expectation holds: QuickExperiments#approach error: best of step=1.0') : summary
return true
