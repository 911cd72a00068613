package org.sachet.outreach;

/** The kinds of place where outreach happens, with the prefix of the codes Sachet gives them. */
public enum VenueType {
    SCHOOL("SCH"), CHILD_CLUB("CC"), YOUTH_CLUB("YC"), YOUNG_WOMENS_ORGANISATION("YWO"), PARENTS_GROUP("PG"),
    COMMUNITY_SPACE("CS"), INFORMATION_BOOTH("IB");

    private final String codePrefix;

    VenueType(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    public String codePrefix() {
        return codePrefix;
    }

    /** Whether a Sticks and Stones class or group meets here: children at a school or in their club. */
    public boolean holdsClasses() {
        return this == SCHOOL || this == CHILD_CLUB;
    }
}
