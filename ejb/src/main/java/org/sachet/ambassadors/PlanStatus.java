package org.sachet.ambassadors;

/**
 * Where an action plan stands: a draft is approved by someone other than its author (another coordinator, or a
 * manager), then carried out, and ends completed or cancelled.
 */
public enum PlanStatus {
    DRAFT, APPROVED, IN_PROGRESS, COMPLETED, CANCELLED;

    public boolean isClosed() {
        return this == COMPLETED || this == CANCELLED;
    }
}
