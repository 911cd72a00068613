package org.sachet.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import org.sachet.http.DatabaseFaults;

/** What the server-error page says: a database that does not answer is told apart from a fault of ours. */
@Named
@RequestScoped
public class ErrorPage {

    public boolean isDatabaseUnreachable() {
        Object error = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                .get(RequestDispatcher.ERROR_EXCEPTION);
        return error instanceof Throwable thrown && DatabaseFaults.unreachable(thrown).isPresent();
    }
}
