package org.sachet.radio;

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
import org.sachet.content.safeguarding.Finding;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;

/**
 * Personal data the safeguarding scan found in a script version sent for review (a phone number, a name on the
 * watch list, ...), with its line. It blocks approval until a reviewer clears it as not personal data; a real
 * finding is mended by the producer in the next version, which is sent for review again.
 */
@Entity
@Table(name = "RADIO_SCRIPT_FINDING")
public class ScriptFinding {

    static final int MAX_NOTE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "VERSION_ID", updatable = false)
    private ScriptVersion version;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, updatable = false)
    private FindingKind kind;

    @Column(name = "MATCHED_TEXT", nullable = false, updatable = false)
    private String matchedText;

    @Column(name = "CONTEXT_TEXT", nullable = false, updatable = false)
    private String context;

    @Column(name = "LINE_NUMBER", nullable = false, updatable = false)
    private int lineNumber;

    @Column(name = "CLEARED_BY")
    private String clearedBy;

    @Column(name = "CLEARED_AT")
    private Instant clearedAt;

    @Column(name = "CLEARING_NOTE")
    private String clearingNote;

    protected ScriptFinding() {
    }

    ScriptFinding(ScriptVersion version, Finding finding, int lineNumber) {
        this.version = version;
        this.kind = finding.kind();
        this.matchedText = cut(finding.text(), 300);
        this.context = cut(finding.context(), 600);
        this.lineNumber = lineNumber;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Whether this is the same finding as one the scan makes again (the same words of the same kind and line). */
    boolean sameAs(Finding finding, int line) {
        return kind == finding.kind() && line == lineNumber && matchedText.equals(cut(finding.text(), 300));
    }

    /** A reviewer says it is not personal data (a helpline, a character's made-up name) and why. */
    void clear(String reviewer, String note, Instant at) {
        if (clearedBy != null) {
            throw new RuleViolation(null, "finding.alreadyCleared");
        }
        this.clearingNote = RequiredText.of(note, MAX_NOTE, "note", "radio.finding.noteRequired");
        this.clearedBy = reviewer;
        this.clearedAt = at;
    }

    public boolean isCleared() {
        return clearedBy != null;
    }

    public Long getId() {
        return id;
    }

    public ScriptVersion getVersion() {
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

    public int getLineNumber() {
        return lineNumber;
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
