package org.sachet.web.platform;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIForm;
import jakarta.faces.component.html.HtmlOutputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;

/**
 * Every form carries the page's script nonce as {@code primefaces.nonce}: PrimeFaces' content security policy
 * refuses a post without it, and on a page that loads none of PrimeFaces' scripts nothing else adds it. Written by
 * hand in each form it was forgotten once, and the post failed with the server's own error page. Added to each
 * form as it joins the view (a transient child: built again with the page, never kept in its state).
 */
public class FormNonce implements SystemEventListener {

    /** Marks the child this listener added (no id of its own: a form that does not prepend its id would clash). */
    static final String MARK = "sachet.formNonce";

    @Override
    public boolean isListenerForSource(Object source) {
        return source instanceof UIForm;
    }

    @Override
    public void processEvent(SystemEvent event) {
        UIForm form = (UIForm) event.getSource();
        for (UIComponent child : form.getChildren()) {
            if (child.getAttributes().containsKey(MARK)) {
                return;
            }
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        HtmlOutputText nonce = new HtmlOutputText();
        nonce.getAttributes().put(MARK, Boolean.TRUE);
        nonce.setTransient(true);
        nonce.setEscape(false);
        nonce.setValueExpression("value", faces.getApplication().getExpressionFactory().createValueExpression(
                faces.getELContext(),
                "<input type=\"hidden\" name=\"primefaces.nonce\" value=\"#{view.viewMap['primefaces.nonce']}\"/>",
                String.class));
        form.getChildren().add(0, nonce);
    }
}
