File reports = new File(basedir, 'target/surefire-reports')
def suite = { String name -> new File(reports, "TEST-mixed.${name}.xml").text }
def attribute = { String xml, String name -> (xml =~ /<testsuite [^>]*\b${name}="(\d+)"/)[0][1].toInteger() }
def names = { String xml -> (xml =~ /<testcase name="([^"]*)"/).collect { it[1] } }

String jupiter = suite('ArithmeticTest')
assert attribute(jupiter, 'tests') == 2 && attribute(jupiter, 'failures') == 0
assert names(jupiter).size() == 2

String experiments = suite('MixedExperiments')
assert attribute(experiments, 'tests') == 6 && attribute(experiments, 'failures') == 0
List trialNames = names(experiments)
assert trialNames.toSet().size() == 6 : trialNames
assert trialNames.every { it ==~ /run\[size=[123]\] seed #[01] \(\d+\)/ } : trialNames

// The report the plugin's report goal wrote after the tests: every file, and each configuration's mean
// against the values its trials stored.
def check = evaluate(new File(reportFiles))
def experiment = check.checkReport(new File(basedir, 'target/cohort/report'), 'mixed.MixedExperiments#run', 3, 3)
assert experiment.successful == 6
def values = check.valuesByConfig(new File(basedir, 'target/cohort/results'), 'value')
def metric = experiment.metrics.find { it.name == 'value' }
[1, 2, 3].each { size ->
    def group = metric.groups.find { it.config.size == size }
    def stored = values["size=$size".toString()]
    assert group.n == 2 && stored.size() == 2 : values
    check.close(group.mean, check.mean(stored), "mean of size=$size")
}

String log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 8, Failures: 0')
return true
