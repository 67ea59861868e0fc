File report = new File(basedir, 'target/cohort/report')
['index.html', 'report.tex', 'summary.csv', 'summary.json'].each {
    assert new File(report, it).isFile() : "missing report file $it"
}
String summary = new File(report, 'summary.json').text
assert summary.contains('"quick.QuickExperiments#approach"') : summary
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
