package org.sachet.ambassadors;

/**
 * The age bands ambassadors are counted in. The split at 18 is the programme's (and consent's) line between
 * children and adults.
 */
public enum AgeBand {
    AGE_10_14(10, 14), AGE_15_17(15, 17), AGE_18_24(18, 24), AGE_25_PLUS(25, Integer.MAX_VALUE);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of an age; ages under 10 count in the youngest band. */
    public static AgeBand of(int age) {
        for (AgeBand band : values()) {
            if (age <= band.to) {
                return band;
            }
        }
        throw new IllegalStateException("no band for " + age);
    }

    public boolean isChildren() {
        return to < 18;
    }

    public int from() {
        return from;
    }
}
