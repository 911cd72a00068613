package org.sachet.ambassadors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.calendar.NepaliTime;
import org.sachet.platform.RuleViolation;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What action plans secured from local governments and others: commitments, the receipts that add up against
 * them, the letters that prove them (staff documents), and the totals promised and received by local level in a
 * fiscal year.
 */
@Stateless
@RolesAllowed({"ADMIN", "MANAGER", "COORDINATOR"})
public class ResourcesSecured {

    static final String AUDIT_TYPE = "ResourceCommitment";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private ActionPlanService plans;

    @Inject
    private StaffDocuments documents;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** A plan's commitments, the earliest promised first, with their receipts. */
    public List<ResourceCommitment> of(long planId) {
        ActionPlan plan = plans.plan(planId);
        return em.createQuery("select c from ResourceCommitment c where c.plan = :plan order by c.promisedOn, c.id",
                ResourceCommitment.class).setParameter("plan", plan).getResultList();
    }

    /** A promise to a plan as the caller saw it ({@code planVersion}: the same form sent twice adds it once). */
    public ResourceCommitment promise(long planId, long planVersion, ResourceSource source, ResourceKind kind,
                                      String description, java.time.LocalDate promisedOn, Long amount) {
        ActionPlan plan = plans.changing(planId, planVersion);
        if (plan.getStatus() == PlanStatus.CANCELLED) {
            throw new RuleViolation(null, "plan.closed");
        }
        ResourceCommitment commitment = new ResourceCommitment(plan, source, kind, description, promisedOn, amount,
                NepaliTime.today(), caller.name(), clock.instant());
        em.persist(commitment);
        plans.saveChanges(plan);
        audit.record(caller.name(), "resource.promised", AUDIT_TYPE, commitment.getId(), commitment.describe());
        return commitment;
    }

    public ResourceCommitment commitment(long id) {
        ResourceCommitment commitment = em.find(ResourceCommitment.class, id);
        if (commitment == null || !caller.localLevelCodes().contains(commitment.getPlan().getLocalLevelCode())) {
            throw new RuleViolation(null, "resource.notFound");
        }
        return commitment;
    }

    /** A part received; above what was promised only when confirmed. */
    public ResourceCommitment receive(long commitmentId, long version, java.time.LocalDate on, Long amount,
                                      boolean aboveConfirmed) {
        ResourceCommitment commitment = commitment(commitmentId);
        if (commitment.getVersion() != version) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
        // a receipt is a row of its own and leaves the commitment's row as it was: its version is raised so that of
        // two receipts sent at once, one is refused and the sum above the promise is always checked
        em.lock(commitment, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        commitment.receive(on, amount, aboveConfirmed, NepaliTime.today(), caller.name(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation(null, "plan.changedMeanwhile");
        }
        audit.record(caller.name(), "resource.received", AUDIT_TYPE, commitmentId, commitment.describe());
        return commitment;
    }

    /** Keeps the letter or decision that proves a commitment, replacing an earlier one. */
    public ResourceCommitment attachEvidence(long commitmentId, InputStream content, String fileName, long size) {
        ResourceCommitment commitment = commitment(commitmentId);
        Long earlier = commitment.getEvidenceDocumentId();
        StaffDocument document = documents.store(content, fileName, size, caller.name());
        commitment.attachEvidence(document.getId());
        if (earlier != null) {
            documents.forget(earlier);
        }
        em.flush();
        audit.record(caller.name(), "resource.evidenceAttached", AUDIT_TYPE, commitmentId,
                "document " + document.getId() + " (" + document.getMediaType() + ", " + document.getSize() + " bytes)");
        return commitment;
    }

    /** The evidence of a commitment to open, and the audit entry that says who opened it. */
    public StaffDocuments.Opened openEvidence(long commitmentId) {
        ResourceCommitment commitment = commitment(commitmentId);
        if (commitment.getEvidenceDocumentId() == null) {
            throw new RuleViolation(null, "resource.evidence.none");
        }
        StaffDocument document = documents.document(commitment.getEvidenceDocumentId());
        Path file = documents.file(document).orElseThrow(() -> new RuleViolation(null, "resource.evidence.none"));
        audit.record(caller.name(), "resource.evidenceViewed", AUDIT_TYPE, commitmentId, "document " + document.getId());
        return new StaffDocuments.Opened(file, document.getFileName(), document.getMediaType(), document.getSize());
    }

    /** Promised (by promise date) and received (by receipt date) in a fiscal period, for one local level. */
    public record Totals(int localLevelCode, long promised, long received, long promisedByLocalGovernments,
                         long receivedFromLocalGovernments) {
    }

    /** The totals of each local level of the caller's places with anything promised or received in the period. */
    public List<Totals> totals(FiscalPeriod period) {
        Set<Integer> levels = caller.localLevelCodes();
        if (levels.isEmpty()) {
            return List.of();
        }
        Map<Integer, long[]> sums = new TreeMap<>();
        em.createQuery("select c.plan.localLevelCode, sum(c.amountPromised),"
                        + " sum(case when c.source = :ward or c.source = :municipality then c.amountPromised else 0 end)"
                        + " from ResourceCommitment c where c.plan.localLevelCode in :levels"
                        + " and c.promisedOn between :from and :to group by c.plan.localLevelCode", Object[].class)
                .setParameter("ward", ResourceSource.WARD_OFFICE)
                .setParameter("municipality", ResourceSource.MUNICIPALITY).setParameter("levels", levels)
                .setParameter("from", period.start()).setParameter("to", period.end()).getResultList()
                .forEach(row -> {
                    long[] sum = sums.computeIfAbsent((Integer) row[0], k -> new long[4]);
                    sum[0] += ((Number) row[1]).longValue();
                    sum[2] += ((Number) row[2]).longValue();
                });
        em.createQuery("select r.commitment.plan.localLevelCode, sum(r.amount),"
                        + " sum(case when r.commitment.source = :ward or r.commitment.source = :municipality"
                        + " then r.amount else 0 end)"
                        + " from ResourceReceipt r where r.commitment.plan.localLevelCode in :levels"
                        + " and r.receivedOn between :from and :to group by r.commitment.plan.localLevelCode",
                        Object[].class)
                .setParameter("ward", ResourceSource.WARD_OFFICE)
                .setParameter("municipality", ResourceSource.MUNICIPALITY).setParameter("levels", levels)
                .setParameter("from", period.start()).setParameter("to", period.end()).getResultList()
                .forEach(row -> {
                    long[] sum = sums.computeIfAbsent((Integer) row[0], k -> new long[4]);
                    sum[1] += ((Number) row[1]).longValue();
                    sum[3] += ((Number) row[2]).longValue();
                });
        List<Totals> totals = new ArrayList<>();
        sums.forEach((level, sum) -> totals.add(new Totals(level, sum[0], sum[1], sum[2], sum[3])));
        return totals;
    }
}
