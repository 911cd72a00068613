package org.sachet.radio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.catalogue.ExtractionQueue;
import org.sachet.catalogue.MaterialFiles;
import org.sachet.catalogue.UploadTooLarge;
import org.sachet.content.extraction.DetectedType;
import org.sachet.content.extraction.Extraction;
import org.sachet.content.extraction.FileTypeDetector;
import org.sachet.content.script.ScriptComparison;
import org.sachet.catalogue.FileName;
import org.sachet.platform.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Episodes' scripts: written or imported by producers, each save that changes the text a new version, any two
 * versions compared. Reviewers, managers and administrators read them.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class ScriptService {

    /** A script document is text: a few hundred kilobytes at most, a little more with a DOCX's packaging. */
    static final int MAX_IMPORT_MEGABYTES = 5;
    public static final long MAX_IMPORT_BYTES = MAX_IMPORT_MEGABYTES * 1024L * 1024L;

    /** What a script can be imported from: DOCX, ODT, plain text, RTF and the old Word format. */
    static final Set<String> IMPORTABLE = Set.of(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text", "text/plain", "application/rtf", "application/msword");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MaterialFiles files;

    @EJB
    private ExtractionQueue extraction;

    private final FileTypeDetector detector = new FileTypeDetector();
    private final Clock clock = Clock.systemUTC();

    /** A document's text as read for the editor, and what reading it as a script found. */
    public record ImportedScript(String fileName, String text, ScriptCheck check) {
    }

    /** An episode with its series and the series' characters. */
    public Episode episode(long id) {
        Episode episode = em.find(Episode.class, id);
        if (episode == null) {
            throw new RuleViolation(null, "radio.episode.notFound");
        }
        episode.getSeries().getCharacters().size();
        return episode;
    }

    /** The episode's script versions, newest first, without their text. */
    public List<ScriptVersion> versions(long episodeId) {
        return em.createQuery("select v from ScriptVersion v where v.episode.id = :e order by v.number desc",
                ScriptVersion.class).setParameter("e", episodeId).getResultList();
    }

    /** One version with its scenes and cues; number 0 is the latest. Refused when there is no such version. */
    public ScriptVersion version(long episodeId, int number) {
        Episode episode = episode(episodeId);
        int wanted = number == 0 ? episode.getScriptVersions() : number;
        ScriptVersion version = em.createQuery(
                        "select v from ScriptVersion v where v.episode.id = :e and v.number = :n", ScriptVersion.class)
                .setParameter("e", episodeId).setParameter("n", wanted).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation(null, "radio.script.noSuchVersion", number));
        version.getScenes().size();
        version.getCues().size();
        return version;
    }

    /** Reads a text for the episode without saving it: what the editor's check shows. */
    @RolesAllowed("PRODUCER")
    public ScriptCheck check(long episodeId, String text) {
        return ScriptCheck.of(text, episode(episodeId).getSeries());
    }

    /**
     * Saves the text as the script's next version.
     *
     * @param shownScriptVersion the version the producer's editor started from (0 for none), so that a save on
     *                           top of someone else's, or the same form sent twice, is refused
     */
    @RolesAllowed("PRODUCER")
    public ScriptVersion save(long episodeId, int shownScriptVersion, String text, String note) {
        Episode episode = episode(episodeId);
        ScriptCheck checked = ScriptCheck.of(text, episode.getSeries());
        ScriptVersion latest = episode.getScriptVersions() == 0 ? null : version(episodeId, 0);
        ScriptVersion next = episode.nextScript(checked, shownScriptVersion, latest, note, caller.name(),
                clock.instant());
        em.persist(next);
        Flushes.flush(em, () -> new RuleViolation(null, "radio.script.changedMeanwhile", shownScriptVersion + 1),
                () -> new RuleViolation(null, "radio.script.changedMeanwhile", shownScriptVersion + 1));
        audit.record(caller.name(), "radio.script.saved", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " script version "
                        + next.getNumber() + " (" + next.getCueCount() + " cues, " + next.getSpokenWords()
                        + " words, sha256 " + next.getTextSha256() + ")");
        return next;
    }

    /**
     * Reads a script document (DOCX, ODT, RTF, DOC or plain text) into text for the editor, in a parser process
     * as every upload is; nothing is saved. Refused when it is too large, of another type, unreadable, or yields
     * no line of a script.
     *
     * @param declaredSize the size the client announced, or -1
     */
    @RolesAllowed("PRODUCER")
    public ImportedScript importDocument(long episodeId, InputStream content, String submittedName,
                                         long declaredSize) {
        Episode episode = episode(episodeId);
        String name = FileName.of(submittedName);
        if (declaredSize > MAX_IMPORT_BYTES) {
            throw new UploadTooLarge(MAX_IMPORT_BYTES);
        }
        Path copy = null;
        try {
            copy = Files.createTempFile(files.store().temporaryFolder(), "script-", ".upload");
            long size = copyAtMost(content, copy, MAX_IMPORT_BYTES);
            if (size == 0) {
                throw new RuleViolation("file", "upload.empty");
            }
            DetectedType type = detector.detect(copy, name);
            if (!type.allowed() || !IMPORTABLE.contains(type.type().getBaseType().toString())) {
                throw new RuleViolation("file", "radio.import.type", type.type().toString());
            }
            Extraction read = extraction.extractNow(copy, name);
            if (read.status() == Extraction.Status.FAILED) {
                throw new RuleViolation("file", "radio.import.unreadable",
                        read.failure().map(f -> f.code().name()).orElse(""));
            }
            if (read.truncated()) {
                throw new RuleViolation("file", "radio.script.tooLong", ScriptCheck.MAX_CHARACTERS);
            }
            ScriptCheck check = ScriptCheck.of(read.text(), episode.getSeries());
            if (check.parsed().cueCount() == 0) {
                throw new RuleViolation("file", "radio.import.noLines", name);
            }
            return new ImportedScript(name, read.text().strip() + "\n", check);
        } catch (IOException e) {
            throw new UncheckedIOException("reading an imported script failed", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    /**
     * Two versions side by side, older first whichever order they are asked in.
     *
     * @param whole every line, rather than the changes with three unchanged lines around each
     */
    public ScriptComparison compare(long episodeId, int one, int other, boolean whole) {
        ScriptVersion first = version(episodeId, Math.min(one, other));
        ScriptVersion second = version(episodeId, Math.max(one, other));
        return ScriptComparison.of(first.lines(), second.lines(), whole ? -1 : 3);
    }

    private static long copyAtMost(InputStream content, Path target, long maxBytes) throws IOException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadTooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // the store's housekeeping empties tmp/ at start
            }
        }
    }
}
