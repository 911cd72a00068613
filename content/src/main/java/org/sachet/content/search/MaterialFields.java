package org.sachet.content.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link MaterialDocument} is laid out in the index: the field names and what each field keeps. Nothing is
 * kept in stored fields: ids, dates and facets are doc values, snippet text is {@link SnippetSource}.
 */
final class MaterialFields {

    /**
     * Names this layout and analysis, and is kept with every commit. Change it whenever a change here, in the
     * analyzer or in {@link SnippetSource} makes existing indexes answer wrongly: they are then reported as
     * unreadable and rebuilt.
     */
    static final String LAYOUT = "2"; // 2: snippet sources on every document, also empty ones

    /** Keyword (for replace and delete by id) and a number in doc values (to read hits' ids cheaply). */
    static final String ID = "id";
    static final String TITLE = "title";
    static final String SUMMARY = "summary";
    static final String BODY = "body";
    static final String VISIBILITY = "visibility";
    /** Epoch milliseconds in doc values, for newest-first order. */
    static final String PUBLISHED = "published";
    /** Marks the documents written by one {@link MaterialIndex#replaceAll} run, so a failed run can be undone. */
    static final String REBUILD = "rebuild";

    /** Searchable text whose snippets are highlighted: positions and offsets in the postings. */
    private static final FieldType HIGHLIGHTED = highlighted();

    private MaterialFields() {
    }

    static Term idTerm(long id) {
        return new Term(ID, Long.toString(id));
    }

    static Document toDocument(MaterialDocument material, String rebuild) {
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(material.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, material.id()));
        doc.add(new TextField(TITLE, material.titleEnglish(), Field.Store.NO));
        doc.add(new TextField(TITLE, material.titleNepali(), Field.Store.NO));
        doc.add(new Field(SUMMARY, material.summary(), HIGHLIGHTED));
        // All of the text is searchable; only its start is kept, as the source of snippets.
        doc.add(new Field(BODY, material.extractedText(), HIGHLIGHTED));
        addSnippetSource(doc, SUMMARY, material.summary());
        addSnippetSource(doc, BODY, snippetSource(material.extractedText()));
        doc.add(new StringField(VISIBILITY, material.visibility(), Field.Store.NO));
        doc.add(new NumericDocValuesField(PUBLISHED, material.published().toEpochMilli()));
        for (Facet facet : Facet.values()) {
            for (String value : material.values(facet)) {
                doc.add(new StringField(facet.field, value, Field.Store.NO));
                doc.add(new SortedSetDocValuesField(facet.field, new BytesRef(value)));
            }
        }
        if (rebuild != null) {
            doc.add(new StringField(REBUILD, rebuild, Field.Store.NO));
        }
        return doc;
    }

    private static void addSnippetSource(Document doc, String field, String text) {
        doc.add(SnippetSource.field(field, text));
    }

    private static String snippetSource(String text) {
        int end = Math.min(text.length(), MaterialDocument.SNIPPET_SOURCE_CHARS);
        if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never store half a character
        }
        return text.substring(0, end);
    }

    private static FieldType highlighted() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
