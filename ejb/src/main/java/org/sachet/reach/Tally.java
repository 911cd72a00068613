package org.sachet.reach;

import java.io.Serializable;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Figures by indicator and by something they were counted in: a local level, a ward or a month. Keys are kept
 * in their natural order, so tables and charts read in order.
 */
public final class Tally<K> implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Indicator, Map<K, Bands>> figures = new EnumMap<>(Indicator.class);
    private final Comparator<? super K> order;

    /** Keys in their natural order (they must be comparable). */
    public Tally() {
        this(null);
    }

    public Tally(Comparator<? super K> order) {
        this.order = order;
    }

    public void add(Indicator indicator, K key, Bands bands) {
        figures.computeIfAbsent(indicator, i -> new TreeMap<>(order)).merge(key, bands, Bands::plus);
    }

    public Bands at(Indicator indicator, K key) {
        return figures.getOrDefault(indicator, Map.of()).getOrDefault(key, Bands.NONE);
    }

    public long value(Indicator indicator, K key) {
        return at(indicator, key).value(indicator.counting());
    }

    /** The indicator's figures by key, in key order. */
    public Map<K, Bands> of(Indicator indicator) {
        return Collections.unmodifiableMap(figures.getOrDefault(indicator, Map.of()));
    }

    /** Every key with a figure for any indicator, in order. */
    public Set<K> keys() {
        Set<K> keys = new TreeSet<>(order);
        figures.values().forEach(byKey -> keys.addAll(byKey.keySet()));
        return keys;
    }
}
