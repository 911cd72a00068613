package org.sachet.geography;

/** The levels of Nepal's administrative hierarchy at which a person may work or a target may be set. */
public enum PlaceLevel {
    COUNTRY, PROVINCE, DISTRICT, LOCAL_LEVEL
}
