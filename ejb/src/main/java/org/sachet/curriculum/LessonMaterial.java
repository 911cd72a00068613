package org.sachet.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A catalogue material a lesson uses. While the edition is a draft it follows the material; publishing the
 * edition pins the version published at that moment, so a kit never changes under a class mid-way.
 */
@Embeddable
public class LessonMaterial {

    @Column(name = "MATERIAL_ID", nullable = false)
    private long materialId;

    @Column(name = "PINNED_VERSION_ID")
    private Long pinnedVersionId;

    protected LessonMaterial() {
    }

    LessonMaterial(long materialId, Long pinnedVersionId) {
        this.materialId = materialId;
        this.pinnedVersionId = pinnedVersionId;
    }

    public long getMaterialId() {
        return materialId;
    }

    /** The version the published edition holds; null while the edition is a draft. */
    public Long getPinnedVersionId() {
        return pinnedVersionId;
    }
}
