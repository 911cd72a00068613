package org.sachet.web.radio;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.content.script.ParsedScript;
import org.sachet.content.script.ScriptLine;
import org.sachet.content.script.ScriptText;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.Episode;
import org.sachet.radio.ScriptService;
import org.sachet.radio.ScriptVersion;

import java.util.List;

/**
 * An episode's page: its outline, its script (the latest version or the one asked for) with numbered lines, its
 * estimated spoken length against the target, and the list of versions to read or compare.
 */
@Named
@RequestScoped
public class EpisodePage {

    static final int MIN_PACE = 60;
    static final int MAX_PACE = 250;

    @Inject
    private ScriptService scripts;

    private String idParameter;
    private String versionParameter;
    private String paceParameter;
    private int wordsPerMinute;
    private boolean found = true;
    private boolean versionFound = true;
    private boolean paceRefused;
    private Episode episode;
    private List<ScriptVersion> versions = List.of();
    private ScriptVersion shown;
    private List<ScriptLine> lines = List.of();

    /** Reads the address's parameters itself, so that {@code ?v=abc} says "no such version" in the page. */
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
        versions = scripts.versions(id);
        Long pace = Addresses.number(paceParameter);
        paceRefused = paceParameter != null && !paceParameter.isBlank()
                && (pace == null || pace < MIN_PACE || pace > MAX_PACE);
        wordsPerMinute = pace == null || paceRefused ? episode.getSeries().usualWordsPerMinute() : pace.intValue();
        Long number = versionParameter == null || versionParameter.isBlank() ? Long.valueOf(0)
                : Addresses.number(versionParameter);
        if (versions.isEmpty() || number == null || number < 0 || number > Integer.MAX_VALUE) {
            versionFound = versions.isEmpty() && number != null && number == 0;
            return;
        }
        try {
            shown = scripts.version(id, number.intValue());
            lines = ScriptText.layout(shown.parsed(), episode.getSeries().scriptsInNepali());
        } catch (RuleViolation noSuchVersion) {
            versionFound = false;
        }
    }

    /** Whether the caller may write the script: producers only (administrators manage, they do not write). */
    public boolean isMayWrite() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PRODUCER");
    }

    /** The estimated spoken length of a version at the page's pace, e.g. "7.5". */
    public String minutes(ScriptVersion version) {
        double minutes = ParsedScript.minutes(version.getSpokenWords(), wordsPerMinute);
        return minutes == Math.rint(minutes) ? Long.toString((long) minutes) : Double.toString(minutes);
    }

    /** Whether the shown version runs longer than the target, or under three quarters of it. */
    public boolean isOffTarget() {
        if (shown == null) {
            return false;
        }
        double minutes = ParsedScript.minutes(shown.getSpokenWords(), wordsPerMinute);
        return minutes > episode.getTargetMinutes() || minutes < episode.getTargetMinutes() * 0.75;
    }

    public boolean isLatestShown() {
        return shown != null && shown.getNumber() == episode.getScriptVersions();
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public String getV() {
        return versionParameter;
    }

    public void setV(String v) {
        this.versionParameter = v;
    }

    public String getWpm() {
        return paceParameter;
    }

    public void setWpm(String wpm) {
        this.paceParameter = wpm;
    }

    public int getWordsPerMinute() {
        return wordsPerMinute;
    }

    public boolean isFound() {
        return found;
    }

    public boolean isVersionFound() {
        return versionFound;
    }

    public boolean isPaceRefused() {
        return paceRefused;
    }

    public int getMinPace() {
        return MIN_PACE;
    }

    public int getMaxPace() {
        return MAX_PACE;
    }

    public Episode getEpisode() {
        return episode;
    }

    public List<ScriptVersion> getVersions() {
        return versions;
    }

    public ScriptVersion getShown() {
        return shown;
    }

    public List<ScriptLine> getLines() {
        return lines;
    }
}
