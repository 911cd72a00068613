package org.sachet.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.sachet.platform.IdBlocks;

import java.time.Instant;

/** One line of the audit trail: who did what to which record, when. Never changed once written. */
@Entity
@Table(name = "AUDIT_ENTRY")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "AUDIT_ENTRY_IDS", sequenceName = "AUDIT_ENTRY_IDS", allocationSize = IdBlocks.ALLOCATION)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_ENTRY_IDS")
    @Column(name = "ID")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR", nullable = false, updatable = false)
    private String actor;

    @Column(name = "AUDIT_ACTION", nullable = false, updatable = false)
    private String action;

    @Column(name = "SUBJECT_TYPE", nullable = false, updatable = false)
    private String subjectType;

    @Column(name = "SUBJECT_ID", updatable = false)
    private String subjectId;

    @Column(name = "DETAIL", updatable = false)
    private String detail;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
               String detail) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.detail = detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 2000);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
