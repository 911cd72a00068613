package org.sachet.catalogue;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's workflow: editors describe materials and upload versions, reviewers clear findings and
 * publish or reject, editors and reviewers withdraw. Every transition is written to the audit trail, which
 * is the material's history. What the catalogue answers is {@link CatalogueQueries}'.
 */
@Stateless
public class CatalogueWorkflow {

    static final String AUDIT_TYPE = "Material";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private CatalogueQueries queries;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MaterialChanged> materialChanged;

    @Inject
    private Event<VersionUploaded> versionUploaded;

    private final Clock clock = Clock.systemUTC();

    // --- editors ----------------------------------------------------------------------------------------

    @RolesAllowed("EDITOR")
    public Material create(MaterialDraft draft) {
        Material material = new Material(draft, caller.name(), clock.instant());
        em.persist(material);
        em.flush();
        audit.record(caller.name(), "material.created", AUDIT_TYPE, material.getId(), material.getTitleEnglish());
        return material;
    }

    /** A new material with its first version in one step: nothing is recorded unless both are. */
    @RolesAllowed("EDITOR")
    public MaterialVersion create(MaterialDraft draft, ReceivedFile file) {
        Material material = create(draft);
        return addVersion(material.getId(), file);
    }

    /**
     * A dropped file becomes a draft material titled after the file, typed after its content and seen by
     * staff only until its editor describes it.
     */
    @RolesAllowed("EDITOR")
    public MaterialVersion createFromUpload(ReceivedFile file) {
        String title = file.fileName().contains(".")
                ? file.fileName().substring(0, file.fileName().lastIndexOf('.')).strip() : file.fileName();
        if (title.isEmpty()) {
            title = file.fileName();
        }
        MaterialDraft draft = new MaterialDraft(title, title, "", MaterialType.guessFrom(file.mediaType()),
                Visibility.STAFF, Set.of(), Set.of(), Set.of());
        return create(draft, file);
    }

    /**
     * Records a stored file as the material's newest version. A version still on its way (draft or in review)
     * is replaced by it: that is how an editor answers a finding with a corrected file.
     */
    @RolesAllowed("EDITOR")
    public MaterialVersion addVersion(long materialId, ReceivedFile file) {
        Material material = em.find(Material.class, materialId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (material == null) {
            throw new RuleViolation("material.unknown");
        }
        List<MaterialVersion> versions = queries.versions(materialId);
        int number = versions.stream().mapToInt(MaterialVersion::getNumber).max().orElse(0) + 1;
        for (MaterialVersion pending : versions) {
            if (pending.getState().isPending()) {
                pending.replace();
                audit.record(caller.name(), "version.replaced", AUDIT_TYPE, materialId,
                        "v" + pending.getNumber() + " → v" + number);
            }
        }
        MaterialVersion version = new MaterialVersion(material, number, file, caller.name(), clock.instant());
        em.persist(version);
        em.flush();
        audit.record(caller.name(), "version.uploaded", AUDIT_TYPE, materialId,
                "v" + number + " " + file.fileName() + " (" + file.mediaType() + ", " + file.size() + " bytes)");
        versionUploaded.fire(new VersionUploaded(version.getId()));
        return version;
    }

    @RolesAllowed("EDITOR")
    public MaterialVersion submit(long versionId) {
        MaterialVersion version = requireVersion(versionId);
        version.submit(clock.instant());
        audit.record(caller.name(), "version.submitted", AUDIT_TYPE, version.getMaterial().getId(), "v" + version.getNumber());
        return version;
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Material withdraw(long materialId, String reason) {
        Material material = require(materialId);
        int number = material.isPublished() ? material.getPublishedVersion().getNumber() : 0;
        material.withdraw(reason, clock.instant());
        audit.record(caller.name(), "material.withdrawn", AUDIT_TYPE, materialId, "v" + number + ": " + reason.strip());
        materialChanged.fire(new MaterialChanged(materialId));
        return material;
    }

    // --- reviewers --------------------------------------------------------------------------------------

    @RolesAllowed("REVIEWER")
    public MaterialVersion publish(long versionId) {
        MaterialVersion version = requireVersion(versionId);
        em.lock(version.getMaterial(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        version.publish(caller.name(), clock.instant(), openFindings(versionId));
        long materialId = version.getMaterial().getId();
        audit.record(caller.name(), "version.published", AUDIT_TYPE, materialId, "v" + version.getNumber());
        materialChanged.fire(new MaterialChanged(materialId));
        return version;
    }

    @RolesAllowed("REVIEWER")
    public MaterialVersion reject(long versionId, String reason) {
        MaterialVersion version = requireVersion(versionId);
        version.reject(caller.name(), reason, clock.instant());
        audit.record(caller.name(), "version.rejected", AUDIT_TYPE, version.getMaterial().getId(),
                "v" + version.getNumber() + ": " + version.getDecisionReason());
        return version;
    }

    /** A reviewer judges a finding a false positive (e.g. the programme's own helpline number). */
    @RolesAllowed("REVIEWER")
    public SafeguardingFinding clearFinding(long findingId, String note) {
        SafeguardingFinding finding = Optional.ofNullable(em.find(SafeguardingFinding.class, findingId))
                .orElseThrow(() -> new RuleViolation("finding.unknown"));
        MaterialVersion version = finding.getVersion();
        version.clearFinding(finding, caller.name(), note, clock.instant());
        // the history is an editor's to read too: a watch-list hit is not named there
        audit.record(caller.name(), "finding.cleared", AUDIT_TYPE, version.getMaterial().getId(),
                "v" + version.getNumber() + (finding.getKind() == FindingKind.WATCH_LIST_NAME ? ""
                        : " " + finding.getKind() + ": " + finding.getClearingNote()));
        return finding;
    }

    long openFindings(long versionId) {
        return em.createQuery("select count(f) from SafeguardingFinding f where f.version.id = :v"
                + " and f.clearedBy is null", Long.class).setParameter("v", versionId).getSingleResult();
    }

    private Material require(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId))
                .orElseThrow(() -> new RuleViolation("material.unknown"));
    }

    private MaterialVersion requireVersion(long versionId) {
        return Optional.ofNullable(em.find(MaterialVersion.class, versionId))
                .orElseThrow(() -> new RuleViolation("version.unknown"));
    }

}
