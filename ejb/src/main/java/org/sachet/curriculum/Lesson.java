package org.sachet.curriculum;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.sachet.platform.RuleViolation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One lesson of a unit, written in English and Nepali: what children learn, how the teacher prepares, the
 * activities step by step, the key messages, the facilitator's safeguarding notes and the materials used.
 * Only a draft edition's lessons change.
 */
@Entity
@Table(name = "LESSON")
public class Lesson {

    public static final int MIN_MINUTES = 10;
    public static final int MAX_MINUTES = 240;
    private static final Pattern AGE_GROUP = Pattern.compile("\\d{1,2}\\s*[–-]\\s*\\d{1,2}|\\d{1,2}\\+");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "UNIT_ID", updatable = false)
    private CurriculumUnit unit;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEn;
    @Column(name = "TITLE_NE", nullable = false)
    private String titleNe;
    @Column(name = "AGE_GROUP", nullable = false)
    private String ageGroup;
    @Column(name = "MINUTES", nullable = false)
    private int minutes;
    @Column(name = "OBJECTIVES_EN", nullable = false)
    private String objectivesEn;
    @Column(name = "OBJECTIVES_NE", nullable = false)
    private String objectivesNe;
    @Column(name = "PREPARATION_EN", nullable = false)
    private String preparationEn;
    @Column(name = "PREPARATION_NE", nullable = false)
    private String preparationNe;
    @Column(name = "ACTIVITIES_EN", nullable = false)
    private String activitiesEn;
    @Column(name = "ACTIVITIES_NE", nullable = false)
    private String activitiesNe;
    @Column(name = "KEY_MESSAGES_EN", nullable = false)
    private String keyMessagesEn;
    @Column(name = "KEY_MESSAGES_NE", nullable = false)
    private String keyMessagesNe;
    @Column(name = "SAFEGUARDING_EN", nullable = false)
    private String safeguardingEn;
    @Column(name = "SAFEGUARDING_NE", nullable = false)
    private String safeguardingNe;
    @Column(name = "OTHER_MATERIALS_EN", nullable = false)
    private String otherMaterialsEn;
    @Column(name = "OTHER_MATERIALS_NE", nullable = false)
    private String otherMaterialsNe;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "LESSON_MATERIAL", joinColumns = @JoinColumn(name = "LESSON_ID"))
    @OrderColumn(name = "POSITION")
    private List<LessonMaterial> materials = new ArrayList<>();

    protected Lesson() {
    }

    Lesson(CurriculumUnit unit, int position, LessonDraft draft) {
        this.unit = unit;
        this.position = position;
        write(draft);
    }

    /** Rewrites the lesson; refused once its edition is published. */
    public void revise(LessonDraft draft) {
        unit.getEdition().requireDraft();
        write(draft);
    }

    private void write(LessonDraft draft) {
        titleEn = TextChecks.required("titleEn", draft.titleEn(), 200);
        titleNe = TextChecks.required("titleNe", draft.titleNe(), 200);
        if (draft.ageGroup() == null || !AGE_GROUP.matcher(draft.ageGroup().strip()).matches()) {
            throw new RuleViolation("ageGroup", "lesson.ageGroup.invalid");
        }
        ageGroup = draft.ageGroup().strip().replace('-', '–').replaceAll("\\s", "");
        if (draft.minutes() < MIN_MINUTES || draft.minutes() > MAX_MINUTES) {
            throw new RuleViolation("minutes", "lesson.minutes.invalid", MIN_MINUTES, MAX_MINUTES);
        }
        minutes = draft.minutes();
        objectivesEn = TextChecks.lines("objectivesEn", draft.objectivesEn(), 4000, true);
        objectivesNe = TextChecks.lines("objectivesNe", draft.objectivesNe(), 4000, true);
        preparationEn = TextChecks.required("preparationEn", draft.preparationEn(), 4000);
        preparationNe = TextChecks.required("preparationNe", draft.preparationNe(), 4000);
        activitiesEn = TextChecks.lines("activitiesEn", draft.activitiesEn(), 8000, true);
        activitiesNe = TextChecks.lines("activitiesNe", draft.activitiesNe(), 8000, true);
        keyMessagesEn = TextChecks.lines("keyMessagesEn", draft.keyMessagesEn(), 4000, true);
        keyMessagesNe = TextChecks.lines("keyMessagesNe", draft.keyMessagesNe(), 4000, true);
        safeguardingEn = TextChecks.required("safeguardingEn", draft.safeguardingEn(), 4000);
        safeguardingNe = TextChecks.required("safeguardingNe", draft.safeguardingNe(), 4000);
        otherMaterialsEn = TextChecks.lines("otherMaterialsEn", draft.otherMaterialsEn(), 2000, false);
        otherMaterialsNe = TextChecks.lines("otherMaterialsNe", draft.otherMaterialsNe(), 2000, false);
        if (new LinkedHashSet<>(draft.materialIds()).size() != draft.materialIds().size()) {
            throw new RuleViolation("materials", "lesson.materials.duplicate");
        }
        materials.clear();
        draft.materialIds().forEach(materialId -> materials.add(new LessonMaterial(materialId, null)));
    }

    /** The lesson as a draft again, for the editor's form and for the next edition. */
    public LessonDraft toDraft() {
        return new LessonDraft(titleEn, titleNe, ageGroup, minutes, TextChecks.split(objectivesEn),
                TextChecks.split(objectivesNe), preparationEn, preparationNe, TextChecks.split(activitiesEn),
                TextChecks.split(activitiesNe), TextChecks.split(keyMessagesEn), TextChecks.split(keyMessagesNe), safeguardingEn,
                safeguardingNe, TextChecks.split(otherMaterialsEn), TextChecks.split(otherMaterialsNe),
                materials.stream().map(LessonMaterial::getMaterialId).toList());
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public CurriculumUnit getUnit() {
        return unit;
    }

    public int getPosition() {
        return position;
    }

    public String title(String language) {
        return "ne".equals(language) ? titleNe : titleEn;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleNe() {
        return titleNe;
    }

    public String getAgeGroup() {
        return ageGroup;
    }

    public int getMinutes() {
        return minutes;
    }

    public List<String> objectives(String language) {
        return TextChecks.split("ne".equals(language) ? objectivesNe : objectivesEn);
    }

    public String preparation(String language) {
        return "ne".equals(language) ? preparationNe : preparationEn;
    }

    public List<String> activities(String language) {
        return TextChecks.split("ne".equals(language) ? activitiesNe : activitiesEn);
    }

    public List<String> keyMessages(String language) {
        return TextChecks.split("ne".equals(language) ? keyMessagesNe : keyMessagesEn);
    }

    public String safeguarding(String language) {
        return "ne".equals(language) ? safeguardingNe : safeguardingEn;
    }

    public List<String> otherMaterials(String language) {
        return TextChecks.split("ne".equals(language) ? otherMaterialsNe : otherMaterialsEn);
    }

    public List<LessonMaterial> getMaterials() {
        return List.copyOf(materials);
    }

    /** Pins each material to the version given for it (new elements, so the change is written for sure). */
    void pin(java.util.function.LongUnaryOperator publishedVersionOf) {
        for (int i = 0; i < materials.size(); i++) {
            long materialId = materials.get(i).getMaterialId();
            materials.set(i, new LessonMaterial(materialId, publishedVersionOf.applyAsLong(materialId)));
        }
    }
}
