package org.sachet.catalogue;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.tika.mime.MediaType;
import org.sachet.content.extraction.ExtractedMetadata;
import org.sachet.content.extraction.Extraction;
import org.sachet.content.extraction.TextExtractor;
import org.sachet.content.extraction.Thumbnail;
import org.sachet.content.extraction.Thumbnailer;
import org.sachet.platform.Metrics;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Reads each new version's file in the background (Jakarta Concurrency): text and metadata through Tika in
 * child JVMs, so a hostile file can at worst kill a child, never the server. Versions left unread by a stop
 * or a crash are read again at start. Of servers sharing one database, the one that claims a version reads it
 * ({@link ExtractionClaims}); every server sweeps for unread versions whose claim ran out (the claimant died) every
 * minute, so each upload is read once, and read even when the server it came in on stops.
 */
@Singleton
@Startup
@DependsOn("ApplicationStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ExtractionQueue {

    private static final Logger LOG = Logger.getLogger(ExtractionQueue.class.getName());

    static final Duration SWEEP_EVERY = Duration.ofMinutes(1);

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private ExtractionClaims claims;

    private ScheduledFuture<?> sweep;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private MaterialFiles files;

    @EJB
    private SafeguardingReview review;

    @EJB
    private Metrics metrics;

    private TextExtractor extractor;
    private Thumbnailer thumbnailer;
    private String unavailable;

    @PostConstruct
    void start() {
        Path children = childClassPath();
        if (Files.isDirectory(children)) {
            extractor = new TextExtractor(children);
            thumbnailer = new Thumbnailer(children);
            LOG.info(() -> "Reading files with Tika in child JVMs from " + children + "; OCR "
                    + (TextExtractor.ocrAvailable() ? "available (Tesseract nep+eng)" : "not available"));
        } else {
            unavailable = "extractor-unavailable";
            LOG.severe("The Tika class path folder " + children + " is missing: uploaded files cannot be read. "
                    + "Build with ./mvnw package and start with ./sachet start, or set SACHET_TIKA_LIB.");
        }
        claims.releaseMine();
        metrics.gauge("sachet.extraction.queue", "Uploaded files waiting to be read, on every server", claims,
                ExtractionClaims::waiting);
        sweep = scheduler.scheduleWithFixedDelay(this::sweep, 0, SWEEP_EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** Submits the unread versions that no server has claimed, or whose claim ran out. */
    private void sweep() {
        try {
            claims.unclaimed().forEach(this::submit);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "looking for unread uploads failed; trying again in a minute", e);
        }
    }

    @PreDestroy
    void stop() {
        if (sweep != null) {
            sweep.cancel(false);
        }
        if (extractor != null) {
            extractor.close();
        }
    }

    /** Where the child JVMs' jars are: {@code SACHET_TIKA_LIB}, else {@code tika-child} in the server's domain. */
    static Path childClassPath() {
        return SachetConfiguration.tikaLibrary().orElseGet(() ->
                Path.of(System.getProperty("com.sun.aas.instanceRoot", "."), "tika-child"));
    }

    public boolean isOcrAvailable() {
        return extractor != null && TextExtractor.ocrAvailable();
    }

    /**
     * Reads a file's text now, in the caller's thread, in a child JVM as every upload is (a radio script imported
     * into the editor); never throws for anything about the file.
     */
    public Extraction extractNow(Path file, String fileName) {
        if (extractor == null) {
            return Extraction.unavailable();
        }
        return extractor.extract(file, fileName);
    }

    public void onUpload(@Observes(during = TransactionPhase.AFTER_SUCCESS) VersionUploaded uploaded) {
        submit(uploaded.versionId());
    }

    /** Reads a version now, in the caller's thread (the demo catalogue, which publishes right after). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void readNow(long versionId) {
        read(versionId);
    }

    private void submit(long versionId) {
        executor.submit(() -> read(versionId));
    }

    private void read(long versionId) {
        try {
            if (!claims.claim(versionId)) {
                return; // read already, or being read by this server or another
            }
            MaterialVersion version = em.find(MaterialVersion.class, versionId);
            if (version == null || version.getExtraction().isFinished()) {
                return;
            }
            Optional<Path> file = files.find(version.getSha256());
            ExtractedContent content;
            if (extractor == null) {
                content = failed(unavailable);
            } else if (file.isEmpty()) {
                content = failed("unreadable");
            } else {
                content = contentOf(extractor.extract(file.get(), version.getFileName()),
                        thumbnail(file.get(), version.getMediaType()));
            }
            review.recordExtraction(versionId, content);
            metrics.extraction(content.state().name());
        } catch (RuntimeException e) {
            metrics.extraction("error");
            LOG.log(Level.SEVERE, "reading version " + versionId + " failed", e);
        }
    }

    /** A small PNG of an image or a PDF's first page, kept in the file store; null when there is none. */
    private String thumbnail(Path file, String mediaType) {
        MediaType type = MediaType.parse(mediaType);
        if (type == null || !Thumbnailer.canDraw(type)) {
            return null;
        }
        Path target = null;
        try {
            target = Files.createTempFile(files.store().temporaryFolder(), "thumbnail-", ".png");
            Thumbnail thumbnail = thumbnailer.thumbnail(file, type, target);
            if (thumbnail.status() != Thumbnail.Status.CREATED) {
                LOG.info(() -> "no thumbnail for " + file.getFileName() + ": " + thumbnail.status());
                return null;
            }
            try (InputStream png = Files.newInputStream(thumbnail.file().orElseThrow())) {
                return files.store().store(png, files.maxUploadBytes()).sha256();
            }
        } catch (IOException e) {
            LOG.warning("making a thumbnail failed: " + e);
            return null;
        } finally {
            if (target != null) {
                try {
                    Files.deleteIfExists(target);
                } catch (IOException e) {
                    LOG.fine("left a thumbnail temp file: " + target);
                }
            }
        }
    }

    private static ExtractedContent failed(String code) {
        return new ExtractedContent(ExtractionState.FAILED, code, null, false, null, null, null, null, null, null,
                null, null);
    }

    static ExtractedContent contentOf(Extraction x, String thumbnailSha256) {
        ExtractionState state = switch (x.status()) {
            case OK -> ExtractionState.DONE;
            case NO_TEXT -> ExtractionState.NO_TEXT;
            case FAILED -> ExtractionState.FAILED;
        };
        ExtractedMetadata m = x.metadata();
        return new ExtractedContent(state, x.failure().map(f -> f.code().code()).orElse(null),
                x.text().isBlank() ? null : x.text(), x.truncated(), cut(m.title().orElse(null), 500),
                cut(m.author().orElse(null), 300), m.pageCount().isPresent() ? m.pageCount().getAsInt() : null,
                m.language().orElse(null), m.durationSeconds().isPresent() ? m.durationSeconds().getAsDouble() : null,
                m.width().isPresent() ? m.width().getAsInt() : null,
                m.height().isPresent() ? m.height().getAsInt() : null, thumbnailSha256);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
