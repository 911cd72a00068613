package org.sachet.catalogue;

/**
 * Where a version stands. DRAFT → IN_REVIEW → PUBLISHED, or REJECTED with a reason. A published version
 * becomes SUPERSEDED when a newer one is published, WITHDRAWN when the material is withdrawn; an
 * unpublished version becomes REPLACED when its editor uploads a corrected one.
 */
public enum VersionState {
    DRAFT, IN_REVIEW, PUBLISHED, REJECTED, SUPERSEDED, WITHDRAWN, REPLACED;

    /** Still on its way to publication: at most one such version per material. */
    public boolean isPending() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
