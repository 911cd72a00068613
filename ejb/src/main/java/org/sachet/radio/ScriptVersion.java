package org.sachet.radio;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.sachet.content.script.ParsedScript;
import org.sachet.content.script.ScriptText;
import org.sachet.platform.RuleViolation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * One saved version of an episode's script: its scenes and cues as they were saved, never changed afterwards (a
 * version has no setters: editing saves the next version). Numbered from 1 in the episode. Its fingerprint is the
 * SHA-256 of the script written out, so the same text is recognised wherever it turns up.
 */
@Entity
@Table(name = "RADIO_SCRIPT_VERSION")
public class ScriptVersion {

    static final int MAX_NOTE = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EPISODE_ID", updatable = false)
    private Episode episode;

    @Column(name = "VERSION_NUMBER", nullable = false, updatable = false)
    private int number;

    @Column(name = "SAVED_BY", nullable = false, updatable = false)
    private String savedBy;

    @Column(name = "SAVED_AT", nullable = false, updatable = false)
    private Instant savedAt;

    @Column(name = "NOTE", updatable = false)
    private String note;

    @Column(name = "SPOKEN_WORDS", nullable = false, updatable = false)
    private int spokenWords;

    @Column(name = "CUE_COUNT", nullable = false, updatable = false)
    private int cueCount;

    @Column(name = "TEXT_SHA256", nullable = false, updatable = false)
    private String textSha256;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "RADIO_SCRIPT_SCENE", joinColumns = @JoinColumn(name = "VERSION_ID"))
    @OrderColumn(name = "POSITION")
    private List<ScriptScene> scenes = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "RADIO_SCRIPT_CUE", joinColumns = @JoinColumn(name = "VERSION_ID"))
    @OrderColumn(name = "POSITION")
    private List<ScriptCue> cues = new ArrayList<>();

    protected ScriptVersion() {
    }

    ScriptVersion(Episode episode, int number, ScriptCheck checked, String note, String savedBy, Instant savedAt) {
        checked.requireNoProblems();
        String trimmed = note == null ? null : note.strip();
        if (trimmed != null && trimmed.length() > MAX_NOTE) {
            throw new RuleViolation("note", "radio.script.noteTooLong", MAX_NOTE);
        }
        this.episode = episode;
        this.number = number;
        this.note = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.savedBy = savedBy;
        this.savedAt = savedAt;
        this.scenes.addAll(checked.scenes());
        this.cues.addAll(checked.cues());
        ParsedScript script = parsed();
        this.spokenWords = script.spokenWords();
        this.cueCount = cues.size();
        this.textSha256 = sha256(checked.canonicalText());
    }

    /** The version as a script to write out, print or compare, with the characters' names as saved. */
    public ParsedScript parsed() {
        return asParsed(scenes, cues);
    }

    /** The version written out, one line per heading and cue, in the series' language. */
    public List<String> lines() {
        return ScriptText.lines(parsed(), episode.getSeries().scriptsInNepali());
    }

    static ParsedScript asParsed(List<ScriptScene> scenes, List<ScriptCue> cues) {
        List<ParsedScript.Scene> parsedScenes = new ArrayList<>();
        int position = 0;
        for (int s = 0; s < scenes.size(); s++) {
            List<ParsedScript.Cue> sceneCues = new ArrayList<>();
            while (position < cues.size() && cues.get(position).getSceneNumber() == s + 1) {
                ScriptCue cue = cues.get(position++);
                sceneCues.add(new ParsedScript.Cue(cue.getKind(), cue.getSpeaker(), cue.getDirection(),
                        cue.getWords(), 0));
            }
            parsedScenes.add(new ParsedScript.Scene(scenes.get(s).getHeading(), sceneCues));
        }
        return new ParsedScript(parsedScenes, List.of());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Episode getEpisode() {
        return episode;
    }

    public int getNumber() {
        return number;
    }

    public String getSavedBy() {
        return savedBy;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public String getNote() {
        return note;
    }

    public int getSpokenWords() {
        return spokenWords;
    }

    public int getCueCount() {
        return cueCount;
    }

    public String getTextSha256() {
        return textSha256;
    }

    public List<ScriptScene> getScenes() {
        return Collections.unmodifiableList(scenes);
    }

    public List<ScriptCue> getCues() {
        return Collections.unmodifiableList(cues);
    }
}
