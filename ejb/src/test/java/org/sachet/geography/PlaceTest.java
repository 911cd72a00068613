package org.sachet.geography;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PlaceTest {

    @Test
    void textFormRoundTrips() {
        for (Place place : new Place[]{Place.COUNTRY, Place.province(3), Place.district(30), Place.localLevel(337)}) {
            assertEquals(place, Place.parse(place.toString()));
        }
        assertSame(Place.COUNTRY, Place.parse("COUNTRY"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "DISTRICT", "DISTRICT:", "DISTRICT:x", "WARD:3", "COUNTRY:1", "PROVINCE:-1", "PROVINCE:0"})
    void malformedTextIsRefused(String text) {
        assertThrows(IllegalArgumentException.class, () -> Place.parse(text));
    }

    @Test
    void localLevelHasOnlyItsWards() {
        Province bagmati = new Province(3, "Bagmati Province", "बाग्मती प्रदेश");
        District makwanpur = new District(30, bagmati, "Makwanpur", "मकवानपुर");
        LocalLevel hetauda = new LocalLevel(337, makwanpur, "Hetauda", "हेटौडा", LocalLevelCategory.SMC, 19);
        assertEquals(19, hetauda.wardNumbers().size());
        assertEquals(true, hetauda.hasWard(19));
        assertEquals(false, hetauda.hasWard(20));
        assertEquals(false, hetauda.hasWard(0));
        assertEquals("हेटौडा", hetauda.name("ne"));
    }
}
