package org.sachet.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.sachet.platform.RuleViolation;

/** Who came to a session, by sex and age band: the disaggregation every reach figure is counted by. */
@Embeddable
public class Participants {

    /** More than this in one band of one session is a typing error, confirmed or not. */
    public static final int MAX_PER_BAND = 10_000;

    @Column(name = "GIRLS_UNDER_18", nullable = false)
    private int girlsUnder18;

    @Column(name = "BOYS_UNDER_18", nullable = false)
    private int boysUnder18;

    @Column(name = "WOMEN_ADULT", nullable = false)
    private int womenAdult;

    @Column(name = "MEN_ADULT", nullable = false)
    private int menAdult;

    @Column(name = "OTHER_PEOPLE", nullable = false)
    private int other;

    protected Participants() {
    }

    public Participants(int girlsUnder18, int boysUnder18, int womenAdult, int menAdult, int other) {
        requireCount("participants.girlsUnder18", girlsUnder18);
        requireCount("participants.boysUnder18", boysUnder18);
        requireCount("participants.womenAdult", womenAdult);
        requireCount("participants.menAdult", menAdult);
        requireCount("participants.other", other);
        this.girlsUnder18 = girlsUnder18;
        this.boysUnder18 = boysUnder18;
        this.womenAdult = womenAdult;
        this.menAdult = menAdult;
        this.other = other;
    }

    /** The children of a school class: girls and boys under 18. */
    public static Participants children(int girls, int boys) {
        return new Participants(girls, boys, 0, 0, 0);
    }

    private static void requireCount(String field, int count) {
        if (count < 0) {
            throw new RuleViolation(field, "participants.negative");
        }
        if (count > MAX_PER_BAND) {
            throw new RuleViolation(field, "participants.tooMany", MAX_PER_BAND);
        }
    }

    public int total() {
        return girlsUnder18 + boysUnder18 + womenAdult + menAdult + other;
    }

    public int getGirlsUnder18() {
        return girlsUnder18;
    }

    public int getBoysUnder18() {
        return boysUnder18;
    }

    public int getWomenAdult() {
        return womenAdult;
    }

    public int getMenAdult() {
        return menAdult;
    }

    public int getOther() {
        return other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Participants p && p.girlsUnder18 == girlsUnder18 && p.boysUnder18 == boysUnder18
                && p.womenAdult == womenAdult && p.menAdult == menAdult && p.other == other;
    }

    @Override
    public int hashCode() {
        return ((girlsUnder18 * 31 + boysUnder18) * 31 + womenAdult) * 31 + menAdult * 31 + other;
    }
}
