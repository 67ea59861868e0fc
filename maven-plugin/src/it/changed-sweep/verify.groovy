import groovy.json.JsonSlurper

// An earlier run of the sweep {0.5, 0.1} on seeds 900-902 lies in results/; the code now declares {0.1, 1.0}
// on 5 seeds of its own. The report shows the declared configurations only, and says what it left out.
def summary = new JsonSlurper().parse(new File(basedir, 'target/cohort/report/summary.json'))
def experiment = summary.experiments.find { it.id == 'quick.QuickExperiments#approach' }
assert experiment != null : summary
assert experiment.coverage.declared == 10
assert experiment.coverage.successful == 10
assert experiment.coverage.missing == 0
assert experiment.coverage.stale == 6
def groups = experiment.metrics[0].groups
assert groups.collect { it.config.step } == [0.1, 1.0] : groups.collect { it.config }
assert groups.every { it.n == 5 }
assert experiment.stale.collect { it.config.step } == [0.5, 0.1]
String html = new File(basedir, 'target/cohort/report/index.html').text
assert html.contains('Stale trials (6)')
String log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] 3 trials of 1 configuration that QuickExperiments#approach no longer declares were'
        + ' left out: step=0.5. 3 trials of seeds that QuickExperiments#approach no longer declares (in 1'
        + ' configuration) were left out.') : 'no stale warning in the log'
return true
