package org.sachet.content.search;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sachet.content.search.Materials.material;
import static org.sachet.content.search.Materials.publicQuery;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MaterialIndexTest {

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

    private List<Long> ids(MaterialQuery query) throws IOException {
        return index.search(query).hits().stream().map(SearchResult.Hit::id).toList();
    }

    private List<Long> ids(String text) throws IOException {
        return ids(publicQuery(text).build());
    }

    @Test
    void materialForTeachersIsNotFoundByThePublic() throws IOException {
        index.put(material(1, "PUBLIC", "safe migration"));
        index.put(material(2, "TEACHERS", "safe migration lesson"));

        assertEquals(List.of(1L), ids("migration"));
        assertEquals(List.of(1L), ids("")); // listing everything lists only what is visible
        assertEquals(List.of(), ids("lesson"));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(MaterialQuery.visibleTo(Set.of("PUBLIC", "TEACHERS"))
                .text("migration").build())));
        assertEquals(List.of(), ids(MaterialQuery.visibleTo(Set.of()).text("migration").build()));
    }

    @Test
    void facetCountsOnlyCountVisibleMaterials() throws IOException {
        index.put(material(1, "POSTER", Set.of("t"), Set.of("a"), Set.of("en"), "PUBLIC"));
        index.put(material(2, "VIDEO", Set.of("t"), Set.of("a"), Set.of("en"), "STAFF"));

        SearchResult result = index.search(publicQuery("").build());

        assertEquals(1, result.totalHits());
        assertEquals(List.of(new SearchResult.FacetCount("POSTER", 1)), result.facets().get(Facet.TYPE));
        assertEquals(List.of(new SearchResult.FacetCount("t", 1)), result.facets().get(Facet.TOPIC));
    }

    @Test
    void filtersAreAndBetweenFacetsAndOrWithinOne() throws IOException {
        index.put(material(1, "POSTER", Set.of("safe-migration"), Set.of("students"), Set.of("ne"), "PUBLIC"));
        index.put(material(2, "LESSON", Set.of("safe-migration"), Set.of("parents"), Set.of("en"), "PUBLIC"));
        index.put(material(3, "POSTER", Set.of("child-protection"), Set.of("students"), Set.of("en", "ne"), "PUBLIC"));

        assertEquals(Set.of(1L, 3L), Set.copyOf(ids(publicQuery("").filter(Facet.TYPE, "POSTER").build())));
        assertEquals(Set.of(1L, 2L, 3L),
                Set.copyOf(ids(publicQuery("").filter(Facet.TYPE, "POSTER", "LESSON").build())));
        assertEquals(List.of(1L), ids(publicQuery("")
                .filter(Facet.TYPE, "POSTER").filter(Facet.TOPIC, "safe-migration").build()));
        assertEquals(List.of(3L), ids(publicQuery("migration")
                .filter(Facet.LANGUAGE, "en").filter(Facet.AUDIENCE, "students").build()));
    }

    @Test
    void facetCountsIgnoreTheirOwnFilterButHonourTheOthers() throws IOException {
        index.put(material(1, "POSTER", Set.of("safe-migration"), Set.of("students"), Set.of("ne"), "PUBLIC"));
        index.put(material(2, "LESSON", Set.of("safe-migration"), Set.of("parents"), Set.of("en"), "PUBLIC"));
        index.put(material(3, "POSTER", Set.of("child-protection"), Set.of("students"), Set.of("en", "ne"), "PUBLIC"));
        index.put(material(4, "LESSON", Set.of("child-protection"), Set.of("students"), Set.of("en"), "PUBLIC"));

        SearchResult result = index.search(publicQuery("").filter(Facet.TYPE, "POSTER").build());

        assertEquals(2, result.totalHits());
        assertEquals(List.of(new SearchResult.FacetCount("LESSON", 2), new SearchResult.FacetCount("POSTER", 2)),
                result.facets().get(Facet.TYPE), "other types stay on offer");
        assertEquals(List.of(new SearchResult.FacetCount("child-protection", 1),
                new SearchResult.FacetCount("safe-migration", 1)), result.facets().get(Facet.TOPIC));
        assertEquals(List.of(new SearchResult.FacetCount("ne", 2), new SearchResult.FacetCount("en", 1)),
                result.facets().get(Facet.LANGUAGE));

        SearchResult twoFilters = index.search(publicQuery("")
                .filter(Facet.TYPE, "POSTER").filter(Facet.LANGUAGE, "en").build());
        assertEquals(1, twoFilters.totalHits());
        assertEquals(List.of(new SearchResult.FacetCount("LESSON", 2), new SearchResult.FacetCount("POSTER", 1)),
                twoFilters.facets().get(Facet.TYPE), "types among English materials");
        assertEquals(List.of(new SearchResult.FacetCount("ne", 2), new SearchResult.FacetCount("en", 1)),
                twoFilters.facets().get(Facet.LANGUAGE), "languages among posters");
        assertEquals(List.of(new SearchResult.FacetCount("child-protection", 1)),
                twoFilters.facets().get(Facet.TOPIC), "other facets count only what passes both filters");
    }

    @Test
    void putReplacesTheMaterialWithTheSameId() throws IOException {
        index.put(material(7, "old wording about schools"));
        index.put(material(7, "new wording about parents"));

        assertEquals(1, index.count());
        assertEquals(List.of(), ids("schools"));
        assertEquals(List.of(7L), ids("parents"));
    }

    @Test
    void removedMaterialIsNotFound() throws IOException {
        index.put(material(1, "migration"));
        index.put(material(2, "migration"));
        index.remove(1);
        index.remove(99); // not indexed: nothing happens

        assertEquals(List.of(2L), ids("migration"));
        assertEquals(1, index.count());
    }

    @Test
    void materialsWithAndWithoutTextLiveInOneIndex() throws IOException {
        // a poster (no text found) beside a manual: the catalogue mixes them in every rebuild
        MaterialDocument poster = new MaterialDocument(1, "Poster", "पोस्टर", "", "", "POSTER", Set.of("safe-migration"),
                Set.of("community"), Set.of("ne"), "PUBLIC", Instant.parse("2024-01-01T00:00:00Z"));
        index.replaceAll(List.of(poster, material(2, "migration manual text")));
        index.put(new MaterialDocument(3, "Sticker", "स्टिकर", "A summary", "", "STICKER", Set.of("safe-migration"),
                Set.of("community"), Set.of("ne"), "PUBLIC", Instant.parse("2024-01-02T00:00:00Z")));
        index.put(material(4, "more migration text"));

        assertEquals(4, index.count());
        assertEquals(Set.of(2L, 4L), Set.copyOf(ids("migration")));
        assertEquals(List.of(1L), ids("पोस्टर"));
        assertEquals(4, index.search(publicQuery("").build()).totalHits());
    }

    @Test
    void replaceAllLeavesExactlyTheGivenMaterials() throws IOException {
        index.put(material(1, "old"));
        index.put(material(2, "old"));

        int indexed = index.replaceAll(List.of(material(2, "new"), material(3, "new")));

        assertEquals(2, indexed);
        assertEquals(2, index.count());
        assertEquals(List.of(), ids("old"));
        assertEquals(Set.of(2L, 3L), Set.copyOf(ids("new")));
    }

    @Test
    void searchesSeeTheOldIndexUntilReplaceAllIsDone() throws IOException {
        index.put(material(1, "old"));
        index.put(material(2, "old"));
        List<Long> seenHalfWay = new ArrayList<>();
        Iterable<MaterialDocument> rebuild = () -> IntStream.rangeClosed(10, 14).mapToObj(id -> {
            if (id == 12) {
                try {
                    seenHalfWay.addAll(ids(""));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            return material(id, "new");
        }).iterator();

        index.replaceAll(rebuild);

        assertEquals(Set.of(1L, 2L), Set.copyOf(seenHalfWay));
        assertEquals(5, index.count());
    }

    @Test
    void failedReplaceAllLeavesTheIndexAsItWas() throws IOException {
        index.put(material(1, "old"));
        Iterable<MaterialDocument> failing = () -> new Iterator<>() {
            private int next = 10;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public MaterialDocument next() {
                if (next == 15) {
                    throw new IllegalStateException("database went away");
                }
                return material(next++, "new");
            }
        };

        assertThrows(IllegalStateException.class, () -> index.replaceAll(failing));
        assertThrows(IllegalArgumentException.class,
                () -> index.replaceAll(List.of(material(5, "new"), material(5, "new"))));
        index.put(material(2, "old")); // a later change commits nothing of the failed runs

        assertEquals(2, index.count());
        assertEquals(List.of(), ids("new"));
        index.close();
        index = MaterialIndex.open(folder);
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids("old")));
    }

    @Test
    void theLastFollowedChangeIsKeptWithTheIndexAcrossAReopen() throws IOException {
        assertEquals(-1, index.followed(), "a new index does not know which changes it holds");
        index.markFollowed(41);
        index.put(material(1, "migration"));
        index.markFollowed(42);
        index.close();
        index = MaterialIndex.open(folder);
        assertEquals(42, index.followed());
        assertEquals(List.of(1L), ids("migration"));
    }

    @Test
    void aBatchFollowedFromTheFeedIsSearchableAndRecordedTogether() throws IOException {
        index.put(material(1, "migration"));
        index.put(material(2, "migration"));
        index.follow(List.of(material(3, "migration"), material(1, "helpline")), List.of(2L), 57);

        assertEquals(Set.of(3L), Set.copyOf(ids("migration")));
        assertEquals(List.of(1L), ids("helpline"));
        assertEquals(57, index.followed());
        index.follow(List.of(), List.of(), 50); // an older change never moves it back
        index.close();
        index = MaterialIndex.open(folder);
        assertEquals(57, index.followed());
        assertEquals(List.of(1L), ids("helpline"));
        assertEquals(List.of(3L), ids("migration"));
    }

    @Test
    void pagesDoNotOverlapAndBlankTextListsNewestFirst() throws IOException {
        index.replaceAll(IntStream.rangeClosed(1, 25).mapToObj(i -> material(i, "migration")).toList());

        SearchResult first = index.search(publicQuery("").page(0, 10).build());
        SearchResult third = index.search(publicQuery("").page(20, 10).build());

        assertEquals(25, first.totalHits());
        assertEquals(descending(25, 16), first.hits().stream().map(SearchResult.Hit::id).toList());
        assertEquals(descending(5, 1), third.hits().stream().map(SearchResult.Hit::id).toList());
        List<Long> all = new ArrayList<>();
        for (int offset = 0; offset < 25; offset += 7) {
            all.addAll(ids(publicQuery("migration").page(offset, 7).build()));
        }
        assertEquals(25, Set.copyOf(all).size());
        assertEquals(25, all.size());
    }

    private static List<Long> descending(long from, long downTo) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id >= downTo; id--) {
            ids.add(id);
        }
        return ids;
    }

    @Test
    void limitIsCappedAndZeroGivesCountsOnly() throws IOException {
        index.replaceAll(IntStream.rangeClosed(1, 120).mapToObj(i -> material(i, "migration")).toList());

        assertEquals(MaterialQuery.MAX_LIMIT, index.search(publicQuery("").page(0, 500).build()).hits().size());
        SearchResult countsOnly = index.search(publicQuery("migration").page(0, 0).build());
        assertEquals(120, countsOnly.totalHits());
        assertEquals(List.of(), countsOnly.hits());
        assertEquals(List.of(new SearchResult.FacetCount("POSTER", 120)), countsOnly.facets().get(Facet.TYPE));
    }

    @Test
    void anyTextIsASearchNotASyntaxError() throws IOException {
        index.put(material(1, "safe migration AND child protection (2080)"));
        String longQuery = "migration ".repeat(100) + "क".repeat(500) + " a".repeat(400);
        for (String text : List.of("\"", "(", ")", "AND", "OR NOT", "*", "?", "~", "\\", "migra*", "\"migration",
                "+-!:^[]{}", "title:migration", "&& ||", "<script>", "\u0000", "\uD800", longQuery, " \t\n ")) {
            assertDoesNotThrow(() -> index.search(publicQuery(text).build()), text);
        }
        assertEquals(List.of(1L), ids("AND")); // no words to search: everything visible is listed
        assertEquals(List.of(1L), ids("(migration)"));
    }

    @Test
    void wordsInQuotesMustBeAPhrase() throws IOException {
        index.put(material(1, "safe migration for everyone"));
        index.put(material(2, "migration is not always safe"));

        assertEquals(Set.of(1L, 2L), Set.copyOf(ids("safe migration")));
        assertEquals(List.of(1L), ids("\"safe migration\""));
    }

    @Test
    void allShortQueryWordsMustMatch() throws IOException {
        index.put(material(1, "safe migration"));
        index.put(material(2, "safe school"));

        assertEquals(List.of(1L), ids("safe migration"));
    }

    @Test
    void titleMatchesRankAboveTextMatches() throws IOException {
        index.put(material(1, "a story that mentions a poster once"));
        index.put(new MaterialDocument(2, "Poster about work abroad", "", "", "work abroad", "POSTER", Set.of(),
                Set.of(), Set.of(), "PUBLIC", Instant.EPOCH));

        assertEquals(List.of(2L, 1L), ids("poster"));
    }

    @Test
    void devanagariSpellingVariantsFindEachOther() throws IOException {
        index.put(material(1, "ऩया फ़ोन नीति"));        // precomposed nukta letters, long ī
        index.put(material(2, "लक्\u200Dष्मी हाँस २०८०")); // ZWJ, chandrabindu, Devanagari digits

        assertEquals(List.of(1L), ids("न\u093Cया"));
        assertEquals(List.of(1L), ids("फोन"));
        assertEquals(List.of(1L), ids("निति"));
        assertEquals(List.of(2L), ids("लक्ष्मी"));
        assertEquals(List.of(2L), ids("हांस"));
        assertEquals(List.of(2L), ids("2080"));
    }

    @Test
    void nepaliWordWithSuffixesFindsTheBareWordAndBack() throws IOException {
        index.put(material(1, "बालबालिका सुरक्षा"));
        index.put(material(2, "विद्यालयमा अभिभावकहरूलाई"));

        assertEquals(List.of(1L), ids("बालबालिकाहरूको"));
        assertEquals(List.of(2L), ids("विद्यालय अभिभावक"));
        assertEquals(List.of(2L), ids("अभिभावकलाई"));
    }

    @Test
    void englishWordFormsFindEachOther() throws IOException {
        index.put(material(1, "Traffickers target migrants"));

        assertEquals(List.of(1L), ids("trafficking migrant"));
    }

    @Test
    void changesSurviveReopening() throws IOException {
        assertTrue(index.startedEmpty());
        index.put(material(1, "migration"));
        index.close();

        index = MaterialIndex.open(folder);

        assertFalse(index.startedEmpty());
        assertEquals(List.of(1L), ids("migration"));
    }
}
