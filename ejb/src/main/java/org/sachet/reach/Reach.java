package org.sachet.reach;

import org.sachet.geography.Place;
import org.sachet.geography.PlaceLevel;
import org.sachet.geography.PlaceTree;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What was reached in one period, by indicator and by the places it was counted in: districts or local levels
 * that do not overlap (kit downloads at the place of the account that downloaded), limited to the places the
 * person asking may see. Figures for any place above them are rolled up.
 */
public final class Reach implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Indicator, Map<Place, Bands>> counted = new EnumMap<>(Indicator.class);
    private final PlaceTree tree;

    public Reach(PlaceTree tree) {
        this.tree = tree;
    }

    /** Adds to an indicator's figure in a place. */
    public void add(Indicator indicator, Place place, Bands bands) {
        counted.computeIfAbsent(indicator, i -> new HashMap<>()).merge(place, bands, Bands::plus);
    }

    /** Adds to an indicator's figure in a local level. */
    public void add(Indicator indicator, int localLevelCode, Bands bands) {
        add(indicator, Place.localLevel(localLevelCode), bands);
    }

    /** Adds kit downloads counted at a place (the downloading account's first place). */
    public void addKitDownloads(Place place, long downloads) {
        add(Indicator.KIT_DOWNLOADS, place, Bands.events(downloads));
    }

    /** The indicator's figure in a place: everything counted inside it. */
    public Bands at(Indicator indicator, Place place) {
        Bands total = Bands.NONE;
        for (Map.Entry<Place, Bands> entry : counted.getOrDefault(indicator, Map.of()).entrySet()) {
            if (tree.within(entry.getKey(), place)) {
                total = total.plus(entry.getValue());
            }
        }
        return total;
    }

    public long value(Indicator indicator, Place place) {
        return at(indicator, place).value(indicator.counting());
    }

    /** The figures counted in local levels (what a DHIS2 export sends: org units are local levels). */
    public Tally<Integer> byLocalLevel() {
        Tally<Integer> levels = new Tally<>();
        counted.forEach((indicator, places) -> places.forEach((place, bands) -> {
            if (place.getLevel() == PlaceLevel.LOCAL_LEVEL) {
                levels.add(indicator, place.getCode(), bands);
            }
        }));
        return levels;
    }
}
