def check = evaluate(new File(reportFiles))
def experiment = check.checkReport(
        new File(basedir, 'target/cohort/report'), 'quick.QuickExperiments#approach', 2, 1)
// The statistics against their closed forms over the values the trials stored.
def values = check.valuesByConfig(new File(basedir, 'target/cohort/results'), 'error')
def small = values['step=0.1']
def large = values['step=1.0']
assert small.size() == 5 && large.size() == 5 : values
def error = experiment.metrics.find { it.name == 'error' }
def group = { String step -> error.groups.find { it.config.step.toString() == step } }
check.close(group('0.1').mean, check.mean(small), 'mean of step=0.1')
check.close(group('1.0').mean, check.mean(large), 'mean of step=1.0')
check.close(group('0.1').sd, Math.sqrt(check.variance(small)), 'sd of step=0.1')
def pair = error.comparisons[0]
assert pair.a.step == 0.1 && pair.b.step == 1.0
check.close(pair.welchT, check.welchT(small, large), 'Welch t of step=0.1 - step=1.0')
File manifests = new File(basedir, 'target/cohort/results/experiments')
assert manifests.listFiles().findAll { it.name.endsWith('.json') }.size() == 1
String log = new File(basedir, 'build.log').text
assert log.contains('Expectation holds: QuickExperiments#approach error: best of step=1.0')
assert log.contains('[cohort] done: 10/10 trials, 0 failed')
assert log.contains('Tests run: 10, Failures: 0')
String xml = new File(basedir, 'target/surefire-reports/TEST-quick.QuickExperiments.xml').text
assert xml.contains('name="approach[step=0.1] seed #0 (')
// cohort:check ends the build with the summary; cohort:report handed it the report's path and headline
int heading = log.indexOf('[INFO] Cohort summary:')
assert heading >= 0 : 'no Cohort summary in the build log'
String ending = log.substring(heading)
assert ending.contains('[INFO]   Trials: 10 of 10 declared done (10 ran in this build, 0 from earlier runs), 0 failed, 0 missing') : ending
String index = new File(basedir, 'target/cohort/report/index.html').toPath().toAbsolutePath().normalize()
assert ending.contains('[INFO]   Report: ' + index) : ending
assert ending.contains('[INFO]   QuickExperiments#approach: ') : ending
assert ending.contains('[INFO]   Expectation holds: QuickExperiments#approach error: best of step=1.0') : ending
return true
