package org.sachet.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A class or group that follows a curriculum edition together at a venue, enrolled by sex, led by one account
 * (the teacher of a school class). Its sessions record what it was taught and who came.
 */
@Entity
@Table(name = "COHORT")
public class Cohort {

    /** More than this in one class or group is a typing error, not a class. */
    public static final int MAX_ENROLMENT = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "VENUE_ID")
    private Venue venue;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "GRADE")
    private String grade;

    @Column(name = "GIRLS", nullable = false)
    private int girls;

    @Column(name = "BOYS", nullable = false)
    private int boys;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "EDITION_ID")
    private CurriculumEdition edition;

    /** The day it taught its edition's last lesson: what reach counts as its students completing. */
    @Column(name = "COMPLETED_ON")
    private LocalDate completedOn;

    @Column(name = "LEADER_ACCOUNT_ID", nullable = false)
    private long leaderAccountId;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Cohort() {
    }

    public Cohort(Venue venue, String name, String grade, int girls, int boys, CurriculumEdition edition,
                  long leaderAccountId, String createdBy, Instant createdAt) {
        if (!venue.getType().holdsClasses()) {
            throw new RuleViolation("venue", "cohort.venue.notSchool", venue.getName());
        }
        this.venue = venue;
        this.leaderAccountId = leaderAccountId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(name, grade, girls, boys);
        follow(edition);
    }

    public void describe(String newName, String newGrade, int newGirls, int newBoys) {
        if (newName == null || newName.isBlank() || newName.strip().length() > 120) {
            throw new RuleViolation("name", "cohort.name.invalid");
        }
        if (newGrade != null && newGrade.strip().length() > 20) {
            throw new RuleViolation("grade", "cohort.grade.invalid");
        }
        if (newGirls < 0 || newBoys < 0 || newGirls > MAX_ENROLMENT || newBoys > MAX_ENROLMENT) {
            throw new RuleViolation("girls", "cohort.enrolment.invalid", MAX_ENROLMENT);
        }
        if (newGirls + newBoys == 0) {
            throw new RuleViolation("girls", "cohort.enrolment.empty");
        }
        name = newName.strip();
        grade = newGrade == null || newGrade.isBlank() ? null : newGrade.strip();
        girls = newGirls;
        boys = newBoys;
    }

    private void follow(CurriculumEdition newEdition) {
        if (newEdition != null && !newEdition.isDownloadable()) {
            throw new RuleViolation("edition", "cohort.edition.notPublished");
        }
        edition = newEdition;
    }

    /** Records where the class stands after a lesson: completed on that day, or not (yet). */
    public void progressed(boolean completed, LocalDate lastLessonDay) {
        completedOn = completed ? lastLessonDay : null;
    }

    public LocalDate getCompletedOn() {
        return completedOn;
    }

    public boolean isLedBy(long accountId) {
        return leaderAccountId == accountId;
    }

    public Long getId() {
        return id;
    }

    public Venue getVenue() {
        return venue;
    }

    public String getName() {
        return name;
    }

    public String getGrade() {
        return grade;
    }

    public int getGirls() {
        return girls;
    }

    public int getBoys() {
        return boys;
    }

    public int getEnrolled() {
        return girls + boys;
    }

    public CurriculumEdition getEdition() {
        return edition;
    }

    public long getLeaderAccountId() {
        return leaderAccountId;
    }
}
