package org.sachet.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.accounts.Role;
import org.sachet.audit.AuditEntry;
import org.sachet.audit.AuditLog;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue's workflow: editors describe materials and upload versions, reviewers clear findings and
 * publish or reject, editors and reviewers withdraw. Every transition is written to the audit trail, which
 * is the material's history.
 */
@Stateless
public class CatalogueService {

    static final String AUDIT_TYPE = "Material";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Inject
    private Event<MaterialChanged> materialChanged;

    @Inject
    private Event<VersionUploaded> versionUploaded;

    @Resource
    private SessionContext session;

    private final Clock clock = Clock.systemUTC();

    // --- editors ----------------------------------------------------------------------------------------

    @RolesAllowed("EDITOR")
    public Material create(MaterialDraft draft) {
        Material material = new Material(draft, actor(), clock.instant());
        em.persist(material);
        em.flush();
        audit.record(actor(), "material.created", AUDIT_TYPE, material.getId(), material.getTitleEnglish());
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
        List<MaterialVersion> versions = versions(materialId);
        int number = versions.stream().mapToInt(MaterialVersion::getNumber).max().orElse(0) + 1;
        for (MaterialVersion pending : versions) {
            if (pending.getState().isPending()) {
                pending.replace();
                audit.record(actor(), "version.replaced", AUDIT_TYPE, materialId,
                        "v" + pending.getNumber() + " → v" + number);
            }
        }
        MaterialVersion version = new MaterialVersion(material, number, file, actor(), clock.instant());
        em.persist(version);
        em.flush();
        audit.record(actor(), "version.uploaded", AUDIT_TYPE, materialId,
                "v" + number + " " + file.fileName() + " (" + file.mediaType() + ", " + file.size() + " bytes)");
        versionUploaded.fire(new VersionUploaded(version.getId()));
        return version;
    }

