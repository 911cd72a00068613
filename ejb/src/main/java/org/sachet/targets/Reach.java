package org.sachet.targets;

import org.sachet.geography.Place;
import org.sachet.geography.PlaceTree;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What was reached in one period, by indicator and local level (kit downloads by the place they are counted
 * at), limited to the places the person asking may see; figures for any place are rolled up from it.
 */
public final class Reach implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Tally<Integer> byLocalLevel = new Tally<>();
    private final Map<Place, Long> kitDownloads = new HashMap<>();
    private final PlaceTree tree;

    public Reach(PlaceTree tree) {
        this.tree = tree;
    }

    /** Adds to an indicator's figure in a local level. */
    public void add(Indicator indicator, int localLevelCode, Bands bands) {
        byLocalLevel.add(indicator, localLevelCode, bands);
    }

    /** Adds kit downloads counted at a place (the downloading account's first place). */
    public void addKitDownloads(Place place, long downloads) {
        kitDownloads.merge(place, downloads, Long::sum);
    }

    /** The indicator's figure in a place: everything counted inside it. */
    public Bands at(Indicator indicator, Place place) {
        if (indicator == Indicator.KIT_DOWNLOADS) {
            long downloads = 0;
            for (Map.Entry<Place, Long> counted : kitDownloads.entrySet()) {
                if (tree.within(counted.getKey(), place)) {
                    downloads += counted.getValue();
                }
            }
            return Bands.events(downloads);
        }
        Bands total = Bands.NONE;
        for (Map.Entry<Integer, Bands> level : byLocalLevel.of(indicator).entrySet()) {
            if (tree.within(Place.localLevel(level.getKey()), place)) {
                total = total.plus(level.getValue());
            }
        }
        return total;
    }

    public long value(Indicator indicator, Place place) {
        return at(indicator, place).value(indicator.counting());
    }

    /** The figures counted in local levels (kit downloads counted at a local level included). */
    public Tally<Integer> byLocalLevel() {
        Tally<Integer> levels = new Tally<>();
        for (Indicator indicator : Indicator.values()) {
            byLocalLevel.of(indicator).forEach((level, bands) -> levels.add(indicator, level, bands));
        }
        kitDownloads.forEach((place, downloads) -> {
            if (place.getLevel() == org.sachet.geography.PlaceLevel.LOCAL_LEVEL) {
                levels.add(Indicator.KIT_DOWNLOADS, place.getCode(), Bands.events(downloads));
            }
        });
        return levels;
    }

    public PlaceTree tree() {
        return tree;
    }
}
