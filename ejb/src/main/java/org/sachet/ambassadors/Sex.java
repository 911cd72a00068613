package org.sachet.ambassadors;

/** An ambassador's sex, as the programme's figures are disaggregated. */
public enum Sex {
    FEMALE, MALE, OTHER
}
