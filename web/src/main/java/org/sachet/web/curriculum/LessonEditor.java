package org.sachet.web.curriculum;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.Material;
import org.sachet.curriculum.CurriculumService;
import org.sachet.curriculum.CurriculumUnit;
import org.sachet.curriculum.Lesson;
import org.sachet.curriculum.LessonDraft;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The form for one lesson of a draft edition, English and Nepali side by side; lists (objectives, steps, key
 * messages, other materials) are typed one item per line. {@code ?id=} edits a lesson, {@code ?unit=} adds one.
 */
@Named
@ViewScoped
public class LessonEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient CurriculumService curricula;

    private Long id;
    private Long unit;
    private Long editionId;
    private boolean found = true;
    private boolean editable;
    private String heading;

    private String titleEn;
    private String titleNe;
    private String ageGroup = "10-14";
    private Integer minutes = 45;
    private String objectivesEn;
    private String objectivesNe;
    private String preparationEn;
    private String preparationNe;
    private String activitiesEn;
    private String activitiesNe;
    private String keyMessagesEn;
    private String keyMessagesNe;
    private String safeguardingEn;
    private String safeguardingNe;
    private String otherMaterialsEn;
    private String otherMaterialsNe;
    private List<Long> materialIds = new ArrayList<>();

    public void load() {
        if (id != null) {
            Lesson lesson = curricula.lesson(id).orElse(null);
            if (lesson == null) {
                found = false;
                return;
            }
            editionId = lesson.getUnit().getEdition().getId();
            editable = lesson.getUnit().getEdition().getState() == org.sachet.curriculum.EditionState.DRAFT;
            heading = lesson.getTitleEn();
            fill(lesson.toDraft());
        } else if (unit != null) {
            CurriculumUnit parent = curricula.unit(unit).orElse(null);
            if (parent == null) {
                found = false;
                return;
            }
            editionId = parent.getEdition().getId();
            editable = parent.getEdition().getState() == org.sachet.curriculum.EditionState.DRAFT;
            heading = parent.getTitleEn();
        } else {
            found = false;
        }
    }

    private void fill(LessonDraft draft) {
        titleEn = draft.titleEn();
        titleNe = draft.titleNe();
        ageGroup = draft.ageGroup();
        minutes = draft.minutes();
        objectivesEn = lines(draft.objectivesEn());
        objectivesNe = lines(draft.objectivesNe());
        preparationEn = draft.preparationEn();
        preparationNe = draft.preparationNe();
        activitiesEn = lines(draft.activitiesEn());
        activitiesNe = lines(draft.activitiesNe());
        keyMessagesEn = lines(draft.keyMessagesEn());
        keyMessagesNe = lines(draft.keyMessagesNe());
        safeguardingEn = draft.safeguardingEn();
        safeguardingNe = draft.safeguardingNe();
        otherMaterialsEn = lines(draft.otherMaterialsEn());
        otherMaterialsNe = lines(draft.otherMaterialsNe());
        materialIds = new ArrayList<>(draft.materialIds());
    }

    public String save() {
        LessonDraft draft = new LessonDraft(titleEn, titleNe, ageGroup, minutes == null ? 0 : minutes,
                items(objectivesEn), items(objectivesNe), preparationEn, preparationNe, items(activitiesEn),
                items(activitiesNe), items(keyMessagesEn), items(keyMessagesNe), safeguardingEn, safeguardingNe,
                items(otherMaterialsEn), items(otherMaterialsNe), materialIds);
        try {
            if (id != null) {
                curricula.reviseLesson(id, draft);
            } else {
                curricula.addLesson(unit, draft);
            }
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
        Feedback.info("lesson.saved");
        Feedback.keepForRedirect();
        return "/editor/edition?faces-redirect=true&id=" + editionId;
    }

    /** Published materials open to teachers, which a lesson may use. */
    public List<Material> getMaterials() {
        return curricula.materialsForLessons();
    }

    private static String lines(List<String> items) {
        return String.join("\n", items);
    }

    private static List<String> items(String text) {
        return text == null ? List.of() : Arrays.asList(text.split("\\R"));
    }

    public boolean isFound() {
        return found;
    }

    public boolean isEditable() {
        return editable;
    }

    public String getHeading() {
        return heading;
    }

    public Long getEditionId() {
        return editionId;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String v) {
        titleEn = v;
    }

    public String getTitleNe() {
        return titleNe;
    }

    public void setTitleNe(String v) {
        titleNe = v;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public void setAgeGroup(String v) {
        ageGroup = v;
    }

    public Integer getMinutes() {
        return minutes;
    }

    public void setMinutes(Integer v) {
        minutes = v;
    }

    public String getObjectivesEn() {
        return objectivesEn;
    }

    public void setObjectivesEn(String v) {
        objectivesEn = v;
    }

    public String getObjectivesNe() {
        return objectivesNe;
    }

    public void setObjectivesNe(String v) {
        objectivesNe = v;
    }

    public String getPreparationEn() {
        return preparationEn;
    }

    public void setPreparationEn(String v) {
        preparationEn = v;
    }

    public String getPreparationNe() {
        return preparationNe;
    }

    public void setPreparationNe(String v) {
        preparationNe = v;
    }

    public String getActivitiesEn() {
        return activitiesEn;
    }

    public void setActivitiesEn(String v) {
        activitiesEn = v;
    }

    public String getActivitiesNe() {
        return activitiesNe;
    }

    public void setActivitiesNe(String v) {
        activitiesNe = v;
    }

    public String getKeyMessagesEn() {
        return keyMessagesEn;
    }

    public void setKeyMessagesEn(String v) {
        keyMessagesEn = v;
    }

    public String getKeyMessagesNe() {
        return keyMessagesNe;
    }

    public void setKeyMessagesNe(String v) {
        keyMessagesNe = v;
    }

    public String getSafeguardingEn() {
        return safeguardingEn;
    }

    public void setSafeguardingEn(String v) {
        safeguardingEn = v;
    }

    public String getSafeguardingNe() {
        return safeguardingNe;
    }

    public void setSafeguardingNe(String v) {
        safeguardingNe = v;
    }

    public String getOtherMaterialsEn() {
        return otherMaterialsEn;
    }

    public void setOtherMaterialsEn(String v) {
        otherMaterialsEn = v;
    }

    public String getOtherMaterialsNe() {
        return otherMaterialsNe;
    }

    public void setOtherMaterialsNe(String v) {
        otherMaterialsNe = v;
    }

    public List<Long> getMaterialIds() {
        return materialIds;
    }

    public void setMaterialIds(List<Long> v) {
        materialIds = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }
}
