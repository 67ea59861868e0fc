// Shared by the verify scripts of the ITs that write a report (passed to them as `reportFiles` by the
// invoker configuration): evaluate(new File(reportFiles)) returns a map of closures.
import groovy.json.JsonSlurper

// Every file ReportWriter.standard() writes, each with the content a reader relies on; returns summary.json.
def checkReport = { File report, String experiment, int configurations, int comparisons ->
    def text = { String name ->
        File file = new File(report, name)
        assert file.isFile() : "missing report file $file"
        file.getText('UTF-8')
    }
    def lines = { String name -> text(name).readLines().findAll { !it.isEmpty() } }

    String html = text('index.html')
    assert html.startsWith('<!DOCTYPE html>') && html.contains('</html>') : 'index.html is not a whole page'
    assert html.contains(experiment.substring(experiment.indexOf('.') + 1)) : "index.html does not name $experiment"
    String tex = text('report.tex')
    assert tex.contains('\\begin{table') && tex.contains('\\end{table') : 'report.tex has no table'
    assert tex.contains('\\toprule') && tex.contains('\\bottomrule')
    String allPairs = text('comparisons.tex')
    assert allPairs.contains('\\begin{table') || allPairs.startsWith('%') : 'comparisons.tex: ' + allPairs.take(300)

    // A CSV's header holds `columns`; it has `rows` rows (configurations with single-valued labels here).
    def csv = { String name, List<String> columns, int rows ->
        List all = lines(name)
        List header = all[0].split(',') as List
        assert header.containsAll(columns) : "$name: header $header lacks some of $columns"
        assert all.size() == 1 + rows : "$name: ${all.size() - 1} rows, expected $rows"
        all.drop(1).collect { line -> [header, line.split(',', -1) as List].transpose().collectEntries() }
    }
    List summaryRows = csv('summary.csv', ['experiment', 'metric', 'goal', 'config', 'n', 'mean', 'sd', 'ciLow',
            'ciHigh', 'median', 'iqm', 'meanBootLow', 'meanBootHigh'], configurations)
    assert summaryRows.every { it.experiment == experiment } : summaryRows
    List comparisonRows = csv('comparisons.csv', ['experiment', 'metric', 'a', 'b', 'test', 'p', 'pHolm',
            'pBonferroni', 'welchT', 'hedgesG'], comparisons)
    assert comparisonRows.every { it.experiment == experiment } : comparisonRows
    csv('curves.csv', ['experiment', 'metric', 'config', 'step', 'n', 'mean', 'ciLow', 'ciHigh'], 0)
    csv('tasks.csv', ['experiment', 'metric', 'task', 'config', 'n', 'mean'], 0)
    csv('aggregate.csv', ['experiment', 'metric', 'tasks', 'config', 'meanRank', 'iqm'], 0)

    def summary = new JsonSlurper().parseText(text('summary.json'))
    def found = summary.experiments.find { it.id == experiment }
    assert found : "summary.json has no $experiment"
    assert found.metrics.every { it.groups.size() == configurations }
    // summary.csv holds the numbers of summary.json
    found.metrics.each { metric ->
        metric.groups.each { group ->
            def row = summaryRows.find { it.metric == metric.name && it.n == group.n.toString()
                    && Math.abs((it.mean as double) - (group.mean as double)) <= 1e-12 * Math.abs(group.mean as double) }
            assert row : "summary.csv has no row with the n and mean of ${group.config} in summary.json"
        }
    }
    return found
}

// The successful trials' values of `metric` by configuration (as `step=0.1, size=2`), read from the
// results directory's JSON lines: the data, independent of the analysis.
def valuesByConfig = { File results, String metric ->
    def slurper = new JsonSlurper()
    Map byConfig = [:]
    results.listFiles().findAll { it.name.endsWith('.jsonl') }.each { file ->
        file.eachLine('UTF-8') { line ->
            def trial = slurper.parseText(line)
            if (trial.status == 'SUCCESSFUL' && trial.metrics?.get(metric) != null) {
                byConfig.computeIfAbsent(trial.config.collect { k, v -> "$k=$v" }.join(', ')) { [] } << (trial.metrics[metric] as double)
            }
        }
    }
    byConfig
}

def mean = { List<Double> x -> x.sum() / x.size() }
def variance = { List<Double> x -> double m = mean(x); x.collect { (it - m) * (it - m) }.sum() / (x.size() - 1) }
// Welch's t of a minus b, by its closed form.
def welchT = { List<Double> a, List<Double> b ->
    (mean(a) - mean(b)) / Math.sqrt(variance(a) / a.size() + variance(b) / b.size())
}
def close = { actual, double expected, String what ->
    double value = actual as double
    assert Math.abs(value - expected) <= 1e-9 * Math.abs(expected) + 1e-15 : "$what: $value, expected $expected"
}

[checkReport: checkReport, valuesByConfig: valuesByConfig, mean: mean, variance: variance, welchT: welchT,
 close: close]
