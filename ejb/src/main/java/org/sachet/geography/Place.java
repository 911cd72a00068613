package org.sachet.geography;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Objects;

/**
 * A place at any level of the hierarchy, by level and code: the whole country, a province, a district or a
 * local level. Written as text as {@code COUNTRY}, {@code PROVINCE:3}, {@code DISTRICT:31} or
 * {@code LOCAL_LEVEL:412} (see {@link #parse(String)}).
 */
@Embeddable
public class Place implements Serializable {

    public static final Place COUNTRY = new Place(PlaceLevel.COUNTRY, 0);

    /** Places from the programme down, by code within a level: the order of tables and files. */
    public static final java.util.Comparator<Place> ORDER = java.util.Comparator.comparing(Place::getLevel)
            .thenComparingInt(Place::getCode);

    @Enumerated(EnumType.STRING)
    @Column(name = "PLACE_LEVEL", nullable = false)
    private PlaceLevel level;

    @Column(name = "PLACE_CODE", nullable = false)
    private int code;

    protected Place() {
    }

    private Place(PlaceLevel level, int code) {
        this.level = Objects.requireNonNull(level);
        this.code = code;
    }

    public static Place province(int code) {
        return new Place(PlaceLevel.PROVINCE, code);
    }

    public static Place district(int code) {
        return new Place(PlaceLevel.DISTRICT, code);
    }

    public static Place localLevel(int code) {
        return new Place(PlaceLevel.LOCAL_LEVEL, code);
    }

    public static Place of(PlaceLevel level, int code) {
        return level == PlaceLevel.COUNTRY ? COUNTRY : new Place(level, code);
    }

    /**
     * Reads the text form; says nothing about whether the place exists (the geography service checks that).
     *
     * @throws IllegalArgumentException when the text is not a place reference
     */
    public static Place parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty place");
        }
        String trimmed = text.trim();
        if (trimmed.equals("COUNTRY")) {
            return COUNTRY;
        }
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a place: " + text);
        }
        try {
            PlaceLevel level = PlaceLevel.valueOf(trimmed.substring(0, colon));
            int code = Integer.parseInt(trimmed.substring(colon + 1));
            if (level == PlaceLevel.COUNTRY || code <= 0) {
                throw new IllegalArgumentException("not a place: " + text);
            }
            return new Place(level, code);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a place: " + text, e);
        }
    }

    /** A new instance equal to this one (an embeddable must not be shared by two entities). */
    public Place copy() {
        return new Place(level, code);
    }

    public PlaceLevel getLevel() {
        return level;
    }

    public int getCode() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Place other && other.level == level && other.code == code;
    }

    @Override
    public int hashCode() {
        return Objects.hash(level, code);
    }

    @Override
    public String toString() {
        return level == PlaceLevel.COUNTRY ? "COUNTRY" : level + ":" + code;
    }
}
