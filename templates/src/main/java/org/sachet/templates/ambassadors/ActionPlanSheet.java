package org.sachet.templates.ambassadors;

import org.sachet.templates.pdf.PrintDocument;
import org.sachet.templates.text.NepaliDigits;

import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A youth ambassadors' action plan on one page, for the ward office meeting: place, period and status, the
 * objectives, the team, and the activities with their due dates and who is responsible. Only people whose
 * consent holds are given to it; a plan's headings and digits follow the language asked for.
 */
public final class ActionPlanSheet {

    private static final float ROW_HEIGHT = 18;

    /** One activity's line: the texts as they are printed (dates already in the plan's language). */
    public record Activity(String due, String kindCode, String title, String responsible, String statusCode) {
    }

    /**
     * @param ward       the ward the plan is for, or null for the whole local level
     * @param statusCode the plan's status (DRAFT, APPROVED, ...), named by this module's labels
     * @param approval   who approved it and when, or null while a draft
     */
    public record Plan(String title, String localLevel, Integer ward, String period, String statusCode, String approval,
                       String objectives, List<String> team, List<Activity> activities) {
        public Plan {
            team = List.copyOf(team);
            activities = List.copyOf(activities);
        }
    }

    private ActionPlanSheet() {
    }

    /** @param language "ne" or "en" */
    public static PrintDocument of(Plan plan, String language, Instant issued) {
        ResourceBundle labels = labels(language);
        boolean nepali = language.equals("ne");
        PrintDocument.Builder document = PrintDocument.builder(plan.title(), labels.getString("plan.author"), issued)
                .paragraph(labels.getString("plan.place") + ": " + plan.localLevel() + (plan.ward() == null ? ""
                        : ", " + digits(MessageFormat.format(labels.getString("plan.ward"), String.valueOf(plan.ward())),
                        nepali)) + " · " + labels.getString("plan.period")
                        + ": " + plan.period())
                .paragraph(labels.getString("plan.status") + ": " + labels.getString("status." + plan.statusCode())
                        + (plan.approval() == null ? "" : " · " + plan.approval()))
                .heading(labels.getString("plan.objectives"))
                .paragraph(plan.objectives())
                .heading(labels.getString("plan.team"))
                .paragraph(String.join(", ", plan.team()));
        document.heading(labels.getString("plan.activities"));
        if (plan.activities().isEmpty()) {
            document.paragraph(labels.getString("plan.noActivities"));
        } else {
            List<List<String>> rows = plan.activities().stream().map(a -> List.of(digits(a.due(), nepali),
                    labels.getString("kind." + a.kindCode()), a.title(), a.responsible(),
                    labels.getString("activity." + a.statusCode()))).toList();
            document.table(List.of(labels.getString("plan.due"), labels.getString("plan.kind"),
                    labels.getString("plan.activity"), labels.getString("plan.responsible"),
                    labels.getString("plan.activityStatus")), rows, List.of(14f, 14f, 26f, 18f, 9f), ROW_HEIGHT);
        }
        return document.paragraph(labels.getString("plan.footer")).build();
    }

    private static String digits(String text, boolean nepali) {
        return nepali ? NepaliDigits.toDevanagari(text) : text;
    }

    static ResourceBundle labels(String language) {
        return ResourceBundle.getBundle("org.sachet.templates.ambassadors.labels", Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
