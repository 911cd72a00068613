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
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialType;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * Recorded episodes: the recording is a catalogue material (uploaded, reviewed and published there, its length
 * read at upload), linked to the approved script version it was recorded from.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class RecordingService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    @EJB
    private ScriptService scripts;

    private final Clock clock = Clock.systemUTC();

    /** The catalogue's published radio recordings, to choose an episode's from, by English title. */
    @RolesAllowed("PRODUCER")
    public List<Material> publishedRecordings() {
        return em.createQuery("select m from Material m where m.type = :t and m.publishedVersion is not null"
                        + " order by m.titleEnglish, m.id", Material.class)
                .setParameter("t", MaterialType.RADIO_RECORDING).setHint("eclipselink.join-fetch", "m.publishedVersion")
                .getResultList();
    }

    /** Links the published recording to the episode's approved script version. */
    @RolesAllowed("PRODUCER")
    public Episode record(long episodeId, long materialId) {
        Episode episode = scripts.episode(episodeId);
        Material material = em.find(Material.class, materialId);
        if (material == null) {
            throw new RuleViolation("material", "radio.recording.unknown");
        }
        episode.recorded(material, caller.name(), clock.instant());
        try {
            em.flush();
        } catch (OptimisticLockException meanwhile) {
            throw new RuleViolation(null, "radio.review.changedMeanwhile");
        }
        audit.record(caller.name(), "radio.episode.recorded", RadioSeriesService.AUDIT_TYPE,
                episode.getSeries().getId(), "episode " + episode.getNumber() + " recorded from script version "
                        + episode.getRecordedVersion() + ": material " + materialId);
        return episode;
    }
}
