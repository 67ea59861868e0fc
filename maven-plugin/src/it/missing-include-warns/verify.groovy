String log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('[WARNING] queue.QueueSimulation declares 1 experiment (waiting) but no run wrote results for it')
assert log.contains('Add <include>**/QueueSimulation.java</include> to the <includes> in maven-surefire-plugin')
assert !new File(basedir, 'target/cohort/results').exists()
return true
