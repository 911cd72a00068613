package org.sachet.ambassadors;

/** What ambassadors do in a plan. All but meetings have an audience, whose reach an outreach session records. */
public enum ActivityKind {
    THEATRE_PERFORMANCE, INTERGENERATIONAL_DIALOGUE, AWARENESS_EVENT, SCHOOL_OR_CLUB_SESSION,
    LOCAL_GOVERNMENT_MEETING, RADIO_LISTENING_GROUP, OTHER;

    /** Whether people come to it: its reach is then the participants of the session that records it. */
    public boolean hasAudience() {
        return this != LOCAL_GOVERNMENT_MEETING;
    }
}
