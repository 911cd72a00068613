package org.sachet.web.platform;

import jakarta.faces.context.FacesContext;

/** What a page's address gave it. */
public final class PageParameters {

    private PageParameters() {
    }

    /**
     * Whether a parameter of the address could not be read ({@code ?id=abc}): its conversion failed, so the
     * page's view action never ran, and the page must say "not found" rather than open an empty form.
     */
    public static boolean unreadable() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.isValidationFailed() && !faces.isPostback();
    }
}
