package org.sachet.web.teaching;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.calendar.NepaliTime;
import org.sachet.curriculum.Kit;
import org.sachet.curriculum.KitDownloads;
import org.sachet.curriculum.KitId;
import org.sachet.curriculum.Lesson;
import org.sachet.curriculum.LessonKits;
import org.sachet.platform.RuleViolation;
import org.sachet.teaching.ClassProgress;
import org.sachet.teaching.ClassTeaching;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The teacher's home page: their classes, each with its next lesson and that lesson's kit, and "mark taught"
 * with the day and who came; notices for kits that changed since they downloaded them.
 */
@Named
@ViewScoped
public class TeacherHome implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ClassTeaching teaching;

    @Inject
    private transient LessonKits kits;

    @Inject
    private transient KitDownloads kitDownloads;

    private transient List<ClassProgress> classes;
    private final Map<Long, Attendance> attendance = new HashMap<>();

    /** What the teacher types when marking a class's next lesson taught. */
    public static class Attendance implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate heldOn = NepaliTime.today();
        private Integer girls;
        private Integer boys;

        public LocalDate getHeldOn() {
            return heldOn;
        }

        public void setHeldOn(LocalDate heldOn) {
            this.heldOn = heldOn;
        }

        public Integer getGirls() {
            return girls;
        }

        public void setGirls(Integer girls) {
            this.girls = girls;
        }

        public Integer getBoys() {
            return boys;
        }

        public void setBoys(Integer boys) {
            this.boys = boys;
        }
    }

    @PostConstruct
    void load() {
        classes = teaching.myClasses();
        for (ClassProgress progress : classes) {
            attendance.computeIfAbsent(progress.cohort().getId(), id -> {
                Attendance typed = new Attendance();
                typed.setGirls(progress.cohort().getGirls()); // the usual case: everyone came
                typed.setBoys(progress.cohort().getBoys());
                return typed;
            });
        }
    }

    public List<ClassProgress> getClasses() {
        if (classes == null) {
            load();
        }
        return classes;
    }

    public Attendance attendanceOf(long cohortId) {
        return attendance.computeIfAbsent(cohortId, id -> new Attendance());
    }

    /**
     * Records the card's lesson as taught, then shows the page afresh (post, redirect, get: reloading it sends
     * nothing again); a broken rule keeps the page with what was typed.
     */
    public String markTaught(ClassProgress progress) {
        Optional<Lesson> next = progress.nextLesson();
        if (next.isEmpty()) {
            return null;
        }
        long cohortId = progress.cohort().getId();
        Attendance typed = attendanceOf(cohortId);
        try {
            teaching.markTaught(cohortId, next.get().getId(), typed.getHeldOn(), typed.getGirls(), typed.getBoys());
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
        int number = progress.numberOf(next.get());
        attendance.remove(cohortId);
        load();
        ClassProgress now = classes.stream().filter(c -> c.cohort().getId() == cohortId).findFirst().orElseThrow();
        if (now.isCompleted()) {
            Feedback.info("teach.completed", progress.cohort().getName(), now.cohort().getEnrolled());
        } else {
            Feedback.info("teach.marked", number, progress.cohort().getName());
        }
        Feedback.keepForRedirect();
        return "/teaching/index?faces-redirect=true";
    }

    /** A lesson's kit, full or lite, with its size; empty when it cannot be made (a file missing). */
    public Kit kitOf(Lesson lesson, boolean lite) {
        return kits.kit(new KitId(KitId.Scope.LESSON, lesson.getId(), lite)).orElse(null);
    }

    /** Whether the lite kit is any smaller than the full one, so it is worth offering. */
    public boolean liteDiffers(Lesson lesson) {
        Kit full = kitOf(lesson, false);
        Kit lite = kitOf(lesson, true);
        return full != null && lite != null && lite.isComplete() && lite.size() < full.size();
    }

    public List<Kit> getChangedKits() {
        return kitDownloads.changedSinceDownloaded();
    }
}
