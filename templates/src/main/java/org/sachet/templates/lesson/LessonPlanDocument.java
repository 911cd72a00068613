package org.sachet.templates.lesson;

import org.sachet.templates.text.NepaliDigits;
import org.sachet.templates.pdf.PrintDocument;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;

/** Lays a {@link LessonPlan} out as a printable document, with headings in the plan's language. */
public final class LessonPlanDocument {

    private LessonPlanDocument() {
    }

    /**
     * @param language "ne" or "en": the language of the headings and digits, matching the plan's texts
     * @param issued   the edition's publication date, so that the same edition prints the same bytes
     */
    public static PrintDocument of(LessonPlan plan, String language, Instant issued) {
        ResourceBundle labels = labels(language);
        boolean nepali = language.equals("ne");
        String title = format(labels, "lesson.title", nepali, plan.number(), plan.title());
        PrintDocument.Builder document = PrintDocument.builder(title, plan.curriculum(), issued)
                .paragraph(plan.curriculum() + " · " + plan.edition() + " · " + plan.unit())
                .paragraph(format(labels, "lesson.facts", nepali, plan.ageGroup(), plan.minutes()));
        section(document, labels.getString("lesson.objectives"), plan.objectives().isEmpty() ? null : () ->
                document.bullets(plan.objectives()));
        section(document, labels.getString("lesson.preparation"), blank(plan.preparation()) ? null : () ->
                document.paragraph(plan.preparation()));
        section(document, labels.getString("lesson.activities"), plan.activities().isEmpty() ? null : () ->
                document.steps(plan.activities(), nepali));
        section(document, labels.getString("lesson.keyMessages"), plan.keyMessages().isEmpty() ? null : () ->
                document.bullets(plan.keyMessages()));
        section(document, labels.getString("lesson.safeguarding"), blank(plan.safeguarding()) ? null : () ->
                document.paragraph(plan.safeguarding()));
        section(document, labels.getString("lesson.materials"), plan.materials().isEmpty() ? null : () ->
                document.bullets(plan.materials()));
        return document.build();
    }

    /** The printed forms' words in "ne" or "en". */
    static ResourceBundle labels(String language) {
        // no fallback to the machine's own locale: English headings stay English on a Nepali server
        return ResourceBundle.getBundle("org.sachet.templates.lesson.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** A heading and its content, or nothing when the lesson has none of it. */
    private static void section(PrintDocument.Builder document, String heading, Runnable content) {
        if (content != null) {
            document.heading(heading);
            content.run();
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String format(ResourceBundle labels, String key, boolean nepali, Object... arguments) {
        String text = new MessageFormat(labels.getString(key), Locale.ROOT).format(arguments);
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }
}
