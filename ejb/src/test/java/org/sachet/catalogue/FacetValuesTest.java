package org.sachet.catalogue;

import org.junit.jupiter.api.Test;
import org.sachet.content.search.Facet;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FacetValuesTest {

    @Test
    void valuesAreReadAsTheIndexHoldsThemAndUnknownOnesAreEmpty() {
        assertEquals(Optional.of("POSTER"), FacetValues.canonical(Facet.TYPE, " poster "));
        assertEquals(Optional.of(MaterialLanguage.of("ne").code()), FacetValues.canonical(Facet.LANGUAGE, "NE"));
        assertEquals(Optional.empty(), FacetValues.canonical(Facet.TOPIC, "../"));
        assertEquals(Optional.empty(), FacetValues.canonical(Facet.AUDIENCE, "<script>"));
        assertEquals(Optional.empty(), FacetValues.canonical(Facet.LANGUAGE, "xx"));
        assertEquals(Optional.empty(), FacetValues.canonical(Facet.TYPE, null));
    }
}
