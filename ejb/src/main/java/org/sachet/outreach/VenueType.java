package org.sachet.outreach;

/** The kinds of place where outreach happens. */
public enum VenueType {
    SCHOOL, CHILD_CLUB, YOUTH_CLUB, YOUNG_WOMENS_ORGANISATION, PARENTS_GROUP, COMMUNITY_SPACE, INFORMATION_BOOTH
}
