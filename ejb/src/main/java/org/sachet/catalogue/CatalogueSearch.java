package org.sachet.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.content.search.Facet;
import org.sachet.content.search.MaterialDocument;
import org.sachet.content.search.MaterialIndex;
import org.sachet.content.search.MaterialQuery;
import org.sachet.content.search.SearchResult;
import org.sachet.platform.ChangeFeed;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Full-text search over published materials, with a Lucene index under {@code SACHET_HOME/index}. The
 * database is the source of truth: the index follows every publication and withdrawal as soon as it is
 * committed, and is rebuilt from the database at start when it is new, unreadable or out of step. Each server
 * sharing one database keeps an index of its own: it also follows the database's change feed
 * ({@code cluster.ClusterFollower}), so a material published on another server is found here within seconds, and
 * one withdrawn there is never listed here (every hit is checked against the database).
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the index is thread-safe; searches never wait on writes
public class CatalogueSearch {

    private static final Logger LOG = Logger.getLogger(CatalogueSearch.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CatalogueQueries catalogue;

    @EJB
    private ChangeFeed feed;

    private MaterialIndex index;

    /**
     * A page of the search: the index's result, and the materials of this page that the database lets the caller
     * see. A hit the database refused (withdrawn on another server moments ago, before this server followed the
     * change) is also taken off the total.
     */
    public record Page(SearchResult result, List<Material> materials) {

        public long total() {
            return Math.max(0, result.totalHits() - (result.hits().size() - materials.size()));
        }
    }

    @PostConstruct
    void open() {
        Path folder = SachetConfiguration.home().resolve("index").resolve("materials");
        try {
            openAndCatchUp(folder);
        } catch (IOException | RuntimeException e) {
            // the index is derived data: whatever is wrong with it, start a new one from the database
            LOG.log(Level.WARNING, "The search index could not be used; making a new one from the database", e);
            closeQuietly();
            try {
                deleteFolder(folder);
                openAndCatchUp(folder);
            } catch (IOException again) {
                throw new UncheckedIOException("cannot make a new search index in " + folder, again);
            }
        }
    }

    private void openAndCatchUp(Path folder) throws IOException {
        index = MaterialIndex.openOrRecreate(folder);
        long published = publishedCount();
        long followed = index.followed();
        boolean behindTheFeed = followed < 0 || feed.oldestKept().map(oldest -> oldest > followed + 1).orElse(false);
        if (index.startedEmpty() || behindTheFeed || index.count() != published) {
            LOG.info(() -> "Rebuilding the search index from the database (" + published + " published materials)");
            long startingPoint = feed.startingPoint(); // before the rebuild: later changes are followed after it
            rebuild();
            index.markFollowed(startingPoint);
        }
    }

    /** The last change of the feed the index holds: where this server's follower starts. */
    public long followedChange() {
        return index.followed();
    }

    /**
     * Follows changes to these materials made on any server, and records the feed's watermark with the index, in one
     * commit of the index.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void followChanges(Collection<Long> materialIds, long watermark) {
        reindex(materialIds, watermark);
    }

    /**
     * Re-reads these materials: the published ones go into the index, the others out of it, in one commit with the
     * watermark (kept only when further than the index's).
     */
    private void reindex(Collection<Long> materialIds, long watermark) {
        List<MaterialDocument> puts = new ArrayList<>();
        List<Long> removals = new ArrayList<>();
        for (long id : materialIds) {
            Material material = em.find(Material.class, id);
            if (material != null && material.isPublished()) {
                puts.add(document(material));
            } else {
                removals.add(id);
            }
        }
        if (puts.isEmpty() && removals.isEmpty() && watermark <= index.followed()) {
            return;
        }
        try {
            index.follow(puts, removals, watermark);
        } catch (IOException e) {
            // the database stays right; the next start finds the index out of step and rebuilds it
            LOG.severe("updating the search index failed for materials " + materialIds + ": " + e);
        }
    }

    private void closeQuietly() {
        if (index != null) {
            try {
                index.close();
            } catch (IOException | RuntimeException e) {
                LOG.fine("closing a broken index: " + e);
            }
            index = null;
        }
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    @PreDestroy
    void close() {
        closeQuietly();
    }

    /** How many materials the index holds and how many are published: the two agree when all is well. */
    public record IndexState(int indexed, long published) {
        public boolean inStep() {
            return indexed == published;
        }
    }

    @RolesAllowed("ADMIN")
    public IndexState indexState() {
        try {
            return new IndexState(index.count(), publishedCount());
        } catch (IOException e) {
            throw new UncheckedIOException("reading the search index failed", e);
        }
    }

    /** Replaces the whole index with the published materials in the database. */
    @RolesAllowed("ADMIN")
    public int rebuildIndex() {
        return rebuild();
    }

    private int rebuild() {
        List<MaterialDocument> documents = batched(em.createQuery(
                "select m from Material m where m.publishedVersion is not null", Material.class))
                .getResultList().stream().map(CatalogueSearch::document).toList();
        try {
            return index.replaceAll(documents);
        } catch (IOException e) {
            throw new UncheckedIOException("rebuilding the search index failed", e);
        }
    }

    /** Keeps the index in step with the catalogue once a change is committed (never for a rolled-back one). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void follow(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaterialChanged change) {
        reindex(List.of(change.materialId()), index.followed()); // the feed's position is the follower's to move
    }

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page search(String text, Map<Facet, Set<String>> filters, int offset, int limit) {
        Set<Visibility> open = catalogue.openVisibilities();
        Set<String> visible = open.stream().map(Enum::name).collect(Collectors.toSet());
        MaterialQuery.Builder query = MaterialQuery.visibleTo(visible).text(text).page(offset, limit);
        filters.forEach(query::filter);
        SearchResult result;
        try {
            result = index.search(query.build());
        } catch (IOException e) {
            throw new UncheckedIOException("searching failed", e);
        }
        Map<Long, Material> byId = new HashMap<>();
        List<Long> ids = result.hits().stream().map(SearchResult.Hit::id).toList();
        if (!ids.isEmpty()) {
            batched(em.createQuery("select m from Material m where m.id in :ids", Material.class))
                    .setParameter("ids", ids).getResultList().forEach(m -> byId.put(m.getId(), m));
        }
        List<Material> materials = new ArrayList<>();
        for (Long id : ids) {
            Material m = byId.get(id);
            if (m != null && m.isVisibleTo(open)) { // the database has the last word on what may be seen
                materials.add(m);
            }
        }
        return new Page(result, materials);
    }

    private long publishedCount() {
        return em.createQuery("select count(m) from Material m where m.publishedVersion is not null", Long.class)
                .getSingleResult();
    }

    /**
     * Reads the materials' tags and published versions in one query each for the whole list, rather than
     * a query per material (EclipseLink's batch reading).
     */
    private static TypedQuery<Material> batched(TypedQuery<Material> query) {
        return query.setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "m.topics")
                .setHint("eclipselink.batch", "m.audiences")
                .setHint("eclipselink.batch", "m.languages")
                .setHint("eclipselink.batch", "m.publishedVersion");
    }

    static MaterialDocument document(Material m) {
        MaterialVersion version = m.getPublishedVersion();
        return new MaterialDocument(m.getId(), m.getTitleEnglish(), m.getTitleNepali(), m.getSummary(),
                version.getExtractedText(), m.getType().name(),
                m.getTopics().stream().map(Enum::name).collect(Collectors.toSet()),
                m.getAudiences().stream().map(Enum::name).collect(Collectors.toSet()),
                m.getLanguages().stream().map(MaterialLanguage::code).collect(Collectors.toSet()),
                m.getVisibility().name(), version.getDecidedAt() == null ? version.getUploadedAt() : version.getDecidedAt());
    }
}
