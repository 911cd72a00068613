package org.sachet.content.extraction;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.apache.tika.extractor.ParsingEmbeddedDocumentExtractor;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.ParseContext;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Stops a parse whose archives unpack to far more than the file's size. Tika's own zip-bomb check compares the
 * text produced with the bytes read, which a ZIP of a gigabyte of zeros never trips (the text limit is reached
 * first, after a useless parse); this compares the bytes the entries unpack to, declared and actually read,
 * with a budget of {@code ratio} times the file size. Exceeding it raises an error whose message says "zip
 * bomb", which the child reports as such whether it surfaces at the top or is recorded for an embedded file.
 */
final class ExpansionLimit extends ParsingEmbeddedDocumentExtractor {

    /** Small files may legitimately unpack to many times their size (a compressed text, a DOCX in a ZIP). */
    static final long MIN_BUDGET_BYTES = 64L * 1024 * 1024;

    private final long budget;
    private long declared;
    private long read;

    ExpansionLimit(ParseContext context, long fileSize, long ratio) {
        super(context);
        this.budget = Math.max(MIN_BUDGET_BYTES, multiplyCapped(fileSize, ratio));
    }

    @Override
    public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml)
            throws SAXException, IOException {
        String length = metadata.get(Metadata.CONTENT_LENGTH);
        if (length != null) {
            try {
                declared += Math.max(0, Long.parseLong(length));
            } catch (NumberFormatException ignored) {
                // no declared size; the bytes read still count
            }
            if (declared > budget) {
                throw bomb("entries declare " + declared + " bytes");
            }
        }
        super.parseEmbedded(new Counted(stream), handler, metadata, outputHtml);
    }

    private IOException bomb(String what) {
        return new IOException("Suspected zip bomb: " + what + " unpacked, over the budget of " + budget
                + " bytes for this file");
    }

    private static long multiplyCapped(long a, long b) {
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }

    /** Counts the bytes embedded parsers actually read; sizes in an archive's directory can lie. */
    private final class Counted extends FilterInputStream {

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long bytes) throws IOException {
            read += bytes;
            if (read > budget) {
                throw bomb(read + " bytes read");
            }
        }
    }
}
