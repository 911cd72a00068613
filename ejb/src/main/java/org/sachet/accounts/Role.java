package org.sachet.accounts;

/** What a person does in the programme; each role opens its own part of the application. */
public enum Role {
    ADMIN, EDITOR, REVIEWER, MANAGER, FACILITATOR, TEACHER, COORDINATOR, PRODUCER
}
