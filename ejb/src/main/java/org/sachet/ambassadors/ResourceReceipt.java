package org.sachet.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** A part of a commitment received: partial receipts add up. */
@Entity
@Table(name = "RESOURCE_RECEIPT")
public class ResourceReceipt {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COMMITMENT_ID")
    private ResourceCommitment commitment;

    @Column(name = "RECEIVED_ON", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "AMOUNT", nullable = false)
    private long amount;

    @Column(name = "RECORDED_BY", nullable = false)
    private String recordedBy;

    @Column(name = "RECORDED_AT", nullable = false)
    private Instant recordedAt;

    protected ResourceReceipt() {
    }

    ResourceReceipt(ResourceCommitment commitment, LocalDate receivedOn, long amount, String recordedBy,
                    Instant recordedAt) {
        this.commitment = commitment;
        this.receivedOn = receivedOn;
        this.amount = amount;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public long getAmount() {
        return amount;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
