package org.sachet.web.radio;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.DramaCharacter;
import org.sachet.radio.Episode;
import org.sachet.radio.ScriptCheck;
import org.sachet.radio.ScriptProblem;
import org.sachet.radio.ScriptRefused;
import org.sachet.radio.ScriptService;
import org.sachet.radio.ScriptVersion;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writing an episode's script: the text in the notation a script document uses ({@code NAME: words}, scene
 * headings, narrator, sound and music cues), the series' characters to pick from, a check that lists what cannot
 * be saved line by line, a document to import into the editor, and saving as the next version. The editor keeps
 * the version it started from, so a save over someone else's, or the same form sent twice, is refused.
 */
@Named
@ViewScoped
public class ScriptEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ScriptService scripts;

    private String idParameter;
    private long episodeId;
    private boolean found = true;
    private int shownScriptVersion;
    private String text = "";
    private String note;
    private String importedFrom;
    private transient Part document;
    private List<Problem> problems = List.of();
    private String checked;

    private transient Episode episode;

    /** A problem of the text as the page lists it: the line and what is wrong, in the viewer's language. */
    public record Problem(int line, String text) implements Serializable {
    }

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
        episodeId = id;
        shownScriptVersion = episode.getScriptVersions();
        if (shownScriptVersion > 0) {
            ScriptVersion latest = scripts.version(id, 0);
            text = String.join("\n", latest.lines()) + "\n";
        }
    }

    /** The episode, read again on a postback (the view keeps only its id). */
    public Episode getEpisode() {
        if (episode == null && found && episodeId > 0) {
            episode = scripts.episode(episodeId);
        }
        return episode;
    }

    public List<DramaCharacter> getCharacters() {
        return getEpisode() == null ? List.of() : getEpisode().getSeries().getCharacters();
    }

    /** Reads the text without saving: how many scenes, cues and words, and what would be refused. */
    public void check() {
        ScriptCheck check = scripts.check(episodeId, text);
        show(check.problems(), "radio.script.toMend");
        if (problems.isEmpty()) {
            checked = Feedback.text("radio.script.checked", check.parsed().scenes().size(), check.parsed().cueCount(),
                    check.parsed().spokenWords());
            Feedback.info("radio.script.readable");
        }
    }

    /** Saves the text as the next version and opens it. */
    public String save() {
        try {
            ScriptVersion saved = scripts.save(episodeId, shownScriptVersion, text, note);
            Feedback.info("radio.script.saved", saved.getNumber());
            Feedback.keepForRedirect();
            return "/radio/episode?faces-redirect=true&id=" + episodeId + "&v=" + saved.getNumber();
        } catch (ScriptRefused refused) {
            show(refused.problems(), "radio.script.refused");
            return null;
        } catch (RuleViolation e) {
            problems = List.of();
            Feedback.error(e);
            return null;
        }
    }

    /** Reads a script document into the editor (replacing its text) and lists what could not be read. */
    public void importDocument() {
        if (document == null || document.getSize() == 0) {
            Feedback.error("upload.empty");
            return;
        }
        try (InputStream content = document.getInputStream()) {
            ScriptService.ImportedScript imported = scripts.importDocument(episodeId, content,
                    document.getSubmittedFileName(), document.getSize());
            text = imported.text();
            importedFrom = imported.fileName();
            note = Feedback.text("radio.script.importNote", imported.fileName());
            show(imported.check().problems(), "radio.script.toMend");
            Feedback.info("radio.import.read", imported.fileName(), imported.check().parsed().cueCount());
        } catch (RuleViolation e) {
            Feedback.error(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lists the problems under the text, with a message saying how many (refused on a save, to mend otherwise). */
    private void show(List<ScriptProblem> found, String summaryKey) {
        checked = null;
        problems = found.stream().map(p -> new Problem(p.lineNumber(),
                Feedback.text(p.messageKey(), p.arguments().toArray()))).toList();
        if (!problems.isEmpty()) {
            Feedback.error(summaryKey, problems.size());
        }
    }

    public String getId() {
        return idParameter;
    }

    public void setId(String id) {
        this.idParameter = id;
    }

    public boolean isFound() {
        return found;
    }

    public int getShownScriptVersion() {
        return shownScriptVersion;
    }

    public void setShownScriptVersion(int shownScriptVersion) {
        this.shownScriptVersion = shownScriptVersion;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getImportedFrom() {
        return importedFrom;
    }

    public Part getDocument() {
        return document;
    }

    public void setDocument(Part document) {
        this.document = document;
    }

    public List<Problem> getProblems() {
        return problems;
    }

    public String getChecked() {
        return checked;
    }
}
