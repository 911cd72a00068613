package org.sachet.ambassadors;

/** Who gave consent for an ambassador under 18: a relationship only, never a name. */
public enum Guardian {
    MOTHER, FATHER, GRANDPARENT, ADULT_SIBLING, OTHER_RELATIVE, LEGAL_GUARDIAN
}
