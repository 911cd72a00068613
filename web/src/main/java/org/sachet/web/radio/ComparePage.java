package org.sachet.web.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.content.script.ScriptComparison;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.Episode;
import org.sachet.radio.ScriptService;

/** Two versions of an episode's script side by side, the changes marked; the unchanged stretches folded. */
@Named
@RequestScoped
public class ComparePage {

    @Inject
    private ScriptService scripts;

    private String idParameter;
    private String fromParameter;
    private String toParameter;
    private boolean whole;
    private boolean found = true;
    private boolean versionsFound = true;
    private Episode episode;
    private int older;
    private int newer;
    private ScriptComparison comparison;

    public void load() {
        Long id = Addresses.number(idParameter);
        if (id == null) {
            found = false;
            return;
        }
        try {
            episode = scripts.episode(id);
        } catch (RuleViolation notHere) {
            found = false;
            return;
        }
        Long from = Addresses.number(fromParameter);
        Long to = Addresses.number(toParameter);
        if (from == null || to == null || from < 1 || to < 1 || from > episode.getScriptVersions()
                || to > episode.getScriptVersions()) {
            versionsFound = false;
            return;
        }
        older = (int) Math.min(from, to);
        newer = (int) Math.max(from, to);
        comparison = scripts.compare(id, older, newer, whole);
    }

    public String getEpisode() {
        return idParameter;
    }

    public void setEpisode(String episode) {
        this.idParameter = episode;
    }

    public String getFrom() {
        return fromParameter;
    }

    public void setFrom(String from) {
        this.fromParameter = from;
    }

    public String getTo() {
        return toParameter;
    }

    public void setTo(String to) {
        this.toParameter = to;
    }

    public boolean isWhole() {
        return whole;
    }

    public void setWhole(boolean whole) {
        this.whole = whole;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isVersionsFound() {
        return versionsFound;
    }

    public Episode getShownEpisode() {
        return episode;
    }

    public int getOlder() {
        return older;
    }

    public int getNewer() {
        return newer;
    }

    public ScriptComparison getComparison() {
        return comparison;
    }
}
