package org.sachet.web.curriculum;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.LessonKits;

import java.util.List;

/** The published and earlier editions of each curriculum, their units and lessons, and the kits to download. */
@Named
@RequestScoped
public class CurriculumBrowser {

    @Inject
    private CurriculumService curricula;

    @Inject
    private LessonKits kits;

    private List<CurriculumEdition> editions;

    public List<CurriculumEdition> getEditions() {
        if (editions == null) {
            editions = curricula.downloadableEditions();
        }
        return editions;
    }

    /** A kit by scope ("LESSON", "UNIT", "EDITION"), id and variant; null when it does not exist. */
    public Kit kit(String scope, long id, boolean lite) {
        return kits.kit(new KitId(KitId.Scope.valueOf(scope), id, lite)).orElse(null);
    }
}
