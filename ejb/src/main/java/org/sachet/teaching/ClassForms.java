package org.sachet.teaching;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.sachet.calendar.DateWords;
import org.sachet.curriculum.CurriculumEdition;
import org.sachet.outreach.Cohort;
import org.sachet.outreach.OutreachSession;
import org.sachet.platform.RuleViolation;
import org.sachet.templates.kit.KitIndex;
import org.sachet.templates.lesson.AttendanceSheet;
import org.sachet.templates.lesson.CompletionCertificate;
import org.sachet.templates.pdf.PdfPrinter;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The printable forms of one of the caller's classes, in Nepali ({@code ne}) or English ({@code en}): the
 * attendance sheet, and a completion certificate once the class has covered every lesson of its edition. Empty
 * for a class that is not the caller's, has no edition, or (a certificate) has not completed it.
 */
@Stateless
@RolesAllowed({"TEACHER", "FACILITATOR"})
public class ClassForms {

    /** Room on the certificate's line for a student's name. */
    public static final int MAX_STUDENT_NAME = 120;

    @Inject
    private ClassTeaching teaching;

    public Optional<PrintedForm> attendanceSheet(long classId, String language) {
        return progress(classId).map(progress -> {
            Cohort cohort = progress.cohort();
            CurriculumEdition edition = cohort.getEdition();
            AttendanceSheet.Roster roster = new AttendanceSheet.Roster(cohort.getVenue().getName(), cohort.getName(),
                    edition.getCurriculum().name(language), KitIndex.editionName(edition.getLabel(), language),
                    cohort.getGirls(), cohort.getBoys(),
                    IntStream.rangeClosed(1, progress.lessons().size()).boxed().toList());
            return new PrintedForm("attendance-" + cohort.getId() + ".pdf",
                    PdfPrinter.print(AttendanceSheet.of(roster, language, edition.getPublishedAt())));
        });
    }

    /** @param student the name to print, or none for a line to write it on */
    public Optional<PrintedForm> certificate(long classId, String student, String language) {
        if (student != null && student.length() > MAX_STUDENT_NAME) {
            throw new RuleViolation("student", "curriculum.text.tooLong", MAX_STUDENT_NAME);
        }
        return progress(classId).filter(ClassProgress::isCompleted).map(progress -> {
            Cohort cohort = progress.cohort();
            CurriculumEdition edition = cohort.getEdition();
            LocalDate finished = progress.taught().values().stream().map(OutreachSession::getHeldOn)
                    .max(Comparator.naturalOrder()).orElseThrow();
            CompletionCertificate certificate = new CompletionCertificate(student, cohort.getVenue().getName(),
                    cohort.getName(), edition.getCurriculum().name(language),
                    KitIndex.editionName(edition.getLabel(), language),
                    new DateWords(Locale.forLanguageTag(language)).date(finished));
            return new PrintedForm("certificate-" + cohort.getId() + ".pdf",
                    PdfPrinter.print(certificate.document(language, edition.getPublishedAt())));
        });
    }

    private Optional<ClassProgress> progress(long classId) {
        try {
            return Optional.of(teaching.progress(classId)).filter(p -> p.cohort().getEdition() != null);
        } catch (RuleViolation notTheCallersClass) {
            return Optional.empty();
        }
    }
}
