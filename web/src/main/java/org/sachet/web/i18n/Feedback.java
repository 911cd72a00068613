package org.sachet.web.i18n;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import org.sachet.http.Messages;
import org.sachet.platform.RuleViolation;

import java.time.LocalDate;

/** Puts messages from the resource bundle on the current page, in the viewer's language. */
public final class Feedback {

    private Feedback() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, null, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, null, key, arguments);
    }

    /**
     * Rules that every text field of a kind shares ("This text is required, in English and in Nepali"): their
     * message is led by the field's name ({@code field.<name>}), or a person cannot tell which of twenty it means.
     */
    private static final java.util.Set<String> SHARED_BY_FIELDS = java.util.Set.of("curriculum.text.required",
            "curriculum.text.tooLong", "curriculum.list.required", "material.field.required", "material.field.tooLong");

    /** Shows a broken rule; the page stays as it was, and the service has changed nothing. */
    public static void error(RuleViolation violation) {
        if (violation instanceof org.sachet.platform.RuleViolations several) {
            several.each().forEach(Feedback::error);
            return;
        }
        String text = text(violation.messageKey(), violation.arguments());
        if (violation.field() != null && SHARED_BY_FIELDS.contains(violation.messageKey())) {
            String name = text("field." + violation.field());
            if (!name.equals("field." + violation.field())) {
                text = name + ": " + text;
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        faces.validationFailed();
    }

    /**
     * A message's arguments as the viewer reads them: a date in both calendars, a time in their digits, a place by
     * its name ("Sunsari, Koshi Province", not its code {@code DISTRICT:11}), in their language.
     */
    public static Object[] readable(Object... arguments) {
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof LocalDate date) {
                readable[i] = CDI.current().select(DateDisplay.class).get().date(date);
            } else if (readable[i] instanceof java.time.LocalTime time) { // "06:30" in the viewer's digits
                readable[i] = CDI.current().select(NumberDisplay.class).get().digits(time.toString());
            } else if (readable[i] instanceof org.sachet.geography.Place place) {
                readable[i] = CDI.current().select(PlaceNames.class).get().name(place);
            }
        }
        return readable;
    }

    /**
     * The message in the viewer's language: their preference, not the view's locale, which a view action on a GET
     * still has from the browser's Accept-Language (the page's {@code f:view} sets it only when rendering).
     */
    public static String text(String key, Object... arguments) {
        return Messages.get(CDI.current().select(UserPreferences.class).get().getLocale(), key, readable(arguments));
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = text(key, arguments);
        faces.addMessage(clientId, new FacesMessage(severity, text, null));
    }

    /** Keeps this request's messages for the page a redirect leads to (post-redirect-get). */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
