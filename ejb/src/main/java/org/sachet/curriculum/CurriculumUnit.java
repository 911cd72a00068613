package org.sachet.curriculum;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A unit of an edition: a theme such as "Trusted adults", holding its lessons in teaching order. */
@Entity
@Table(name = "CURRICULUM_UNIT")
public class CurriculumUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "EDITION_ID", updatable = false)
    private CurriculumEdition edition;

    @Column(name = "POSITION", nullable = false)
    private int position;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEn;

    @Column(name = "TITLE_NE", nullable = false)
    private String titleNe;

    @OneToMany(mappedBy = "unit", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Lesson> lessons = new ArrayList<>();

    protected CurriculumUnit() {
    }

    CurriculumUnit(CurriculumEdition edition, int position, String titleEn, String titleNe) {
        this.edition = edition;
        this.position = position;
        write(titleEn, titleNe);
    }

    public void rename(String newTitleEn, String newTitleNe) {
        edition.requireDraft();
        write(newTitleEn, newTitleNe);
    }

    private void write(String newTitleEn, String newTitleNe) {
        titleEn = TextChecks.required("titleEn", newTitleEn, 200);
        titleNe = TextChecks.required("titleNe", newTitleNe, 200);
    }

    /** Adds a lesson at the end of the unit. */
    public Lesson addLesson(LessonDraft draft) {
        edition.requireDraft();
        Lesson lesson = new Lesson(this, lessons.size() + 1, draft);
        lessons.add(lesson);
        return lesson;
    }

    public void removeLesson(Lesson lesson) {
        edition.requireDraft();
        lessons.remove(lesson);
        renumber();
    }

    /** Moves a lesson one place earlier (-1) or later (+1) within the unit. */
    public void moveLesson(Lesson lesson, int step) {
        edition.requireDraft();
        int from = lessons.indexOf(lesson);
        int to = from + Integer.signum(step);
        if (from < 0 || to < 0 || to >= lessons.size()) {
            return;
        }
        lessons.remove(from);
        lessons.add(to, lesson);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < lessons.size(); i++) {
            lessons.get(i).moveTo(i + 1);
        }
    }

    void moveTo(int newPosition) {
        position = newPosition;
    }

    public Long getId() {
        return id;
    }

    public CurriculumEdition getEdition() {
        return edition;
    }

    public int getPosition() {
        return position;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public String getTitleNe() {
        return titleNe;
    }

    public String title(String language) {
        return "ne".equals(language) ? titleNe : titleEn;
    }

    public List<Lesson> getLessons() {
        return List.copyOf(lessons);
    }
}
