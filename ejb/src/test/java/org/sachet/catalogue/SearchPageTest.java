package org.sachet.catalogue;

import org.junit.jupiter.api.Test;
import org.sachet.content.search.SearchResult;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SearchPageTest {

    private static final List<SearchResult.Hit> TWO_HITS = List.of(new SearchResult.Hit(1, 1f, ""),
            new SearchResult.Hit(2, 1f, ""));

    @Test
    void aHitTheDatabaseRefusedIsTakenOffTheTotal() {
        Material stillPublished = new Material(MaterialWorkflowTest.draft(), "editor", Instant.EPOCH);
        // 30 found by the index, the page's second withdrawn meanwhile on another server
        CatalogueSearch.Page page = new CatalogueSearch.Page(new SearchResult(30, TWO_HITS, Map.of()),
                List.of(stillPublished));
        assertEquals(29, page.total());
    }

    @Test
    void aPageWithEveryHitShownKeepsTheIndexTotal() {
        assertEquals(30, new CatalogueSearch.Page(new SearchResult(30, List.of(), Map.of()), List.of()).total());
    }
}
