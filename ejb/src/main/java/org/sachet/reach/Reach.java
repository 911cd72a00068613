package org.sachet.reach;

import org.sachet.geography.Place;
import org.sachet.geography.PlaceTree;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What was reached in one period, by indicator and by the places it was counted in: districts or local levels
 * that do not overlap (kit downloads at the place of the account that downloaded), limited to the places the
 * person asking may see. Figures for any place above them are rolled up, except those that count something once
 * however many places it touched (a broadcast heard in two districts): they are given for each place exactly.
 */
public final class Reach implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Indicator, Map<Place, Bands>> counted = new EnumMap<>(Indicator.class);
    private final Map<Indicator, Map<Place, Bands>> exact = new EnumMap<>(Indicator.class);
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

    /** Sets an indicator's figure in one place as it is: not rolled up from, nor into, other places. */
    public void exactly(Indicator indicator, Place place, Bands bands) {
        exact.computeIfAbsent(indicator, i -> new HashMap<>()).put(place, bands);
    }

    /** The indicator's figure in a place: everything counted inside it, or its exact figure. */
    public Bands at(Indicator indicator, Place place) {
        if (exact.containsKey(indicator)) {
            return exact.get(indicator).getOrDefault(place, Bands.NONE);
        }
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

    /**
     * Every figure at the place it was counted at (a local level; a kit download at the downloader's place, which
     * can be a district or above) or given exactly for: what a DHIS2 export sends, each place its own org unit.
     */
    public Tally<Place> byPlace() {
        Tally<Place> places = new Tally<>(Place.ORDER);
        for (Map<Indicator, Map<Place, Bands>> figures : List.of(counted, exact)) {
            figures.forEach((indicator, at) -> at.forEach((place, bands) -> places.add(indicator, place, bands)));
        }
        return places;
    }
}
