package org.sachet.ambassadors;

/** An activity of an action plan: planned, done or cancelled; "overdue" is derived from the due date. */
public enum ActivityStatus {
    PLANNED, DONE, CANCELLED
}
