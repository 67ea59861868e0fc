String log = new File(basedir, 'build.log').text
assert log.contains('Expectation failed: NoisyExperiments#compare score: best of variant=B (variant=B, mean ')
assert log =~ /is not (significantly )?higher than best of variant=A \(variant=A, mean [-0-9.e]+\): .*Holm p = /
assert log.contains('1 of 1 Cohort expectation did not hold')
// The report is written before the check fails the build.
assert new File(basedir, 'target/cohort/report/index.html').isFile()
return true
