package dev.cohort.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cohort.Goal;
import dev.cohort.analysis.ExperimentAnalysis;
import dev.cohort.analysis.StudyAnalysis;
import dev.cohort.analysis.TestKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** No CSV cell of the report starts a spreadsheet formula (OWASP's CSV injection list); numbers stay numbers. */
class CsvInjectionTest {

    private static final String EXPERIMENT = "=cmd|' /C calc'!A0";

    @Test
    void aFieldThatWouldStartAFormulaIsWrittenAsQuotedText() {
        assertThat(Csv.quote(EXPERIMENT)).isEqualTo("\"'=cmd|' /C calc'!A0\"");
        assertThat(Csv.quote("+m")).isEqualTo("\"'+m\"");
        assertThat(Csv.quote("@x")).isEqualTo("\"'@x\"");
        assertThat(Csv.quote("-x")).isEqualTo("\"'-x\"");
        assertThat(Csv.quote("\tx")).isEqualTo("\"'\tx\"");
        assertThat(Csv.quote("\rx")).isEqualTo("\"'\rx\"");
        assertThat(Csv.quote("=\"a\",b")).isEqualTo("\"'=\"\"a\"\",b\"");
    }

    @Test
    void numbersStayNumbers() {
        for (String number : List.of("-1", "+2", "-2.5", "-2.5E-7", "-.5", "-Inf", "NaN", "0", "3")) {
            assertThat(Csv.quote(number)).as(number).isEqualTo(number);
        }
        assertThat(Csv.quote("-1x")).isEqualTo("\"'-1x\"");
        assertThat(Csv.quote("plain = text")).isEqualTo("plain = text");
    }

    /** The hand-written scan reads numbers as the pattern of numbers would, on every short string of their characters. */
    @Test
    void aNumberIsWhatThePatternOfNumbersMatches() {
        Pattern number = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[+-]?Inf|NaN");
        String alphabet = "+-.eE07INafnx";
        List<String> strings = new ArrayList<>(List.of("", "NaN", "Inf", "-Inf", "+Inf", "Infx", "-NaN", "1.5e-7"));
        SplittableRandom random = new SplittableRandom(4180);
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(1, 8); k > 0; k--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            strings.add(text.toString());
        }
        for (String text : strings) {
            if (Csv.isNumber(text) != number.matcher(text).matches()) {
                throw new AssertionError("isNumber(\"" + text + "\") is " + Csv.isNumber(text));
            }
        }
    }

    @Test
    void noCellOfAnyCsvFileStartsAFormula() {
        Map<String, Object> a = Fixtures.config("@p", "@x", "level", -1);
        Map<String, Object> b = Fixtures.config("@p", "-x", "level", 2);
        StudyAnalysis study = new StudyAnalysis(List.of(new ExperimentAnalysis(
                EXPERIMENT,
                List.of("@p", "level"),
                4,
                4,
                List.of(),
                List.of(Fixtures.metric(
                        "+m",
                        Goal.MINIMIZE,
                        List.of(Fixtures.group(a, 3, -0.5, 0.1), Fixtures.group(b, 3, 1.5, 0.2)),
                        List.of(Fixtures.comparison(a, b, TestKind.WELCH_T, 0.01)))))));

        List<List<String>> cells = new ArrayList<>();
        for (ReportFormat format : List.of(new SummaryCsvFormat(), new ComparisonsCsvFormat())) {
            cells.addAll(parse(format.render(study, Fixtures.context())));
        }

        List<String> all = cells.stream().flatMap(List::stream).toList();
        assertThat(all).contains("'" + EXPERIMENT, "'+m", "'@x", "'-x", "-1", "-0.5", "'@p", "a.@p");
        assertThat(all).doesNotContain(EXPERIMENT, "+m", "@x", "-x");
        assertThat(all)
                .allSatisfy(cell -> assertThat(Csv.startsFormula(cell))
                        .as("cell %s starts a formula", cell)
                        .isFalse());
    }

    /** RFC 4180 records as unquoted cells. */
    private static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
