package org.sachet.ambassadors;

/** Where an ambassador stands: only active ambassadors count in the programme's figures. */
public enum AmbassadorStatus {
    ACTIVE, ALUMNI, LEFT
}
