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
}
