package dev.cohort.example.docs;

import dev.cohort.example.docs.MarkdownDocument.Link;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The links of a set of Markdown files that name a missing file or a heading their target does not have. */
final class DocumentationLinks {

    private DocumentationLinks() {}

    /**
     * Checks every relative link ({@code page.md}, {@code page.md#anchor}, {@code #anchor}); links with a
     * scheme ({@code https:}, {@code mailto:}) point outside the repository and are not followed.
     *
     * @return one message per broken link, {@code file:line: target: why}
     */
    static List<String> broken(List<MarkdownDocument> documents, Path root) {
        Map<Path, MarkdownDocument> byFile = new HashMap<>();
        documents.forEach(d -> byFile.put(d.file(), d));
        List<String> broken = new ArrayList<>();
        for (MarkdownDocument document : documents) {
            for (Link link : document.links()) {
                String target = link.target();
                if (target.matches("^[a-z]+:.*")) {
                    continue;
                }
                int hash = target.indexOf('#');
                String path = hash < 0 ? target : target.substring(0, hash);
                Path file = path.isEmpty()
                        ? document.file()
                        : document.file().getParent().resolve(path).normalize();
                String where = root.relativize(document.file()) + ":" + link.line() + ": " + target;
                if (!Files.exists(file)) {
                    broken.add(where + ": no such file");
                } else if (hash >= 0) {
                    MarkdownDocument linked = byFile.get(file);
                    String anchor = target.substring(hash + 1);
                    if (linked == null) {
                        broken.add(where + ": an anchor into a file that is not checked");
                    } else if (!linked.anchors().contains(anchor)) {
                        broken.add(where + ": no heading has this anchor; there are " + linked.anchors());
                    }
                }
            }
        }
        return broken;
    }
}
