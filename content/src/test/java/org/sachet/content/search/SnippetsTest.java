package org.sachet.content.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.content.search.Materials.publicQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetsTest {

    @TempDir
    Path folder;

    private MaterialIndex index;

    @BeforeEach
    void open() throws IOException {
        index = MaterialIndex.open(folder);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    private static MaterialDocument withText(long id, String summary, String text) {
        return new MaterialDocument(id, "Title", "", summary, text, "POSTER", Set.of(), Set.of(), Set.of(), "PUBLIC",
                Instant.EPOCH);
    }

    private String snippet(String text) throws IOException {
        return index.search(publicQuery(text).build()).hits().get(0).snippet();
    }

    /** The snippet's text as a reader sees it: tags removed, entities left as they are (each counts as one). */
    private static int visibleLength(String snippet) {
        return snippet.replaceAll("</?mark>", "").replaceAll("&[a-z#0-9]+;", "x").length();
    }

    @Test
    void textIsEscapedAndMatchesAreMarked() throws IOException {
        index.put(withText(1, "", "Beware <script>alert('x')</script> & fake job offers abroad."));

        String snippet = snippet("job");

        assertTrue(snippet.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; fake <mark>job</mark>"),
                snippet);
        assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);
    }

    @Test
    void snippetIsAShortPassageAroundTheMatch() throws IOException {
        String filler = "Village meetings discuss school attendance and local news. ".repeat(40);
        index.put(withText(1, "", filler + "Recruiters promised visas to Malaysia. " + filler));

        String snippet = snippet("visas");

        assertTrue(snippet.contains("<mark>visas</mark>"), snippet);
        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(visibleLength(snippet) <= Snippets.MAX_CHARS + 2, snippet);
    }

    @Test
    void unbrokenTextIsCutAroundTheMatch() throws IOException {
        index.put(withText(1, "", "x".repeat(5_000) + " migration " + "y".repeat(5_000)));

        String snippet = snippet("migration");

        assertTrue(snippet.contains("<mark>migration</mark>"), snippet);
        assertTrue(visibleLength(snippet) <= Snippets.MAX_CHARS + 2, snippet);
    }

    @Test
    void summaryMatchIsPreferredThenTextThenSummaryStart() throws IOException {
        index.put(withText(1, "Safe migration for families.", "Families should know their rights abroad."));

        assertTrue(snippet("families").startsWith("Safe migration for <mark>families</mark>."));
        assertEquals("Families should know their <mark>rights</mark> abroad.", snippet("rights"));
        assertEquals("Safe migration for families.", snippet("title"));
        assertEquals("Safe migration for families.", snippet(""));
    }

    @Test
    void phraseIsMarkedOnlyWhereItsWordsStandTogether() throws IOException {
        index.put(withText(1, "", "Migration can be safe. Safe migration starts at home."));

        assertEquals("Migration can be safe. <mark>Safe</mark> <mark>migration</mark> starts at home.",
                snippet("\"safe migration\""));
    }

    @Test
    void nepaliWordIsMarkedWholeWithItsSuffix() throws IOException {
        index.put(withText(1, "", "विद्यालयमा बालबालिकाहरूको सुरक्षा"));

        assertEquals("विद्यालयमा <mark>बालबालिकाहरूको</mark> सुरक्षा", snippet("बालबालिका"));
    }

    @Test
    void matchBeyondTheStoredStartStillFindsTheMaterial() throws IOException {
        String text = "word ".repeat(MaterialDocument.SNIPPET_SOURCE_CHARS / 5) + "trafficking";
        index.put(withText(1, "About recruitment.", text));

        SearchResult result = index.search(publicQuery("trafficking").build());

        assertEquals(1, result.totalHits());
        assertEquals("About recruitment.", result.hits().get(0).snippet());
    }
}
