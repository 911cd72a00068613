package org.sachet.templates.lesson;

import org.sachet.templates.pdf.PrintDocument;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A certificate for a student whose class covered every lesson of the curriculum's edition. Sachet keeps
 * no student names: the teacher types one when printing, or leaves the line blank to write it by hand.
 *
 * @param student the name to print, or null/blank for a line to write on
 * @param date    the date as it should read, e.g. "८ मंसिर २०८३" (the caller formats it, in BS for Nepali)
 */
public record CompletionCertificate(String student, String school, String className, String curriculum,
                                    String edition, String date) {

    private static final String WRITE_HERE = "_______________________________";

    private static String line(ResourceBundle labels, String key, Object... arguments) {
        return new MessageFormat(labels.getString(key), Locale.ROOT).format(arguments);
    }

    public PrintDocument document(String language, Instant issued) {
        ResourceBundle labels = LessonPlanDocument.labels(language);
        boolean named = student != null && !student.isBlank();
        return PrintDocument.builder(labels.getString("certificate.title") + (named ? ": " + student : ""),
                        school, issued).landscape().titleNotShown()
                .centered(labels.getString("certificate.title"), 30, true, 30)
                .centered(curriculum, 16, false, 6)
                .centered(labels.getString("certificate.certify"), 13, false, 26)
                .centered(named ? student.strip() : WRITE_HERE, 22, true, 8)
                .centered(line(labels, "certificate.of", className, school, curriculum, edition), 13, false, 10)
                .centered(line(labels, "certificate.completed", className, school, curriculum, edition), 13, false, 0)
                .centered(date, 12, false, 10)
                .signatures(List.of(labels.getString("certificate.teacher"), labels.getString("certificate.headTeacher")), 44)
                .build();
    }
}
