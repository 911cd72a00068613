package org.sachet.catalogue;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.Account;
import org.sachet.accounts.CountedAs;
import org.sachet.calendar.NepaliTime;
import org.sachet.geography.Place;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which file a download may send, and the count of downloads for the reach figures. Published files go to
 * whoever their material's visibility admits; any version's file goes to editors and reviewers.
 */
@Stateless
public class MaterialDownloads {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private MaterialFiles files;

    @Resource
    private SessionContext session;

    /** The published file of a material the caller may see; empty for unknown, unpublished or hidden ones. */
    @PermitAll
    public Optional<VersionFile> published(long materialId) {
        return catalogue.findVisible(materialId).map(m -> fileOf(m.getPublishedVersion()));
    }

    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Optional<VersionFile> version(long versionId) {
        return Optional.ofNullable(em.find(MaterialVersion.class, versionId)).map(this::fileOf);
    }

    /** A thumbnail the caller may see: of a visible material's published version, or any for staff at work. */
    @PermitAll
    public Optional<VersionFile> thumbnail(long versionId) {
        MaterialVersion version = em.find(MaterialVersion.class, versionId);
        if (version == null || version.getThumbnailSha256() == null) {
            return Optional.empty();
        }
        boolean atWork = session.isCallerInRole("EDITOR") || session.isCallerInRole("REVIEWER");
        boolean visible = version.getMaterial().isVisibleTo(catalogue.openVisibilities())
                && version.equals(version.getMaterial().getPublishedVersion());
        if (!atWork && !visible) {
            return Optional.empty();
        }
        return files.find(version.getThumbnailSha256()).map(path -> new VersionFile(version.getMaterial().getId(),
                versionId, path, path.toFile().length(), version.getThumbnailSha256(), version.getUploadedAt(),
                "image/png", "thumbnail-" + versionId + ".png"));
    }

    /** Counts one download by the caller's role and first place, never by person. */
    @PermitAll
    public void count(long materialId, long versionId) {
        CountedAs counted = em.createQuery("select a from Account a where a.username = :u", Account.class)
                .setParameter("u", session.getCallerPrincipal().getName()).getResultList().stream()
                .findFirst().map(CountedAs::of).orElseGet(CountedAs::anonymous);
        Place place = counted.place();
        em.persist(new MaterialDownload(materialId, versionId, NepaliTime.today(), counted.role(),
                place == null ? null : place.getLevel(), place == null ? null : place.getCode()));
    }

    @PermitAll
    public long downloads(long materialId) {
        return em.createQuery("select count(d) from MaterialDownload d where d.materialId = :m", Long.class)
                .setParameter("m", materialId).getSingleResult();
    }

    /** A material's downloads by the downloader's role (or {@link MaterialDownload#ANONYMOUS}), most first. */
    @RolesAllowed({"EDITOR", "REVIEWER"})
    public Map<String, Long> downloadsByRole(long materialId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("select d.role, count(d) from MaterialDownload d where d.materialId = :m group by d.role "
                        + "order by count(d) desc, d.role", Object[].class)
                .setParameter("m", materialId).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    private VersionFile fileOf(MaterialVersion version) {
        // a recorded version always has its file: the file is stored before the record is written
        var path = files.find(version.getSha256())
                .orElseThrow(() -> new IllegalStateException("file missing for version " + version.getId()));
        return new VersionFile(version.getMaterial().getId(), version.getId(), path, version.getSize(),
                version.getSha256(), version.getUploadedAt(), version.getMediaType(), version.getFileName());
    }
}
