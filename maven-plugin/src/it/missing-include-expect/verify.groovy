String log = new File(basedir, 'build.log').text
// The report names the class that did not run and the include that would run it.
assert log.contains('[WARNING] tuning.KnapsackTuning declares 1 experiment (knapsack) but no run wrote results for it')
assert log.contains('Add <include>**/KnapsackTuning.java</include> to the <includes> in maven-surefire-plugin')
// The check fails on the expectation it could not check, saying why.
assert log.contains('[ERROR] Expectation not checked: KnapsackTuning#knapsack value: population=100 better than population=10')
assert log.contains('the experiment has no results: Surefire did not run the class')
assert log.contains('1 of 1 Cohort expectation did not hold')
assert !log.contains('BUILD SUCCESS')
return true
