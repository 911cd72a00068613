package org.sachet.web.curriculum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.CurriculumUnit;
import org.sachet.curriculum.Lesson;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;

/**
 * An editor's page for one edition: its summary, units and lessons in order; while a draft, add, rename,
 * reorder and remove them, and publish the edition as a whole.
 */
@Named
@ViewScoped
public class EditionWork implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurriculumService curricula;

    private Long id;
    private transient CurriculumEdition edition;
    private String summaryEn;
    private String summaryNe;
    private String unitTitleEn;
    private String unitTitleNe;
    private final java.util.Map<Long, String> renamedEn = new java.util.HashMap<>();
    private final java.util.Map<Long, String> renamedNe = new java.util.HashMap<>();

    public void load() {
        edition = id == null ? null : curricula.edition(id).orElse(null);
        if (edition != null) {
            summaryEn = edition.getSummaryEn();
            summaryNe = edition.getSummaryNe();
            renamedEn.clear();
            renamedNe.clear();
            edition.getUnits().forEach(unit -> {
                renamedEn.put(unit.getId(), unit.getTitleEn());
                renamedNe.put(unit.getId(), unit.getTitleNe());
            });
        }
    }

    public CurriculumEdition getEdition() {
        if (edition == null && id != null) {
            load();
        }
        return edition;
    }

    public boolean isDraft() {
        return getEdition() != null && getEdition().getState() == org.sachet.curriculum.EditionState.DRAFT;
    }

    public void describe() {
        act(() -> curricula.describe(id, summaryEn, summaryNe), "edition.saved");
    }

    public void addUnit() {
        if (act(() -> curricula.addUnit(id, unitTitleEn, unitTitleNe), "edition.unitAdded")) {
            unitTitleEn = null;
            unitTitleNe = null;
        }
    }

    public void renameUnit(CurriculumUnit unit) {
        act(() -> curricula.renameUnit(unit.getId(), renamedEn.get(unit.getId()), renamedNe.get(unit.getId())),
                "edition.unitRenamed");
    }

    /** The unit titles as typed in the rename boxes, by unit id. */
    public java.util.Map<Long, String> getRenamedEn() {
        return renamedEn;
    }

    public java.util.Map<Long, String> getRenamedNe() {
        return renamedNe;
    }

    public void removeUnit(CurriculumUnit unit) {
        act(() -> curricula.removeUnit(unit.getId()), "edition.unitRemoved");
    }

    public void move(Lesson lesson, int step) {
        act(() -> curricula.moveLesson(lesson.getId(), step), null);
    }

    public void removeLesson(Lesson lesson) {
        act(() -> curricula.removeLesson(lesson.getId()), "edition.lessonRemoved");
    }

    public void publish() {
        act(() -> curricula.publish(id), "edition.publishedNow");
    }

    /** Throws the draft away and goes back to the list of editions. */
    public String discard() {
        try {
            String label = edition.getLabel();
            curricula.discardDraft(id);
            Feedback.info("edition.discarded", label);
            Feedback.keepForRedirect();
            return "/editor/editions?faces-redirect=true";
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    private boolean act(Runnable change, String doneKey) {
        try {
            change.run();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return false;
        }
        if (doneKey != null) {
            Feedback.info(doneKey);
        }
        load();
        return true;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public void setSummaryEn(String summaryEn) {
        this.summaryEn = summaryEn;
    }

    public String getSummaryNe() {
        return summaryNe;
    }

    public void setSummaryNe(String summaryNe) {
        this.summaryNe = summaryNe;
    }

    public String getUnitTitleEn() {
        return unitTitleEn;
    }

    public void setUnitTitleEn(String unitTitleEn) {
        this.unitTitleEn = unitTitleEn;
    }

    public String getUnitTitleNe() {
        return unitTitleNe;
    }

    public void setUnitTitleNe(String unitTitleNe) {
        this.unitTitleNe = unitTitleNe;
    }
}
