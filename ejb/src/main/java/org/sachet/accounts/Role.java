package org.sachet.accounts;

/** What a person does in the programme; each role opens its own part of the application. */
public enum Role {
    ADMIN, EDITOR, REVIEWER, MANAGER, FACILITATOR, TEACHER, COORDINATOR, PRODUCER;

    /** The role names as declared to the container (for {@code @RolesAllowed} and web.xml). */
    public static final String[] NAMES = {"ADMIN", "EDITOR", "REVIEWER", "MANAGER", "FACILITATOR", "TEACHER",
            "COORDINATOR", "PRODUCER"};
}
