package org.sachet.catalogue;

import jakarta.persistence.Column;
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
import org.sachet.content.safeguarding.Finding;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A new description for a published material, waiting for a reviewer (issue 14). Until it is approved the
 * catalogue keeps showing the published description and visibility: titles, a summary or a wider audience go
 * live only after the same review and personal-data scan as a new file. Nobody approves their own change.
 */
@Entity
@Table(name = "DESCRIPTION_CHANGE")
public class DescriptionChange {

    public enum State { PENDING, APPROVED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "MATERIAL_ID")
    private Material material;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEnglish;

    @Column(name = "TITLE_NE", nullable = false)
    private String titleNepali;

    @Column(name = "SUMMARY", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "MATERIAL_TYPE", nullable = false)
    private MaterialType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIBILITY", nullable = false)
    private Visibility visibility;

    /** The tags, comma-separated: a proposal is read whole, never searched by tag. */
    @Column(name = "TOPICS", nullable = false)
    private String topics;

    @Column(name = "AUDIENCES", nullable = false)
    private String audiences;

    @Column(name = "LANGUAGES", nullable = false)
    private String languages;

    /** What the scan found in the proposed titles and summary, one finding a line: for reviewers' eyes only. */
    @Column(name = "FINDINGS", nullable = false)
    private String findings;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private State state = State.PENDING;

    @Column(name = "PROPOSED_BY", nullable = false)
    private String proposedBy;

    @Column(name = "PROPOSED_AT", nullable = false)
    private Instant proposedAt;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECISION_NOTE")
    private String decisionNote;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected DescriptionChange() {
    }

    DescriptionChange(Material material, MaterialDraft draft, List<Finding> found, String by, Instant at) {
        this.material = Objects.requireNonNull(material);
        propose(draft, found, by, at);
    }

    /** The editor writes the proposal again while it waits: the newest text is what the reviewer sees. */
    void revise(MaterialDraft draft, List<Finding> found, String by, Instant at) {
        requirePending();
        propose(draft, found, by, at);
    }

    private void propose(MaterialDraft draft, List<Finding> found, String by, Instant at) {
        Material.check(draft);
        this.titleEnglish = draft.titleEnglish().strip();
        this.titleNepali = draft.titleNepali().strip();
        this.summary = draft.summary() == null ? "" : draft.summary().strip();
        this.type = draft.type();
        this.visibility = draft.visibility();
        this.topics = names(draft.topics());
        this.audiences = names(draft.audiences());
        this.languages = names(draft.languages());
        this.findings = found.stream().map(f -> f.kind() + "\t" + oneLine(f.text()) + "\t" + oneLine(f.context()))
                .collect(Collectors.joining("\n"));
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /**
     * A reviewer publishes the proposal. With findings, the note is required: it says why they may go out
     * (the programme's own helpline, say), as clearing a file's finding does.
     */
    void approve(String reviewer, String note, Instant at) {
        decide(reviewer, at);
        String clean = note == null ? "" : note.strip();
        if (hasFindings() && clean.isEmpty()) {
            throw new RuleViolation("note", "description.findingsNeedNote");
        }
        if (clean.length() > Material.MAX_REASON) {
            throw new RuleViolation("note", "material.field.tooLong", Material.MAX_REASON);
        }
        state = State.APPROVED;
        decisionNote = clean.isEmpty() ? null : clean;
    }

    void reject(String reviewer, String reason, Instant at) {
        String why = Material.required("reason", reason, Material.MAX_REASON);
        decide(reviewer, at);
        state = State.REJECTED;
        decisionNote = why;
    }

    private void decide(String reviewer, Instant at) {
        requirePending();
        if (reviewer.equals(proposedBy)) {
            throw new RuleViolation("description.ownChange");
        }
        decidedBy = reviewer;
        decidedAt = at;
    }

    private void requirePending() {
        if (state != State.PENDING) {
            throw new RuleViolation("description.decided");
        }
    }

    public boolean isPending() {
        return state == State.PENDING;
    }

    public boolean hasFindings() {
        return !findings.isEmpty();
    }

    /** The findings as kind, matched text and context: only ever shown to reviewers. */
    public List<String[]> findingsForReviewers() {
        return findings.isEmpty() ? List.of() : Arrays.stream(findings.split("\n")).map(l -> l.split("\t", 3)).toList();
    }

    public MaterialDraft toDraft() {
        return new MaterialDraft(titleEnglish, titleNepali, summary, type, visibility,
                split(topics, Topic::valueOf), split(audiences, Audience::valueOf), split(languages, MaterialLanguage::valueOf));
    }

    /** Tags as stored: their names in order, comma-separated. */
    static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static <T> Set<T> split(String text, Function<String, T> parse) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(parse).collect(Collectors.toSet());
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\t\\r\\n]+", " ");
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public State getState() {
        return state;
    }

    public String getProposedBy() {
        return proposedBy;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public long getVersion() {
        return version;
    }
}
