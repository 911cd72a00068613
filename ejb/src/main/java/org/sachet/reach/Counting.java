package org.sachet.reach;

/**
 * What an indicator's figure counts, said beside every figure so nobody adds contacts to people: attendances
 * summed (the same child at six sessions is six contacts), people counted once, people who completed a course,
 * events (sessions held, kits downloaded), or an amount of Nepali rupees.
 */
public enum Counting {
    CONTACTS, UNIQUE, COMPLETIONS, EVENTS, NPR;

    /** Whether the figure is people, split by sex and age band (events and rupees have neither). */
    public boolean countsPeople() {
        return this == CONTACTS || this == UNIQUE || this == COMPLETIONS;
    }
}
