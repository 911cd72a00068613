package org.sachet.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.primefaces.renderkit.HeadRenderer;

import java.io.IOException;

/**
 * The page's {@code <head>}: PrimeFaces' on pages that use it (its theme, icons, locale and start-up scripts), and
 * on a page marked {@value #WITHOUT_PRIMEFACES} (layout.xhtml: the sign-in and home pages) only the page's own
 * head and style sheet. PrimeFaces writes its theme and scripts into every page otherwise, 280 KB on a first visit
 * over a rural link to a page that uses none of them (issue 18).
 */
public class PageHead extends HeadRenderer {

    /** The attribute of h:head that marks a page without PrimeFaces. */
    public static final String WITHOUT_PRIMEFACES = "withoutPrimeFaces";

    @Override
    public void encodeBegin(FacesContext context, UIComponent head) throws IOException {
        if (!withoutPrimeFaces(head)) {
            super.encodeBegin(context, head);
            return;
        }
        ResponseWriter writer = context.getResponseWriter();
        writer.startElement("head", head);
        writer.writeAttribute("id", head.getClientId(context), "id");
    }

    @Override
    public void encodeEnd(FacesContext context, UIComponent head) throws IOException {
        if (!withoutPrimeFaces(head)) {
            super.encodeEnd(context, head);
            return;
        }
        // what the page's tags put into the head (its style sheet), after the head's own elements, as Faces does
        for (UIComponent resource : context.getViewRoot().getComponentResources(context, "head")) {
            resource.encodeAll(context);
        }
        context.getResponseWriter().endElement("head");
    }

    private static boolean withoutPrimeFaces(UIComponent head) {
        return Boolean.parseBoolean(String.valueOf(head.getAttributes().get(WITHOUT_PRIMEFACES)));
    }
}
