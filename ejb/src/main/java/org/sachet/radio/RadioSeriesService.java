package org.sachet.radio;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import org.sachet.accounts.CurrentCaller;
import org.sachet.audit.AuditLog;
import org.sachet.platform.RuleViolation;

import java.time.Clock;
import java.util.List;

/**
 * Radio drama series, their characters and episode outlines. Producers write them; reviewers, managers and
 * administrators read them (reviewers sign scripts off, managers follow broadcasts). Every change is in the
 * audit trail.
 */
@Stateless
@RolesAllowed({"PRODUCER", "REVIEWER", "MANAGER", "ADMIN"})
public class RadioSeriesService {

    static final String AUDIT_TYPE = "RadioSeries";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentCaller caller;

    @Inject
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /** Every series, by English title, with its messages, topics, characters and episodes. */
    public List<RadioSeries> series() {
        return whole(em.createQuery("select s from RadioSeries s order by s.titleEnglish, s.id", RadioSeries.class))
                .getResultList();
    }

    public RadioSeries series(long id) {
        return whole(em.createQuery("select s from RadioSeries s where s.id = :id", RadioSeries.class))
                .setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new RuleViolation(null, "radio.series.notFound"));
    }

    /** One more query per collection for all the series read, not one per series and episode. */
    private static TypedQuery<RadioSeries> whole(TypedQuery<RadioSeries> query) {
        for (String path : List.of("s.keyMessages", "s.topics", "s.characters", "s.episodes", "s.episodes.messages")) {
            query.setHint("eclipselink.batch", path);
        }
        return query.setHint("eclipselink.batch.type", "IN");
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public RadioSeries create(SeriesDetails details) {
        RadioSeries series = new RadioSeries(details, caller.name(), clock.instant());
        em.persist(series);
        em.flush();
        audit.record(caller.name(), "radio.series.created", AUDIT_TYPE, series.getId(), series.describe());
        return series;
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public RadioSeries correct(long id, long version, SeriesDetails details) {
        RadioSeries series = current(id, version);
        String before = series.describe();
        series.correct(details);
        saved(series);
        audit.record(caller.name(), "radio.series.corrected", AUDIT_TYPE, id, before + " → " + series.describe());
        return series;
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public DramaCharacter addCharacter(long seriesId, long version, String name, String description,
                                       Integer messageNumber) {
        RadioSeries series = current(seriesId, version);
        DramaCharacter character = series.addCharacter(name, description, messageNumber);
        saved(series);
        audit.record(caller.name(), "radio.character.added", AUDIT_TYPE, seriesId,
                character.getName() + " (message " + messageNumber + ")");
        return character;
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public Episode addEpisode(long seriesId, long version, EpisodeDetails details) {
        RadioSeries series = current(seriesId, version);
        Episode episode = series.addEpisode(details, caller.name(), clock.instant());
        saved(series);
        audit.record(caller.name(), "radio.episode.added", AUDIT_TYPE, seriesId, episode.describe());
        return episode;
    }

    @RolesAllowed({"PRODUCER", "ADMIN"})
    public Episode correctEpisode(long episodeId, long version, EpisodeDetails details) {
        Episode episode = em.find(Episode.class, episodeId);
        if (episode == null) {
            throw new RuleViolation(null, "radio.episode.notFound");
        }
        if (episode.getVersion() != version) {
            throw new RuleViolation(null, "radio.changedMeanwhile");
        }
        String before = episode.describe();
        episode.correct(details);
        saved(episode.getSeries());
        audit.record(caller.name(), "radio.episode.corrected", AUDIT_TYPE, episode.getSeries().getId(),
                before + " → " + episode.describe());
        return episode;
    }

    /**
     * The series as the caller saw it: its version is raised by what is added to it, so the same form sent twice
     * adds once, and two producers adding episode 5 at once do not both succeed.
     */
    private RadioSeries current(long id, long version) {
        RadioSeries series = series(id);
        if (series.getVersion() != version) {
            throw new RuleViolation(null, "radio.changedMeanwhile");
        }
        em.lock(series, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return series;
    }

    private void saved(RadioSeries series) {
        // two episodes (or characters) given the same number (or name) at the same moment: the unique key
        // refuses the second
        Flushes.flush(em, () -> new RuleViolation(null, "radio.changedMeanwhile"),
                () -> new RuleViolation(null, "radio.changedMeanwhile"));
    }
}
