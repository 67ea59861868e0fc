// The project that archetype:generate created, built by mvn verify: it names this Cohort version, its unit
// tests and its 60 trials ran, its report is written, and the study's @Expect and CohortAssertions test held.
import groovy.json.JsonSlurper

File project = new File(basedir, 'bandit-study')
['pom.xml', 'README.md', '.gitignore',
 'src/main/java/org/example/bandit/Ucb.java',
 'src/test/java/org/example/bandit/BanditExperiments.java',
 'src/test/java/org/example/bandit/BanditStudyIT.java'].each {
    assert new File(project, it).isFile() : "not generated: $it"
}
String pom = new File(project, 'pom.xml').text
assert pom.contains("<cohort.version>${projectVersion}</cohort.version>") : pom

File report = new File(project, 'target/cohort/report')
['index.html', 'summary.json', 'report.tex'].each {
    assert new File(report, it).isFile() : "missing report file $it"
}
def experiment = new JsonSlurper().parse(new File(report, 'summary.json')).experiments
        .find { it.id == 'org.example.bandit.BanditExperiments#exploration' }
assert experiment : 'summary.json has no BanditExperiments#exploration'
assert experiment.trials == 60 && experiment.successful == 60 : "trials: $experiment.trials, successful: $experiment.successful"
assert experiment.headlineParts.expectations.size() == 1
assert experiment.headlineParts.expectations[0].contains('strategy=UCB better than strategy=EPSILON_GREEDY (alpha 0.05): holds') : experiment.headlineParts.expectations

String log = new File(basedir, 'build.log').text
assert log.contains('Project created from Archetype in dir:')
assert log.contains('[cohort] done: 60/60 trials, 0 failed')
assert log =~ /Tests run: 5, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in org\.example\.bandit\.UcbTest/
assert log =~ /Tests run: 3, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: .* in org\.example\.bandit\.BanditStudyIT/
assert log.contains('Cohort report: ' + new File(report, 'index.html').canonicalPath)
assert log.contains('Expectation holds: BanditExperiments#exploration regret: best of strategy=UCB')
assert log.contains('BUILD SUCCESS')
// A new project's first build warns about nothing (archetype:generate itself may, about catalogs).
String build = log.substring(log.indexOf('Project created from Archetype in dir:'))
// the invoker hands the outer build's profiles on (.ci/run builds with -Pslurm), which the generated
// project does not have: Maven's notice of that is about the outer build, not the generated project
def warnings = build.readLines().findAll { it.startsWith('[WARNING]') }
        .findAll { !(it ==~ /\[WARNING\] The requested profile ".+" could not be activated because it does not exist\./) }
assert warnings.isEmpty() : "mvn verify of the generated project warned:\n${warnings.join('\n')}"
return true
