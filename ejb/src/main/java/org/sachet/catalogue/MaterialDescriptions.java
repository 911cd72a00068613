package org.sachet.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.content.safeguarding.Finding;
import org.sachet.content.safeguarding.SafeguardingScanner;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * How a material's description changes. A draft's changes at once; a published material's becomes a
 * {@link DescriptionChange} that a reviewer approves or rejects, scanned for personal data like a new file,
 * while the catalogue keeps showing what was published (issue 14). A form saved after someone else changed
 * the description meanwhile is refused, never written over the other's work.
 */
@Stateless
public class MaterialDescriptions {

    /** What saving a description did. */
    public enum Outcome { SAVED, WAITING_FOR_REVIEW, UNCHANGED }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MaterialChanged> materialChanged;

    private final SafeguardingScanner scanner = new SafeguardingScanner();
    private final Clock clock = Clock.systemUTC();

    /**
     * What a form read, to tell later whether the description changed meanwhile: a digest of the published
     * description and the waiting change's id and version. A new file or a publication does not change it.
     */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public String stampOf(long materialId) {
        Material material = require(materialId);
        return stamp(material, pending(material));
    }

    private static String stamp(Material material, Optional<DescriptionChange> waiting) {
        String read = canonical(material.toDraft()) + "\u0000"
                + waiting.map(c -> c.getId() + ":" + c.getVersion()).orElse("-");
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(read.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A description as one text, as it is stored (stripped, tags in order): equal texts, equal descriptions. */
    private static String canonical(MaterialDraft d) {
        return String.join("\u0000", d.titleEnglish().strip(), d.titleNepali().strip(),
                d.summary() == null ? "" : d.summary().strip(), d.type().name(), d.visibility().name(),
                DescriptionChange.names(d.topics()), DescriptionChange.names(d.audiences()),
                DescriptionChange.names(d.languages()));
    }

    /** The description waiting for review, if any. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Optional<DescriptionChange> pendingFor(long materialId) {
        return pending(require(materialId));
    }

    /** The latest decided change (to show the editor a rejection's reason), if any. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Optional<DescriptionChange> lastDecidedFor(long materialId) {
        return em.createQuery("select c from DescriptionChange c where c.material.id = :m and c.state <> :p "
                        + "order by c.decidedAt desc", DescriptionChange.class)
                .setParameter("m", materialId).setParameter("p", DescriptionChange.State.PENDING)
                .setMaxResults(1).getResultStream().findFirst();
    }

    /**
     * Saves a description from a form that read {@code stamp}. A draft material changes at once; a published one
     * gets (or revises) its change waiting for review.
     */
    @RolesAllowed("EDITOR")
    public Outcome describe(long materialId, MaterialDraft draft, String stamp) {
        Material.check(draft);
        Material material = require(materialId);
        Optional<DescriptionChange> waiting = pending(material);
        if (stamp != null && !stamp.equals(stamp(material, waiting))) {
            throw new RuleViolation("material.changedMeanwhile");
        }
        if (!material.isPublished()) {
            material.describe(draft);
            flushOrRefuse(); // also gives the new version number, for the form's next stamp
            audit.record(caller.name(), "material.described", CatalogueWorkflow.AUDIT_TYPE, materialId,
                    material.getTitleEnglish());
            materialChanged.fire(new MaterialChanged(materialId));
            return Outcome.SAVED;
        }
        if (waiting.isEmpty() && canonical(material.toDraft()).equals(canonical(draft))) {
            return Outcome.UNCHANGED;
        }
        List<Finding> found = scanner.scan(draft.titleEnglish() + "\n" + draft.titleNepali() + "\n"
                + (draft.summary() == null ? "" : draft.summary()), WatchedName.watchList(em));
        if (waiting.isPresent()) {
            waiting.get().revise(draft, found, caller.name(), clock.instant());
        } else {
            em.persist(new DescriptionChange(material, draft, found, caller.name(), clock.instant()));
        }
        flushOrRefuse();
        audit.record(caller.name(), "material.descriptionProposed", CatalogueWorkflow.AUDIT_TYPE, materialId,
                draft.titleEnglish() + "; visibility=" + draft.visibility());
        return Outcome.WAITING_FOR_REVIEW;
    }

    /** The description changes waiting for a reviewer, oldest first. */
    @RolesAllowed("REVIEWER")
    public List<DescriptionChange> waiting() {
        return em.createQuery("select c from DescriptionChange c join fetch c.material where c.state = :p "
                + "order by c.proposedAt", DescriptionChange.class)
                .setParameter("p", DescriptionChange.State.PENDING).getResultList();
    }

    @RolesAllowed("REVIEWER")
    public Optional<DescriptionChange> find(long changeId) {
        return Optional.ofNullable(em.find(DescriptionChange.class, changeId));
    }

    /** Publishes the change: the catalogue, its search and the lesson kits show it at once. */
    @RolesAllowed("REVIEWER")
    public DescriptionChange approve(long changeId, String note) {
        DescriptionChange change = requireChange(changeId);
        change.approve(caller.name(), note, clock.instant());
        change.getMaterial().describe(change.toDraft());
        long materialId = change.getMaterial().getId();
        audit.record(caller.name(), "material.descriptionApproved", CatalogueWorkflow.AUDIT_TYPE, materialId,
                change.getMaterial().getTitleEnglish() + "; visibility=" + change.getMaterial().getVisibility());
        materialChanged.fire(new MaterialChanged(materialId));
        return change;
    }

    @RolesAllowed("REVIEWER")
    public DescriptionChange reject(long changeId, String reason) {
        DescriptionChange change = requireChange(changeId);
        change.reject(caller.name(), reason, clock.instant());
        audit.record(caller.name(), "material.descriptionRejected", CatalogueWorkflow.AUDIT_TYPE,
                change.getMaterial().getId(), change.getDecisionNote());
        return change;
    }

    /** Two forms saved at the same moment: the second is told, as if it came a moment later. */
    private void flushOrRefuse() {
        try {
            em.flush();
        } catch (OptimisticLockException savedAtTheSameMoment) {
            throw new RuleViolation("material.changedMeanwhile");
        }
    }

    private Optional<DescriptionChange> pending(Material material) {
        return em.createQuery("select c from DescriptionChange c where c.material = :m and c.state = :p",
                        DescriptionChange.class).setParameter("m", material)
                .setParameter("p", DescriptionChange.State.PENDING).getResultStream().findFirst();
    }

    private Material require(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId))
                .orElseThrow(() -> new RuleViolation("material.notFound"));
    }

    private DescriptionChange requireChange(long changeId) {
        return find(changeId).orElseThrow(() -> new RuleViolation("description.notFound"));
    }

}
