package dev.cohort.example.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checkers of {@link DocumentationTest} find what they are for, and say where. */
class DocumentationCheckersTest {

    @TempDir
    Path dir;

    @Test
    void aSnippetThatDoesNotCompileIsReportedWithItsFileAndLine() throws IOException {
        MarkdownDocument page = page(
                "page.md",
                "# A page\n\n<!-- snippet: statements -->\n```java\nint fine = 1;\nString wrong = fine;\n```\n");

        List<String> errors = new SnippetCompiler(
                        SnippetCompiler.testClassPath(), Files.createDirectory(dir.resolve("out")))
                .errors(List.of(JavaSnippet.of(page.blocks().get(0), 0)), dir);

        assertThat(errors).singleElement().asString().startsWith("page.md:6: ").contains("incompatible types");
    }

    @Test
    void membersAndUnitsCompileAndAnElidedBodyIsEmpty() throws IOException {
        MarkdownDocument page = page(
                "page.md",
                "```java\n@Experiment\nvoid run(@Sweep({\"1\", \"2\"}) int n, Trial trial) { ... }\n```\n\n"
                        + "<!-- snippet: unit -->\n```java\nimport java.util.List;\n\nclass Listed {\n"
                        + "    List<Algorithm> all = List.of(Algorithm.values());\n}\n```\n");

        List<String> errors = new SnippetCompiler(
                        SnippetCompiler.testClassPath(), Files.createDirectory(dir.resolve("out")))
                .errors(
                        List.of(
                                JavaSnippet.of(page.blocks().get(0), 0),
                                JavaSnippet.of(page.blocks().get(1), 1)),
                        dir);

        assertThat(errors).isEmpty();
    }

    @Test
    void anUnknownSnippetKindIsAnError() throws IOException {
        MarkdownDocument page = page("page.md", "<!-- snippet: method -->\n```java\nint x;\n```\n");

        assertThatThrownBy(() -> JavaSnippet.of(page.blocks().get(0), 0))
                .hasMessageContaining("page.md:3: unknown snippet kind 'method'");
    }

    @Test
    void malformedXmlIsReportedWithTheLineOfTheBlock() throws IOException {
        MarkdownDocument page = page("pom.md", "# POM\n\n```xml\n<plugin>\n  <version>1</versoin>\n</plugin>\n```\n");

        assertThat(XmlSnippets.malformed(page.blocks(), dir))
                .singleElement()
                .asString()
                .startsWith("pom.md:5: ");
    }

    @Test
    void aFragmentOfSeveralElementsIsWellFormed() throws IOException {
        MarkdownDocument page = page("pom.md", "```xml\n<dependency/>\n<dependency/>\n```\n");

        assertThat(XmlSnippets.malformed(page.blocks(), dir)).isEmpty();
    }

    @Test
    void brokenLinksAndAnchorsAreReported() throws IOException {
        MarkdownDocument target =
                page("target.md", "# Tune, then confirm: `@Confirm`\n\n## Tune, then confirm: `@Confirm`\n");
        MarkdownDocument source = page(
                "source.md",
                "[ok](target.md#tune-then-confirm-confirm), [ok too](target.md#tune-then-confirm-confirm-1),\n"
                        + "[gone](missing.md), [no heading](target.md#confirm), [web](https://example.org/x.md)\n"
                        + "`[in code](missing.md)`\n\n```\n[in a block](missing.md)\n```\n");

        assertThat(DocumentationLinks.broken(List.of(source, target), dir))
                .containsExactly(
                        "source.md:2: missing.md: no such file",
                        "source.md:2: target.md#confirm: no heading has this anchor; there are"
                                + " [tune-then-confirm-confirm, tune-then-confirm-confirm-1]");
    }

    private MarkdownDocument page(String name, String text) throws IOException {
        return MarkdownDocument.read(Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8));
    }
}
