File elsewhere = new File(basedir, 'target/elsewhere')
assert elsewhere.listFiles().any { it.name.startsWith('run-') && it.name.endsWith('.jsonl') } : elsewhere.list()
assert !new File(basedir, 'target/cohort/results').exists()
String log = new File(basedir, 'build.log').text
assert log.contains('Read 10 trials of 1 experiment from ' + elsewhere.toPath().toAbsolutePath().normalize())
String summary = new File(basedir, 'target/cohort/report/summary.json').text
assert summary.contains('"quick.QuickExperiments#approach"')
assert log.contains('Expectation holds: QuickExperiments#approach error: best of step=1.0')
assert !log.contains('no run wrote results')
return true
