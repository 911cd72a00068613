package org.sachet.content.extraction;

import org.apache.tika.metadata.Metadata;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Receives, in the server, what a parser child sends (see {@link ChildProtocol}): keeps the text up to a limit
 * (a second bound behind the child's own, so the server's memory never depends on the child behaving) and
 * collects the result fields.
 */
final class ChildOutput extends DefaultHandler {

    private final int maxChars;
    private final StringBuilder text = new StringBuilder();
    private final Metadata fields = new Metadata();
    private boolean truncated;

    ChildOutput(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (ChildProtocol.NAMESPACE.equals(uri) && ChildProtocol.RESULT.equals(localName)) {
            for (int i = 0; i < attributes.getLength(); i++) {
                fields.add(attributes.getQName(i), attributes.getValue(i));
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        for (int i = start; i < start + length; i++) {
            char c = ch[i];
            // Tika writes U+FFFD for bytes that are not text (e.g. NULs); they and control codes are noise.
            if (c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r') {
                continue;
            }
            if (text.length() >= maxChars) {
                truncated = true;
                return;
            }
            text.append(c);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        characters(ch, start, length); // line breaks between blocks, if a child sends them this way
    }

    String text() {
        return text.toString().strip();
    }

    boolean truncated() {
        return truncated || "true".equals(fields.get(ChildProtocol.TRUNCATED));
    }

    /** The document's metadata as the child saw it at the end of the parse. */
    Metadata metadata() {
        return fields;
    }

    String failure() {
        return fields.get(ChildProtocol.FAILURE);
    }

    String failureDetail() {
        return fields.get(ChildProtocol.FAILURE_DETAIL);
    }
}
