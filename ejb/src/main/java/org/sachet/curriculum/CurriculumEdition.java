package org.sachet.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongUnaryOperator;

/**
 * One edition of a curriculum: its units and lessons as they were published together. A draft changes freely;
 * publishing checks the whole edition, pins each lesson's materials to their published versions and makes it
 * the edition teachers see. After that it never changes: the next revision is a new edition.
 */
@Entity
@Table(name = "CURRICULUM_EDITION")
public class CurriculumEdition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "CURRICULUM_ID", updatable = false)
    private Curriculum curriculum;

    @Column(name = "LABEL", nullable = false)
    private String label;

    @Column(name = "SUMMARY_EN", nullable = false)
    private String summaryEn;

    @Column(name = "SUMMARY_NE", nullable = false)
    private String summaryNe;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private EditionState state;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "PUBLISHED_BY")
    private String publishedBy;

    @Column(name = "PUBLISHED_AT")
    private Instant publishedAt;

    @Column(name = "SUPERSEDED_AT")
    private Instant supersededAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    @OneToMany(mappedBy = "edition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<CurriculumUnit> units = new ArrayList<>();

    protected CurriculumEdition() {
    }

    public CurriculumEdition(Curriculum curriculum, String label, String summaryEn, String summaryNe,
                             String createdBy, Instant createdAt) {
        this.curriculum = curriculum;
        this.label = TextChecks.required("label", label, 40);
        this.state = EditionState.DRAFT;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(summaryEn, summaryNe);
    }

    public void describe(String newSummaryEn, String newSummaryNe) {
        requireDraft();
        summaryEn = TextChecks.required("summaryEn", newSummaryEn, 1000);
        summaryNe = TextChecks.required("summaryNe", newSummaryNe, 1000);
    }

    void requireDraft() {
        if (state != EditionState.DRAFT) {
            throw new RuleViolation("edition.notDraft");
        }
    }

    public CurriculumUnit addUnit(String titleEn, String titleNe) {
        requireDraft();
        CurriculumUnit unit = new CurriculumUnit(this, units.size() + 1, titleEn, titleNe);
        units.add(unit);
        return unit;
    }

    public void removeUnit(CurriculumUnit unit) {
        requireDraft();
        units.remove(unit);
        for (int i = 0; i < units.size(); i++) {
            units.get(i).moveTo(i + 1);
        }
    }

    /**
     * Publishes the whole edition: every unit must hold a lesson, and every material a lesson uses must have a
     * published version, which is pinned ({@code publishedVersionOf} refuses a material that has none).
     */
    public void publish(String by, Instant at, LongUnaryOperator publishedVersionOf) {
        requireDraft();
        if (units.isEmpty()) {
            throw new RuleViolation("edition.publish.noUnits");
        }
        for (CurriculumUnit unit : units) {
            if (unit.getLessons().isEmpty()) {
                throw new RuleViolation(null, "edition.publish.emptyUnit", unit.getTitleEn());
            }
        }
        lessons().forEach(lesson -> lesson.pin(publishedVersionOf));
        state = EditionState.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
    }

    /** Marks the edition as replaced by a newer one; it stays readable and downloadable. */
    void supersede(Instant at) {
        if (state == EditionState.PUBLISHED) {
            state = EditionState.SUPERSEDED;
            supersededAt = at;
        }
    }

    /** A new draft edition with this one's units and lessons, for the editors to revise. */
    public CurriculumEdition reviseAs(String newLabel, String by, Instant at) {
        CurriculumEdition next = new CurriculumEdition(curriculum, newLabel, summaryEn, summaryNe, by, at);
        for (CurriculumUnit unit : units) {
            CurriculumUnit copy = next.addUnit(unit.getTitleEn(), unit.getTitleNe());
            unit.getLessons().forEach(lesson -> copy.addLesson(lesson.toDraft()));
        }
        return next;
    }

    /** Every lesson in teaching order: unit by unit. */
    public List<Lesson> lessons() {
        return units.stream().flatMap(unit -> unit.getLessons().stream()).toList();
    }

    /** The lesson's number in the edition, counted across units from 1. */
    public int numberOf(Lesson lesson) {
        int number = lessons().indexOf(lesson) + 1;
        if (number == 0) {
            throw new IllegalArgumentException("lesson " + lesson.getId() + " is not in edition " + id);
        }
        return number;
    }

    public boolean isDownloadable() {
        return state != EditionState.DRAFT;
    }

    public Long getId() {
        return id;
    }

    public Curriculum getCurriculum() {
        return curriculum;
    }

    public String getLabel() {
        return label;
    }

    public String getSummaryEn() {
        return summaryEn;
    }

    public String getSummaryNe() {
        return summaryNe;
    }

    public String summary(String language) {
        return "ne".equals(language) ? summaryNe : summaryEn;
    }

    public EditionState getState() {
        return state;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<CurriculumUnit> getUnits() {
        return List.copyOf(units);
    }
}
