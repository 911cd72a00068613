package org.sachet.radio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.catalogue.WatchedName;
import org.sachet.content.safeguarding.Finding;
import org.sachet.content.safeguarding.SafeguardingScanner;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The review of a script before it is recorded: the producer sends the latest version, the safeguarding scan
 * (the catalogue's scanner and watch list) records what it finds in it line by line, and a reviewer who did not
 * write that version clears what is not personal data, then approves it or sends it back with a note.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class ScriptReviewService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @EJB
    private ScriptService scripts;

    private final SafeguardingScanner scanner = new SafeguardingScanner();
    private final Clock clock = Clock.systemUTC();

    /** What an approval came to. */
    public enum Approval {
        /** The version is approved. */
        APPROVED,
        /** The scan, run again, found something new (the watch list grew): it is listed; nothing was approved. */
        NEW_FINDINGS
    }

    /** A version's findings, by line. */
    public List<ScriptFinding> findings(long episodeId, int number) {
        ScriptVersion version = scripts.version(episodeId, number);
        return em.createQuery("select f from ScriptFinding f where f.version = :v order by f.lineNumber, f.id",
                ScriptFinding.class).setParameter("v", version).getResultList();
    }

    /**
     * Sends the latest version for review and scans it.
     *
     * @param shownScriptVersion the latest version the producer saw, so that a version saved meanwhile is not
     *                           sent unseen
     */
    @RolesAllowed("PRODUCER")
    public List<ScriptFinding> sendForReview(long episodeId, int shownScriptVersion) {
        Episode episode = scripts.episode(episodeId);
        if (episode.getScriptVersions() != shownScriptVersion) {
            throw new RuleViolation(null, "radio.script.changedMeanwhile", episode.getScriptVersions());
        }
        ScriptVersion latest = scripts.version(episodeId, 0);
        episode.sendForReview(latest);
        int added = scan(latest);
        saved();
        audit.record(caller.name(), "radio.script.sentForReview", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " script version "
                        + latest.getNumber() + " (" + added + " safeguarding findings)");
        return findings(episodeId, latest.getNumber());
    }

    /**
     * Approves the version in review. The scan runs again first, with today's watch list: what it finds anew is
     * recorded and the approval waits for it.
     */
    @RolesAllowed("REVIEWER")
    public Approval approve(long episodeId, int number) {
        Episode episode = scripts.episode(episodeId);
        ScriptVersion version = scripts.version(episodeId, number);
        episode.requireApprover(version, caller.name());
        if (scan(version) > 0) {
            saved();
            return Approval.NEW_FINDINGS;
        }
        long open = em.createQuery("select count(f) from ScriptFinding f where f.version = :v and f.clearedBy is null",
                Long.class).setParameter("v", version).getSingleResult();
        episode.approve(version, open, caller.name(), clock.instant());
        saved();
        audit.record(caller.name(), "radio.script.approved", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " script version " + number
                        + " (sha256 " + version.getTextSha256() + ")");
        return Approval.APPROVED;
    }

    /** Sends the version in review back to its producer with what to mend. */
    @RolesAllowed("REVIEWER")
    public void sendBack(long episodeId, int number, String note) {
        Episode episode = scripts.episode(episodeId);
        episode.sendBack(scripts.version(episodeId, number), note);
        saved();
        audit.record(caller.name(), "radio.script.sentBack", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " script version " + number + ": "
                        + episode.getReturnNote());
    }

    /** Clears a finding of the version in review as not personal data, with the reason. */
    @RolesAllowed("REVIEWER")
    public ScriptFinding clearFinding(long findingId, String note) {
        ScriptFinding finding = em.find(ScriptFinding.class, findingId);
        if (finding == null) {
            throw new RuleViolation(null, "finding.unknown");
        }
        Episode episode = finding.getVersion().getEpisode();
        if (episode.getStatus() != EpisodeStatus.IN_REVIEW || episode.getReviewVersion() == null
                || episode.getReviewVersion() != finding.getVersion().getNumber()) {
            throw new RuleViolation(null, "finding.clear.notInReview");
        }
        finding.clear(caller.name(), note, clock.instant());
        audit.record(caller.name(), "radio.finding.cleared", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " script version "
                        + finding.getVersion().getNumber() + " line " + finding.getLineNumber() + " "
                        + finding.getKind() + ": " + finding.getClearingNote());
        return finding;
    }

    /** Scans the version's text with the watch list; records what is not recorded yet; says how many were new. */
    private int scan(ScriptVersion version) {
        String text = String.join("\n", version.lines());
        List<ScriptFinding> known = em.createQuery("select f from ScriptFinding f where f.version = :v",
                ScriptFinding.class).setParameter("v", version).getResultList();
        List<ScriptFinding> added = new ArrayList<>();
        for (Finding finding : scanner.scan(text, WatchedName.watchList(em))) {
            int line = lineOf(text, finding.start());
            if (known.stream().noneMatch(f -> f.sameAs(finding, line))
                    && added.stream().noneMatch(f -> f.sameAs(finding, line))) {
                ScriptFinding recorded = new ScriptFinding(version, finding, line);
                em.persist(recorded);
                added.add(recorded);
            }
        }
        return added.size();
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private void saved() {
        try {
            em.flush();
        } catch (OptimisticLockException meanwhile) {
            throw new RuleViolation(null, "radio.review.changedMeanwhile");
        }
    }
}
