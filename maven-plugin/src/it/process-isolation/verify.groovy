import groovy.json.JsonSlurper

// Surefire's XML: one failed trial (an error) of eight, with the cause, named as in thread mode
String xml = new File(basedir, 'target/surefire-reports/TEST-isolated.IsolatedExperiments.xml').text
assert (xml =~ /<testsuite [^>]*\btests="8"/).find() : xml
assert (xml =~ /<testsuite [^>]*\berrors="1"/).find() : xml // an exception, not an assertion: an error to Surefire
assert xml.contains('the worker JVM exited with status 3 during this trial (System.exit?)') : xml
assert xml.contains('name="run[n=2] seed #1') : xml

// the result lines: seven successful trials in worker JVMs with Surefire's -Xmx200m, the culprit failed
def lines = new File(basedir, 'target/cohort/results').listFiles()
        .findAll { it.name.endsWith('.jsonl') }
        .collectMany { it.readLines() }
        .collect { new JsonSlurper().parseText(it) }
assert lines.size() == 8 : lines
def failed = lines.findAll { it.status == 'FAILED' }
assert failed.size() == 1 && failed[0].config.n == 2 && failed[0].seedIndex == 1 : failed
assert failed[0].error.message.contains('exited with status 3') : failed[0].error
def successful = lines.findAll { it.status == 'SUCCESSFUL' }
assert successful.size() == 7
assert successful.every { it.metrics.maxHeapMiB <= 200 } : successful.collect { it.metrics }
def workers = successful.collect { it.metrics.pid }.toSet()
assert workers.size() <= 3 : workers // at most cohort.parallelism workers at once, one of them replaced

String log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 8, Failures: 0, Errors: 1')
assert log.contains('about to end the JVM')
return true
