package org.sachet.content.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The text snippets are cut from, kept per document in binary doc values, each value deflated on its own. Stored
 * fields would do, but they compress many documents per block: reading one means inflating a shared dictionary and
 * a block of neighbours, which made snippets for a page of 20 the slowest part of a search. The text is kept as
 * UTF-16 because decoding UTF-8 Devanagari cost as much again as inflating it.
 */
final class SnippetSource {

    private static final int LENGTH_PREFIX = Integer.BYTES;

    private SnippetSource() {
    }

    /** The doc-values field keeping the text, or null when there is no text to keep. */
    static BinaryDocValuesField field(String name, String text) {
        // also for empty text: Lucene wants every document to carry the same kinds of data for a field
        byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(utf16);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(utf16.length / 4 + 64);
            out.writeBytes(ByteBuffer.allocate(LENGTH_PREFIX).putInt(text.length()).array());
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return new BinaryDocValuesField(name, new BytesRef(out.toByteArray()));
        } finally {
            deflater.end();
        }
    }

    /**
     * The texts of the fields for the next documents of {@code docs}, as the highlighter asks for them: in batches
     * of about {@code batchChars} characters (one document at a time when 0).
     */
    static List<CharSequence[]> load(IndexReader reader, String[] fields, DocIdSetIterator docs, int batchChars)
            throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        List<CharSequence[]> batch = new ArrayList<>();
        long chars = 0;
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            CharSequence[] texts = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                texts[f] = read(leaf.reader(), fields[f], doc - leaf.docBase);
                chars += texts[f] == null ? 0 : texts[f].length();
            }
            batch.add(texts);
            if (chars > batchChars) {
                break;
            }
        }
        return batch;
    }

    /** The text kept for the document of the segment, or null when none was kept. */
    static String read(LeafReader segment, String name, int doc) throws IOException {
        BinaryDocValues values = segment.getBinaryDocValues(name); // null: no document of the segment has one
        if (values == null || !values.advanceExact(doc)) {
            return null;
        }
        BytesRef compressed = values.binaryValue();
        int chars = ByteBuffer.wrap(compressed.bytes, compressed.offset, LENGTH_PREFIX).getInt();
        byte[] utf16 = new byte[chars * 2];
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed.bytes, compressed.offset + LENGTH_PREFIX, compressed.length - LENGTH_PREFIX);
            int read = 0;
            while (read < utf16.length && !inflater.finished() && !inflater.needsInput()) {
                read += inflater.inflate(utf16, read, utf16.length - read);
            }
            if (read != utf16.length) {
                throw new IOException("snippet text in field " + name + " of document " + doc + " is cut short");
            }
            char[] text = new char[chars];
            ByteBuffer.wrap(utf16).order(ByteOrder.LITTLE_ENDIAN).asCharBuffer().get(text);
            return new String(text);
        } catch (DataFormatException e) {
            throw new IOException("damaged snippet text in field " + name + " of document " + doc, e);
        } finally {
            inflater.end();
        }
    }
}
