package org.sachet.radio;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * An episode of a series: its number, title, synopsis, the key messages it carries and how long it should run.
 * It starts as an outline; its script, review, recording and broadcasts move it on.
 */
@Entity
@Table(name = "RADIO_EPISODE")
public class Episode {

    static final int MAX_NUMBER = 999;
    static final int MAX_TITLE = 200;
    static final int MAX_SYNOPSIS = 4000;
    static final int MAX_MINUTES = 120;
    static final int MAX_SCRIPT_VERSIONS = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "SERIES_ID")
    private RadioSeries series;

    @Column(name = "EPISODE_NUMBER", nullable = false)
    private int number;

    @Column(name = "TITLE", nullable = false)
    private String title;

    @Column(name = "SYNOPSIS", nullable = false)
    private String synopsis;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RADIO_EPISODE_MESSAGE", joinColumns = @JoinColumn(name = "EPISODE_ID"))
    @Column(name = "MESSAGE_NUMBER")
    private Set<Integer> messages = new TreeSet<>();

    @Column(name = "TARGET_MINUTES", nullable = false)
    private int targetMinutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false)
    private EpisodeStatus status;

    /** How many versions its script has had: the latest one's number, 0 before the first. */
    @Column(name = "SCRIPT_VERSIONS", nullable = false)
    private int scriptVersions;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Episode() {
    }

    Episode(RadioSeries series, EpisodeDetails details, String createdBy, Instant createdAt) {
        this.series = series;
        describe(details);
        this.status = EpisodeStatus.OUTLINE;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Corrects the outline: number, title, synopsis, messages and target length. */
    public void correct(EpisodeDetails details) {
        describe(details);
    }

    private void describe(EpisodeDetails details) {
        Integer n = details.number();
        if (n == null || n < 1 || n > MAX_NUMBER) {
            throw new RuleViolation("number", "radio.episode.number.invalid", MAX_NUMBER);
        }
        series.requireFreeNumber(n, this);
        String t = RequiredText.of(details.title(), MAX_TITLE, "title", "radio.episode.title.invalid");
        String s = RequiredText.of(details.synopsis(), MAX_SYNOPSIS, "synopsis", "radio.episode.synopsis.invalid");
        Set<Integer> carried = details.messages() == null ? Set.of() : details.messages();
        if (carried.isEmpty()) {
            throw new RuleViolation("messages", "radio.episode.messages.required");
        }
        carried.forEach(m -> series.requireMessage(m, "messages"));
        Integer minutes = details.targetMinutes();
        if (minutes == null || minutes < 1 || minutes > MAX_MINUTES) {
            throw new RuleViolation("targetMinutes", "radio.episode.minutes.invalid", MAX_MINUTES);
        }
        this.number = n;
        this.title = t;
        this.synopsis = s;
        this.messages.clear();
        this.messages.addAll(carried);
        this.targetMinutes = minutes;
    }

    /**
     * The script's next version, written from the version the producer was shown ({@code shownScriptVersion}, 0
     * for none): refused when someone saved another meanwhile, when the text has problems, or when it is the
     * latest version's text again. A script in review or approved goes back to being a draft; what was approved
     * stays as it was, in its own version.
     */
    ScriptVersion nextScript(ScriptCheck checked, int shownScriptVersion, ScriptVersion latest, String note,
                             String by, Instant at) {
        if (shownScriptVersion != scriptVersions) {
            throw new RuleViolation(null, "radio.script.changedMeanwhile", scriptVersions);
        }
        if (scriptVersions >= MAX_SCRIPT_VERSIONS) {
            throw new RuleViolation(null, "radio.script.tooManyVersions", MAX_SCRIPT_VERSIONS);
        }
        checked.requireNoProblems();
        if (latest != null && latest.getTextSha256().equals(ScriptVersion.sha256(checked.canonicalText()))) {
            throw new RuleViolation("text", "radio.script.unchanged", latest.getNumber());
        }
        ScriptVersion next = new ScriptVersion(this, scriptVersions + 1, checked, note, by, at);
        scriptVersions++;
        if (status == EpisodeStatus.OUTLINE || status == EpisodeStatus.IN_REVIEW
                || status == EpisodeStatus.APPROVED) {
            status = EpisodeStatus.SCRIPT_DRAFT;
        }
        return next;
    }

    /** For the audit trail. */
    public String describe() {
        return "episode " + number + " " + title + " (" + targetMinutes + " min, messages " + messages + ", " + status
                + ")";
    }

    public Long getId() {
        return id;
    }

    public RadioSeries getSeries() {
        return series;
    }

    public int getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSynopsis() {
        return synopsis;
    }

    public Set<Integer> getMessages() {
        return Collections.unmodifiableSet(new TreeSet<>(messages));
    }

    public int getTargetMinutes() {
        return targetMinutes;
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public int getScriptVersions() {
        return scriptVersions;
    }

    public long getVersion() {
        return version;
    }
}
