package org.sachet.content.extraction;

import org.apache.tika.sax.XHTMLContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Passes to the server only the text of the XHTML body, in large pieces. ForkParser sends and flushes every SAX
 * event separately, and parsers emit many: an element per paragraph, page or cell, text in small runs (Tika's
 * SafeContentHandler emits one event per invalid character). The server keeps only the body text, so elements
 * stay here and text is joined: a file of two million NUL bytes took 10 s over the pipe event by event, and
 * 0.5 s in one JVM. Line breaks between blocks arrive as whitespace, which is kept.
 */
final class BatchingContentHandler extends DefaultHandler {

    private static final int BATCH_CHARS = 32 * 1024;

    private final ContentHandler server;
    private final char[] batch = new char[BATCH_CHARS];
    private int used;
    private int bodyDepth;

    BatchingContentHandler(ContentHandler server) {
        this.server = server;
    }

    @Override
    public void startDocument() throws SAXException {
        server.startDocument();
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) {
        if (isBody(uri, localName)) {
            bodyDepth++;
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) {
        if (isBody(uri, localName) && bodyDepth > 0) {
            bodyDepth--;
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth == 0) {
            return; // the title and other head text reach the server as metadata
        }
        if (length >= BATCH_CHARS) {
            flush();
            server.characters(ch, start, length);
            return;
        }
        if (used + length > BATCH_CHARS) {
            flush();
        }
        System.arraycopy(ch, start, batch, used, length);
        used += length;
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    /** Not forwarded: the result fields follow the document, and the server takes the end of the call as its end. */
    @Override
    public void endDocument() throws SAXException {
        flush();
    }

    /** Sends what is held; also called before the result fields, after a parse that ended by an exception. */
    void flush() throws SAXException {
        if (used > 0) {
            int length = used;
            used = 0; // sent once, even if the limit behind throws
            server.characters(batch, 0, length);
        }
    }

    private static boolean isBody(String uri, String localName) {
        return "body".equals(localName) && (uri == null || uri.isEmpty() || XHTMLContentHandler.XHTML.equals(uri));
    }
}
