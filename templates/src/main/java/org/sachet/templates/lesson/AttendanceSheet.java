package org.sachet.templates.lesson;

import org.sachet.templates.text.NepaliDigits;
import org.sachet.templates.pdf.PrintDocument;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A class attendance sheet to print and fill in by hand: one numbered line per enrolled student, a box to
 * tick girl or boy, and a box per lesson; the totals line is what the teacher enters as the lesson's
 * attendance (girls and boys) when marking it taught.
 */
public final class AttendanceSheet {

    private static final float ROW_HEIGHT = 20;

    /**
     * @param lessons the lessons' numbers in the curriculum, in teaching order
     */
    public record Roster(String school, String className, String curriculum, String edition, int girls, int boys,
                         List<Integer> lessons) {
        public Roster {
            lessons = List.copyOf(lessons);
            if (girls < 0 || boys < 0 || girls + boys == 0 || lessons.isEmpty()) {
                throw new IllegalArgumentException("a roster needs students and lessons");
            }
        }
    }

    private AttendanceSheet() {
    }

    public static PrintDocument of(Roster roster, String language, Instant issued) {
        ResourceBundle labels = LessonPlanDocument.labels(language);
        boolean nepali = language.equals("ne");
        String title = labels.getString("attendance.title") + ": " + roster.className();
        List<String> header = new ArrayList<>(List.of(labels.getString("attendance.number"),
                labels.getString("attendance.name"), labels.getString("attendance.girl"),
                labels.getString("attendance.boy")));
        List<Float> widths = new ArrayList<>(List.of(4.5f, 22f, 4f, 4f));
        for (int lesson : roster.lessons()) {
            header.add(digits(MessageFormat.format(labels.getString("attendance.lesson"), lesson), nepali));
            widths.add(5f);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int student = 1; student <= roster.girls() + roster.boys(); student++) {
            List<String> row = new ArrayList<>();
            row.add(digits(Integer.toString(student), nepali));
            while (row.size() < header.size()) {
                row.add("");
            }
            rows.add(row);
        }
        List<String> totals = new ArrayList<>(List.of("", labels.getString("attendance.totals")));
        while (totals.size() < header.size()) {
            totals.add("");
        }
        rows.add(totals);
        return PrintDocument.builder(title, roster.school(), issued).landscape()
                .paragraph(roster.school() + " · " + roster.curriculum() + " · " + roster.edition())
                .paragraph(digits(new MessageFormat(labels.getString("attendance.enrolled"), Locale.ROOT)
                        .format(new Object[] {roster.girls(), roster.boys()}), nepali))
                .table(header, rows, widths, ROW_HEIGHT)
                .paragraph(labels.getString("attendance.howTo"))
                .build();
    }

    private static String digits(String text, boolean nepali) {
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }
}
