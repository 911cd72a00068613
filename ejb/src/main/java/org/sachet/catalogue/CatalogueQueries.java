package org.sachet.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.Role;
import org.sachet.audit.AuditEntry;
import org.sachet.audit.AuditLog;
import org.sachet.content.safeguarding.FindingKind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the catalogue answers, for its own pages and for the other areas: materials and versions as editors and
 * reviewers work on them, the review queue, findings and history, what the caller may see of published materials,
 * and the published materials other areas may name (a lesson's materials, a session's). The changes are
 * {@link CatalogueWorkflow}'s.
 */
@Stateless
public class CatalogueQueries {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    @Resource
    private SessionContext session;

    /** The published materials of these visibilities, by English title: what a lesson or a session may name. */
    @PermitAll
    public List<Material> published(Collection<Visibility> visibilities) {
        return em.createQuery("select m from Material m where m.publishedVersion is not null "
                        + "and m.visibility in :open order by m.titleEnglish", Material.class)
                .setParameter("open", visibilities).getResultList();
    }

    @RolesAllowed("REVIEWER")
    public List<MaterialVersion> reviewQueue() {
        return em.createQuery("select v from MaterialVersion v join fetch v.material"
                        + " where v.state = :s order by v.submittedAt", MaterialVersion.class)
                .setParameter("s", VersionState.IN_REVIEW).getResultList();
    }

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
        return audit.about(CatalogueWorkflow.AUDIT_TYPE, materialId, 200);
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

    private <T> TypedQuery<T> workingQuery(String text, Class<T> type, String select) {
        boolean all = text == null || text.isBlank();
        String where = all ? "" : " where lower(m.titleEnglish) like :p or m.titleNepali like :q";
        String order = type == Material.class ? " order by m.createdAt desc, m.id desc" : "";
        TypedQuery<T> query = em.createQuery(select + " from Material m" + where + order, type);
        return all ? query : query.setParameter("p", "%" + text.strip().toLowerCase() + "%")
                .setParameter("q", "%" + text.strip() + "%");
    }
}
