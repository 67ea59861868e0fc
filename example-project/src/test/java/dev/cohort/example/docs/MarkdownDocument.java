package dev.cohort.example.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Markdown file of the user guide, as the documentation tests read it: its fenced code blocks, its
 * links and the anchors of its headings (GitHub's rule).
 */
final class MarkdownDocument {

    /** A fenced code block: its info string ({@code java}, {@code xml}, ...), the marker before it, its text. */
    record CodeBlock(Path file, int firstLine, String language, Optional<String> marker, List<String> lines) {

        /** Where the block's first line of code is, for messages: {@code docs/designs.md:42}. */
        String where(Path root) {
            return root.relativize(file) + ":" + firstLine;
        }
    }

    /** A link {@code [text](target)} outside code, with the line it is on. */
    record Link(Path file, int line, String target) {}

    private static final Pattern FENCE = Pattern.compile("^(\\s*)(```+)\\s*([A-Za-z0-9_+-]*).*$");
    private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*([a-z-]+)\\s*-->\\s*$");
    private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`]*`");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");

    private final Path file;
    private final List<CodeBlock> blocks = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final Set<String> anchors = new LinkedHashSet<>();

    private MarkdownDocument(Path file) {
        this.file = file;
    }

    /** Reads and parses one Markdown file. */
    static MarkdownDocument read(Path file) throws IOException {
        MarkdownDocument document = new MarkdownDocument(file);
        document.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        return document;
    }

    Path file() {
        return file;
    }

    List<CodeBlock> blocks() {
        return blocks;
    }

    List<Link> links() {
        return links;
    }

    /** The anchors GitHub gives this file's headings ({@code #tune-then-confirm-on-fresh-seeds-confirm}). */
    Set<String> anchors() {
        return anchors;
    }

    private void parse(List<String> lines) {
        Map<String, Integer> slugCounts = new HashMap<>();
        int i = 0;
        while (i < lines.size()) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (fence.matches()) {
                Optional<String> marker = i > 0 ? marker(lines.get(i - 1)) : Optional.empty();
                int start = i + 1;
                int end = start;
                while (end < lines.size() && !lines.get(end).trim().startsWith(fence.group(2))) {
                    end++;
                }
                blocks.add(
                        new CodeBlock(file, start + 1, fence.group(3), marker, List.copyOf(lines.subList(start, end))));
                i = end + 1;
                continue;
            }
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int seen = slugCounts.merge(slug, 1, Integer::sum) - 1;
                anchors.add(seen == 0 ? slug : slug + "-" + seen);
            }
            Matcher link = LINK.matcher(INLINE_CODE.matcher(line).replaceAll(""));
            while (link.find()) {
                links.add(new Link(file, i + 1, link.group(1)));
            }
            i++;
        }
    }

    private static Optional<String> marker(String line) {
        Matcher marker = MARKER.matcher(line);
        return marker.matches() ? Optional.of(marker.group(1)) : Optional.empty();
    }

    /**
     * GitHub's heading anchor: lower case, every character but letters, digits, spaces, hyphens and
     * underscores dropped, spaces turned into hyphens.
     */
    static String slug(String heading) {
        StringBuilder slug = new StringBuilder();
        heading.toLowerCase(java.util.Locale.ROOT).codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            } else if (c == ' ') {
                slug.append('-');
            }
        });
        return slug.toString();
    }
}