    @RolesAllowed("EDITOR")
    public MaterialVersion submit(long versionId) {
        MaterialVersion version = requireVersion(versionId);
        version.submit(clock.instant());
        audit.record(actor(), "version.submitted", AUDIT_TYPE, version.getMaterial().getId(), "v" + version.getNumber());
        return version;
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Material withdraw(long materialId, String reason) {
        Material material = require(materialId);
        int number = material.isPublished() ? material.getPublishedVersion().getNumber() : 0;
        material.withdraw(reason, clock.instant());
        audit.record(actor(), "material.withdrawn", AUDIT_TYPE, materialId, "v" + number + ": " + reason.strip());
        materialChanged.fire(new MaterialChanged(materialId));
        return material;
    }

    // --- reviewers --------------------------------------------------------------------------------------

    @RolesAllowed("REVIEWER")
    public MaterialVersion publish(long versionId) {
        MaterialVersion version = requireVersion(versionId);
        em.lock(version.getMaterial(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        version.publish(actor(), clock.instant(), openFindings(versionId));
        long materialId = version.getMaterial().getId();
        audit.record(actor(), "version.published", AUDIT_TYPE, materialId, "v" + version.getNumber());
        materialChanged.fire(new MaterialChanged(materialId));
        return version;
    }

    @RolesAllowed("REVIEWER")
    public MaterialVersion reject(long versionId, String reason) {
        MaterialVersion version = requireVersion(versionId);
        version.reject(actor(), reason, clock.instant());
        audit.record(actor(), "version.rejected", AUDIT_TYPE, version.getMaterial().getId(),
                "v" + version.getNumber() + ": " + version.getDecisionReason());
        return version;
    }

    /** A reviewer judges a finding a false positive (e.g. the programme's own helpline number). */
    @RolesAllowed("REVIEWER")
    public SafeguardingFinding clearFinding(long findingId, String note) {
        SafeguardingFinding finding = Optional.ofNullable(em.find(SafeguardingFinding.class, findingId))
                .orElseThrow(() -> new RuleViolation("finding.unknown"));
        MaterialVersion version = finding.getVersion();
        version.clearFinding(finding, actor(), note, clock.instant());
        // the history is an editor's to read too: a watch-list hit is not named there
        audit.record(actor(), "finding.cleared", AUDIT_TYPE, version.getMaterial().getId(),
                "v" + version.getNumber() + (finding.getKind() == FindingKind.WATCH_LIST_NAME ? ""
                        : " " + finding.getKind() + ": " + finding.getClearingNote()));
        return finding;
    }

    @RolesAllowed("REVIEWER")
    public List<MaterialVersion> reviewQueue() {
        return em.createQuery("select v from MaterialVersion v join fetch v.material"
                        + " where v.state = :s order by v.submittedAt", MaterialVersion.class)
                .setParameter("s", VersionState.IN_REVIEW).getResultList();
    }

    // --- reading ----------------------------------------------------------------------------------------

    /** Materials as editors and reviewers work on them, published or not, newest first. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public List<Material> workingList(String text, int first, int max) {
        return workingQuery(text, Material.class, "select m").setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public long workingCount(String text) {
        return workingQuery(text, Long.class, "select count(m)").getSingleResult();
    }

    /** A material for its working page; editors and reviewers see every material. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Optional<Material> find(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId));
    }

    /** A published material if the caller may see it (anyone, signed in or not). */
    @PermitAll
    public Optional<Material> findVisible(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId))
                .filter(m -> m.isVisibleTo(openVisibilities()));
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Optional<MaterialVersion> findVersion(long versionId) {
        return Optional.ofNullable(em.find(MaterialVersion.class, versionId));
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public List<MaterialVersion> versions(long materialId) {
        return em.createQuery("select v from MaterialVersion v where v.material.id = :m order by v.number desc",
                MaterialVersion.class).setParameter("m", materialId).getResultList();
    }

    /** The state of each material's newest version, for a page of the working list in one query. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Map<Long, VersionState> newestStates(List<Long> materialIds) {
        Map<Long, VersionState> states = new HashMap<>();
        if (!materialIds.isEmpty()) {
            em.createQuery("select v.material.id, v.state from MaterialVersion v where v.material.id in :ids"
                            + " and v.number = (select max(w.number) from MaterialVersion w where w.material = v.material)",
                            Object[].class).setParameter("ids", materialIds).getResultList()
                    .forEach(row -> states.put((Long) row[0], (VersionState) row[1]));
        }
        return states;
    }

    /** Open findings per version, for the review queue in one query; versions without any are left out. */
    @RolesAllowed("REVIEWER")
    public Map<Long, Long> openFindingCounts(List<Long> versionIds) {
        Map<Long, Long> counts = new HashMap<>();
        if (!versionIds.isEmpty()) {
            em.createQuery("select f.version.id, count(f) from SafeguardingFinding f where f.clearedBy is null"
                            + " and f.version.id in :ids group by f.version.id", Object[].class)
                    .setParameter("ids", versionIds).getResultList()
                    .forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    /**
     * A version's findings. Hits on the watch list are for reviewers' eyes only: shown to an editor, uploading a
     * text of candidate names would reveal who is on the confidential list (issue 14).
     */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public List<SafeguardingFinding> findings(long versionId) {
        List<SafeguardingFinding> findings = em.createQuery("select f from SafeguardingFinding f "
                        + "where f.version.id = :v order by f.source, f.start", SafeguardingFinding.class)
                .setParameter("v", versionId).getResultList();
        return session.isCallerInRole("REVIEWER") ? findings
                : findings.stream().filter(f -> f.getKind() != FindingKind.WATCH_LIST_NAME).toList();
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public List<AuditEntry> history(long materialId) {
        return audit.about(AUDIT_TYPE, materialId, 200);
    }

    /** What the caller may see of published materials: depends on the roles, anonymous sees public only. */
    @PermitAll
    public Set<Visibility> openVisibilities() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (session.isCallerInRole(role.name())) {
                roles.add(role);
            }
        }
        return Visibility.openTo(roles);
    }

    long openFindings(long versionId) {
        return em.createQuery("select count(f) from SafeguardingFinding f where f.version.id = :v"
                + " and f.clearedBy is null", Long.class).setParameter("v", versionId).getSingleResult();
    }

    private <T> TypedQuery<T> workingQuery(String text, Class<T> type, String select) {
        boolean all = text == null || text.isBlank();
        String where = all ? "" : " where lower(m.titleEnglish) like :p or m.titleNepali like :q";
        String order = type == Material.class ? " order by m.createdAt desc, m.id desc" : "";
        TypedQuery<T> query = em.createQuery(select + " from Material m" + where + order, type);
        return all ? query : query.setParameter("p", "%" + text.strip().toLowerCase() + "%")
                .setParameter("q", "%" + text.strip() + "%");
    }

    private Material require(long materialId) {
        return Optional.ofNullable(em.find(Material.class, materialId))
                .orElseThrow(() -> new RuleViolation("material.unknown"));
    }

    private MaterialVersion requireVersion(long versionId) {
        return Optional.ofNullable(em.find(MaterialVersion.class, versionId))
                .orElseThrow(() -> new RuleViolation("version.unknown"));
    }

    private String actor() {
        return session.getCallerPrincipal().getName();
    }
}
