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
import org.sachet.content.safeguarding.FindingKind;

import java.time.Instant;

/**
 * Personal data the safeguarding scan found in a version (its text or its metadata). It blocks publication
 * until a reviewer clears it as a false positive; a real finding is fixed by uploading a corrected version.
 */
@Entity
@Table(name = "SAFEGUARDING_FINDING")
public class SafeguardingFinding {

    /** Where in the version the finding was made. */
    public enum Source { TEXT, METADATA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "VERSION_ID", updatable = false)
    private MaterialVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false)
    private FindingKind kind;

    @Column(name = "MATCHED_TEXT", nullable = false, updatable = false)
    private String matchedText;

    @Column(name = "CONTEXT_TEXT", nullable = false, updatable = false)
    private String context;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false, updatable = false)
    private Source source;

    @Column(name = "START_OFFSET", nullable = false, updatable = false)
    private int start;

    @Column(name = "CLEARED_BY")
    private String clearedBy;

    @Column(name = "CLEARED_AT")
    private Instant clearedAt;

    @Column(name = "CLEARING_NOTE")
    private String clearingNote;

    protected SafeguardingFinding() {
    }

    SafeguardingFinding(MaterialVersion version, org.sachet.content.safeguarding.Finding finding, Source source) {
        this.version = version;
        this.kind = finding.kind();
        this.matchedText = cut(finding.text(), 300);
        this.context = cut(finding.context(), 600);
        this.source = source;
        this.start = finding.start();
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    void clear(String reviewer, String note, Instant at) {
        if (clearedBy != null) {
            throw new org.sachet.platform.RuleViolation("finding.alreadyCleared");
        }
        clearedBy = reviewer;
        clearingNote = note;
        clearedAt = at;
    }

    public boolean isOpen() {
        return clearedBy == null;
    }

    public Long getId() {
        return id;
    }

    public MaterialVersion getVersion() {
        return version;
    }

    public FindingKind getKind() {
        return kind;
    }

    public String getMatchedText() {
        return matchedText;
    }

    public String getContext() {
        return context;
    }

    public Source getSource() {
        return source;
    }

    public int getStart() {
        return start;
    }

    public String getClearedBy() {
        return clearedBy;
    }

    public Instant getClearedAt() {
        return clearedAt;
    }

    public String getClearingNote() {
        return clearingNote;
    }
}
