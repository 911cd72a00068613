package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.WatchListService;
import org.sachet.catalogue.WatchedName;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.List;

/** Reviewers keep the confidential list of names that must never be published. */
@Named
@ViewScoped
public class WatchListEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private WatchListService watchList;

    private String spellings;

    public void add() {
        try {
            watchList.add(spellings);
            spellings = null;
            Feedback.info("watchList.added");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    public void remove(WatchedName name) {
        watchList.remove(name.getId());
        Feedback.info("watchList.removed");
    }

    public List<WatchedName> getNames() {
        return watchList.names();
    }

    public String getSpellings() {
        return spellings;
    }

    public void setSpellings(String spellings) {
        this.spellings = spellings;
    }
}
