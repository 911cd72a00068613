package org.sachet.reach;

/**
 * What an indicator's figure counts, said beside every figure so nobody adds contacts to people: attendances
 * summed (the same child at six sessions is six contacts), people counted once, people who completed a course,
 * or events (sessions held, kits downloaded).
 */
public enum Counting {
    CONTACTS, UNIQUE, COMPLETIONS, EVENTS
}
