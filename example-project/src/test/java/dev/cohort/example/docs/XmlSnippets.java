package dev.cohort.example.docs;

import dev.cohort.example.docs.MarkdownDocument.CodeBlock;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The {@code xml} blocks that are not well-formed. A block that starts with {@code <?xml} is a document;
 * any other is a fragment (a POM's {@code <plugin>}, two {@code <dependency>} elements, ...) and is
 * wrapped in one root element first.
 */
final class XmlSnippets {

    private static final String ROOT = "<snippet>";

    private XmlSnippets() {}

    /** @return one message per malformed block, {@code file:line: the parser's message}, with the block's line */
    static List<String> malformed(List<CodeBlock> blocks, Path root) throws IOException {
        List<String> problems = new ArrayList<>();
        for (CodeBlock block : blocks) {
            String text = String.join("\n", block.lines());
            boolean fragment = !text.trim().startsWith("<?xml");
            String document = fragment ? ROOT + "\n" + text + "\n</snippet>" : text;
            try {
                parser().parse(new InputSource(new StringReader(document)));
            } catch (SAXParseException e) {
                int line = block.firstLine() + e.getLineNumber() - (fragment ? 2 : 1);
                problems.add(root.relativize(block.file()) + ":" + Math.max(line, block.firstLine()) + ": "
                        + e.getMessage());
            } catch (org.xml.sax.SAXException e) {
                problems.add(block.where(root) + ": " + e.getMessage());
            }
        }
        return problems;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilder builder =
                    DocumentBuilderFactory.newDefaultInstance().newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws on fatal errors, prints nothing
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured", e);
        }
    }
}
