File report = new File(basedir, 'report')
['index.html', 'report.tex', 'summary.csv', 'summary.json'].each {
    assert new File(report, it).isFile() : "missing report file $it"
}
assert new File(report, 'summary.json').text.contains('"org.acme.CopiedExperiments#sweep"')
String log = new File(basedir, 'build.log').text
assert log.contains('Read 7 trials of 1 experiment')
// status: 2 configurations x 4 seeds, 7 done, 1 missing, listed
assert log =~ /CopiedExperiments#sweep\s+2\s+4\s+8\s+7\s+0\s+1/
assert log.contains('lr=0.5 seed #3 (44)')
// check: the recorded @Expect holds
assert log.contains('Expectation holds: CopiedExperiments#sweep loss: best of lr=0.5')
return true
