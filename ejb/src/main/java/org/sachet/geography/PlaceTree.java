package org.sachet.geography;

import java.io.Serializable;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Nepal's hierarchy as figures roll up: each local level's district, each district's province. */
public final class PlaceTree implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Integer, Integer> districtOfLocalLevel = new HashMap<>();
    private final Map<Integer, Integer> provinceOfDistrict = new HashMap<>();
    private final Map<Integer, Integer> localLevelsInDistrict = new HashMap<>();

    public PlaceTree(Collection<LocalLevel> localLevels) {
        for (LocalLevel level : localLevels) {
            districtOfLocalLevel.put(level.getCode(), level.getDistrict().getCode());
            provinceOfDistrict.put(level.getDistrict().getCode(), level.getDistrict().getProvince().getCode());
            localLevelsInDistrict.merge(level.getDistrict().getCode(), 1, Integer::sum);
        }
    }

    /** The place one level up (the country has none: itself). */
    public Place parent(Place place) {
        return switch (place.getLevel()) {
            case COUNTRY, PROVINCE -> Place.COUNTRY;
            case DISTRICT -> Place.province(provinceOfDistrict.getOrDefault(place.getCode(), 0));
            case LOCAL_LEVEL -> Place.district(districtOfLocalLevel.getOrDefault(place.getCode(), 0));
        };
    }

    /** The district a local level lies in (0 for an unknown local level). */
    public int districtOf(int localLevelCode) {
        return districtOfLocalLevel.getOrDefault(localLevelCode, 0);
    }

    /** How many local levels a district has. */
    public int localLevelCount(int districtCode) {
        return localLevelsInDistrict.getOrDefault(districtCode, 0);
    }

    /** Whether {@code inner} is {@code outer} or lies inside it. */
    public boolean within(Place inner, Place outer) {
        Place step = inner;
        while (true) {
            if (step.equals(outer)) {
                return true;
            }
            if (step.getLevel() == PlaceLevel.COUNTRY) {
                return false;
            }
            step = parent(step);
        }
    }

    /** The local levels inside a place (a local level: itself, when it exists). */
    public Set<Integer> localLevelsWithin(Place place) {
        Set<Integer> codes = new TreeSet<>();
        if (place.getLevel() == PlaceLevel.LOCAL_LEVEL) {
            if (districtOfLocalLevel.containsKey(place.getCode())) {
                codes.add(place.getCode());
            }
            return codes;
        }
        for (Integer code : districtOfLocalLevel.keySet()) {
            if (within(Place.localLevel(code), place)) {
                codes.add(code);
            }
        }
        return codes;
    }

    /** The places one level below a place that hold at least one of the given local levels. */
    public Set<Place> childrenHolding(Place place, Collection<Integer> localLevels) {
        Set<Place> children = new java.util.LinkedHashSet<>();
        if (place.getLevel() == PlaceLevel.LOCAL_LEVEL) {
            return children;
        }
        for (Integer code : new TreeSet<>(localLevels)) {
            Place step = Place.localLevel(code);
            while (step.getLevel() != PlaceLevel.COUNTRY && !parent(step).equals(place)) {
                step = parent(step);
            }
            if (step.getLevel() != PlaceLevel.COUNTRY && within(step, place)) {
                children.add(step);
            }
        }
        return children;
    }
}
