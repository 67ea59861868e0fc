File report = new File(basedir, 'report')
['index.html', 'report.tex', 'summary.csv', 'summary.json'].each {
    assert new File(report, it).isFile() : "missing report file $it"
}
String log = new File(basedir, 'build.log').text
assert log.contains('Read 18 trials of 2 experiments')
// the experiment without the named parameter is named, with its parameters
assert log.contains('[WARNING] Tuning#run: -Dcohort.task=game names no parameter of the experiment (its parameters: lr),'
        + ' so it is analysed without tasks')
// the one that has it is analysed across tasks without a warning
assert !log.contains('Atari#run: -Dcohort.task')
return true
