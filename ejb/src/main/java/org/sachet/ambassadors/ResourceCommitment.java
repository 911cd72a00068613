package org.sachet.ambassadors;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A resource promised to an action plan: by whom, cash or in kind (with what and its estimated value), when, how
 * many rupees; and what of it was received, in parts that add up. Receiving more than was promised happens (a
 * ward office rounds up) but is a typing error more often, so it needs the person's confirmation.
 */
@Entity
@Table(name = "RESOURCE_COMMITMENT")
public class ResourceCommitment {

    /** More rupees than this in one commitment is a typing error. */
    public static final long MAX_NPR = 100_000_000L;
    static final int MAX_DESCRIPTION = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "PLAN_ID")
    private ActionPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(name = "SOURCE", nullable = false)
    private ResourceSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false)
    private ResourceKind kind;

    @Column(name = "DESCRIPTION")
    private String description;

    @Column(name = "PROMISED_ON", nullable = false)
    private LocalDate promisedOn;

    @Column(name = "AMOUNT_PROMISED", nullable = false)
    private long amountPromised;

    @Column(name = "EVIDENCE_DOCUMENT_ID")
    private Long evidenceDocumentId;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "commitment", cascade = CascadeType.ALL)
    @OrderBy("receivedOn, id")
    private List<ResourceReceipt> receipts = new ArrayList<>();

    @Version
    @Column(name = "VERSION")
    private long version;

    protected ResourceCommitment() {
    }

    ResourceCommitment(ActionPlan plan, ResourceSource source, ResourceKind kind, String description,
                       LocalDate promisedOn, Long amount, LocalDate today, String createdBy, Instant createdAt) {
        if (source == null) {
            throw new RuleViolation("source", "resource.source.required");
        }
        if (kind == null) {
            throw new RuleViolation("kind", "resource.kind.required");
        }
        String what = description == null ? "" : description.strip();
        if (kind == ResourceKind.IN_KIND && what.isEmpty() || what.length() > MAX_DESCRIPTION) {
            throw new RuleViolation("description", "resource.description.required", MAX_DESCRIPTION);
        }
        if (promisedOn == null || promisedOn.isAfter(today) || promisedOn.isBefore(Ambassador.EARLIEST_SELECTION)) {
            throw new RuleViolation("promisedOn", "resource.promisedOn.invalid");
        }
        this.amountPromised = checkedAmount("amountPromised", amount);
        this.plan = plan;
        this.source = source;
        this.kind = kind;
        this.description = what.isEmpty() ? null : what;
        this.promisedOn = promisedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    private static long checkedAmount(String field, Long amount) {
        if (amount == null || amount <= 0) {
            throw new RuleViolation(field, "resource.amount.positive");
        }
        if (amount > MAX_NPR) {
            throw new RuleViolation(field, "resource.amount.tooLarge", MAX_NPR);
        }
        return amount;
    }

    /**
     * A part received on a day. Beyond what was promised only when the person confirmed it
     * ({@code aboveConfirmed}); never before the promise, never after today.
     */
    public ResourceReceipt receive(LocalDate on, Long amount, boolean aboveConfirmed, LocalDate today,
                                   String recordedBy, Instant now) {
        long part = checkedAmount("amount", amount);
        if (on == null || on.isBefore(promisedOn) || on.isAfter(today)) {
            throw new RuleViolation("receivedOn", "resource.receivedOn.invalid", promisedOn);
        }
        if (received() + part > amountPromised && !aboveConfirmed) {
            throw new RuleViolation("amount", "resource.receipt.abovePromise", received() + part, amountPromised);
        }
        if (received() + part > MAX_NPR) {
            throw new RuleViolation("amount", "resource.amount.tooLarge", MAX_NPR);
        }
        ResourceReceipt receipt = new ResourceReceipt(this, on, part, recordedBy, now);
        receipts.add(receipt);
        return receipt;
    }

    void attachEvidence(long documentId) {
        evidenceDocumentId = documentId;
    }

    /** What was received so far, in rupees. */
    public long received() {
        return receipts.stream().mapToLong(ResourceReceipt::getAmount).sum();
    }

    public long outstanding() {
        return Math.max(0, amountPromised - received());
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public ResourceSource getSource() {
        return source;
    }

    public ResourceKind getKind() {
        return kind;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getPromisedOn() {
        return promisedOn;
    }

    public long getAmountPromised() {
        return amountPromised;
    }

    public Long getEvidenceDocumentId() {
        return evidenceDocumentId;
    }

    public List<ResourceReceipt> getReceipts() {
        return List.copyOf(receipts);
    }

    public long getVersion() {
        return version;
    }

    String describe() {
        return "commitment " + id + " of plan " + plan.getId() + " (" + source + ", " + kind + ", NPR "
                + amountPromised + " promised " + promisedOn + ", NPR " + received() + " received)";
    }
}
