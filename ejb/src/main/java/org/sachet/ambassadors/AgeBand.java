package org.sachet.ambassadors;

/**
 * The age bands ambassadors are counted in. The split at 18 is the programme's (and consent's) line between
 * children and adults.
 */
public enum AgeBand {
    AGE_10_14(14), AGE_15_17(17), AGE_18_24(24), AGE_25_PLUS(Integer.MAX_VALUE);

    /** The oldest age in the band. */
    private final int upTo;

    AgeBand(int upTo) {
        this.upTo = upTo;
    }

    /** The band of an age; ages under 10 count in the youngest band. */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age <= band.upTo) {
                return band;
            }
        }
        throw new IllegalStateException("no band for " + age);
    }

    /**
     * The band on a day of someone born in a year (the youngest they can be then), or the band fixed when their
     * year of birth was removed.
     */
    public static AgeBand on(Integer birthYear, AgeBand fixed, java.time.LocalDate day) {
        return birthYear == null ? fixed : of(day.getYear() - birthYear - 1);
    }

    public boolean isChildren() {
        return upTo < 18;
    }
}
