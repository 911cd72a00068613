package org.sachet.teaching;

import org.sachet.curriculum.Lesson;
import org.sachet.outreach.Cohort;
import org.sachet.outreach.OutreachSession;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a class stands in its curriculum edition: the lessons in teaching order, which were taught (and when,
 * by whom attended), and the next one. A class that has covered every lesson has completed the edition.
 */
public record ClassProgress(Cohort cohort, List<Lesson> lessons, Map<Long, OutreachSession> taught) {

    public ClassProgress {
        lessons = List.copyOf(lessons);
        taught = Map.copyOf(taught);
    }

    /** The first lesson in teaching order not yet taught; empty once all are. */
    public Optional<Lesson> nextLesson() {
        return lessons.stream().filter(lesson -> !taught.containsKey(lesson.getId())).findFirst();
    }

    public Optional<OutreachSession> sessionOf(Lesson lesson) {
        return Optional.ofNullable(taught.get(lesson.getId()));
    }

    public int taughtCount() {
        return (int) lessons.stream().filter(lesson -> taught.containsKey(lesson.getId())).count();
    }

    public boolean isCompleted() {
        return !lessons.isEmpty() && taughtCount() == lessons.size();
    }

    /** The day of the latest lesson taught, if any. */
    public java.time.LocalDate lastTaughtOn() {
        return taught.values().stream().map(OutreachSession::getHeldOn).max(java.util.Comparator.naturalOrder())
                .orElse(null);
    }

    /** The progress once this lesson's session is recorded too (no second read of what was taught). */
    public ClassProgress with(OutreachSession session) {
        Map<Long, OutreachSession> more = new java.util.HashMap<>(taught);
        more.put(session.getLesson().getId(), session);
        return new ClassProgress(cohort, lessons, more);
    }

    /** The lesson's number in the edition, from 1. */
    public int numberOf(Lesson lesson) {
        return lessons.indexOf(lesson) + 1;
    }
}
