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
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialType;
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
    static final int MAX_RETURN_NOTE = 1000;

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

    /** The version a producer sent for review, while it is in review; null otherwise. */
    @Column(name = "REVIEW_VERSION")
    private Integer reviewVersion;

    /** The version last approved; it stays what was approved when a new draft follows it. */
    @Column(name = "APPROVED_VERSION")
    private Integer approvedVersion;

    @Column(name = "APPROVED_BY")
    private String approvedBy;

    @Column(name = "APPROVED_AT")
    private Instant approvedAt;

    /** Why a reviewer sent the script back, until the next version is sent for review. */
    @Column(name = "RETURN_NOTE")
    private String returnNote;

    /** The catalogue's recording of the approved script, once it is recorded. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "RECORDING_MATERIAL_ID")
    private Material recording;

    /** The script version the recording was made from: the approved one at the time. */
    @Column(name = "RECORDED_VERSION")
    private Integer recordedVersion;

    @Column(name = "RECORDED_BY")
    private String recordedBy;

    @Column(name = "RECORDED_AT")
    private Instant recordedAt;

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
        reviewVersion = null;
        if (status == EpisodeStatus.OUTLINE || status == EpisodeStatus.IN_REVIEW
                || status == EpisodeStatus.APPROVED) {
            status = EpisodeStatus.SCRIPT_DRAFT;
        }
        return next;
    }

    /** Sends the latest version for review: the episode is in review until it is approved or sent back. */
    void sendForReview(ScriptVersion latest) {
        if (status != EpisodeStatus.SCRIPT_DRAFT || latest == null || latest.getNumber() != scriptVersions) {
            throw new RuleViolation(null, status == EpisodeStatus.IN_REVIEW ? "radio.review.alreadyInReview"
                    : "radio.review.nothingToSend");
        }
        reviewVersion = latest.getNumber();
        returnNote = null;
        status = EpisodeStatus.IN_REVIEW;
    }

    /**
     * Approves the version in review: four eyes (the reviewer is not who saved it) and every safeguarding finding
     * in it cleared. The version itself never changes; the episode remembers which one was approved.
     */
    void approve(ScriptVersion version, long openFindings, String reviewer, Instant at) {
        requireApprover(version, reviewer);
        if (openFindings > 0) {
            throw new RuleViolation(null, "radio.review.findingsOpen", openFindings);
        }
        approvedVersion = version.getNumber();
        approvedBy = reviewer;
        approvedAt = at;
        reviewVersion = null;
        status = EpisodeStatus.APPROVED;
    }

    /** Sends the script back to its producer with what to mend; the next version goes for review again. */
    void sendBack(ScriptVersion version, String note) {
        requireInReview(version);
        returnNote = RequiredText.of(note, MAX_RETURN_NOTE, "note", "radio.review.noteRequired");
        reviewVersion = null;
        status = EpisodeStatus.SCRIPT_DRAFT;
    }

    /** Refuses a reviewer who saved the version (its last author), or a version that is not the one in review. */
    void requireApprover(ScriptVersion version, String reviewer) {
        requireInReview(version);
        if (version.getSavedBy().equals(reviewer)) {
            throw new RuleViolation(null, "radio.review.ownScript");
        }
    }

    private void requireInReview(ScriptVersion version) {
        if (status != EpisodeStatus.IN_REVIEW || reviewVersion == null || version.getNumber() != reviewVersion) {
            throw new RuleViolation(null, "radio.review.notInReview");
        }
    }

    /**
     * Links the recording of the approved version: a catalogue material of type RADIO_RECORDING, uploaded,
     * reviewed and published there. A later recording (a new take) replaces the link.
     */
    void recorded(Material material, String by, Instant at) {
        if (approvedVersion == null || status != EpisodeStatus.APPROVED && status != EpisodeStatus.RECORDED) {
            throw new RuleViolation(null, "radio.recording.notApproved");
        }
        if (material.getType() != MaterialType.RADIO_RECORDING) {
            throw new RuleViolation("material", "radio.recording.notARecording");
        }
        if (!material.isPublished()) {
            throw new RuleViolation("material", "radio.recording.notPublished");
        }
        recording = material;
        recordedVersion = approvedVersion;
        recordedBy = by;
        recordedAt = at;
        status = EpisodeStatus.RECORDED;
    }

    /** A broadcast of it was confirmed aired: the episode has been on air (it stays so). */
    void aired() {
        status = EpisodeStatus.AIRED;
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

    public Material getRecording() {
        return recording;
    }

    public Integer getRecordedVersion() {
        return recordedVersion;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Integer getReviewVersion() {
        return reviewVersion;
    }

    public Integer getApprovedVersion() {
        return approvedVersion;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public int getScriptVersions() {
        return scriptVersions;
    }

    public long getVersion() {
        return version;
    }
}
