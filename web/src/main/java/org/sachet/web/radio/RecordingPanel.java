package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.Material;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.Episode;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.RecordingService;
import org.sachet.radio.ScriptService;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * The recording part of an episode's page: the catalogue recording linked to the approved script version, its
 * length against the target; for producers, the published recordings to link one from.
 */
@Named
@ViewScoped
public class RecordingPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient RecordingService recordings;

    @Inject
    private transient ScriptService scripts;

    private long episodeId;
    private boolean ready;
    private EpisodeStatus status;
    private Integer approvedVersion;
    private int targetMinutes;
    private Recorded recorded;
    private List<Recorded> options = List.of();
    private Long chosen;

    /** A recording as the page shows it: the material, its titles and length (null when it was not read). */
    public record Recorded(long materialId, String titleEnglish, String titleNepali, Double seconds,
                           Integer scriptVersion, String by, Instant at) implements Serializable {

        /** The length as minutes and seconds, e.g. "6:40", or null. */
        public String length() {
            if (seconds == null) {
                return null;
            }
            long whole = Math.round(seconds);
            return whole / 60 + ":" + String.format("%02d", whole % 60);
        }

        public String title(boolean nepali) {
            return nepali ? titleNepali : titleEnglish;
        }
    }

    public void load() {
        Long id = Addresses.number(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap()
                .get("id"));
        if (id == null) {
            return;
        }
        try {
            Episode episode = scripts.episode(id);
            episodeId = id;
            status = episode.getStatus();
            approvedVersion = episode.getApprovedVersion();
            targetMinutes = episode.getTargetMinutes();
            if (episode.getRecording() != null) {
                recorded = of(episode.getRecording(), episode.getRecordedVersion(), episode.getRecordedBy(),
                        episode.getRecordedAt());
            }
            if (isMayRecord()) {
                options = recordings.publishedRecordings().stream().map(m -> of(m, null, null, null)).toList();
            }
            ready = true;
        } catch (RuleViolation notHere) {
            ready = false;
        }
    }

    private static Recorded of(Material material, Integer version, String by, Instant at) {
        return new Recorded(material.getId(), material.getTitleEnglish(), material.getTitleNepali(),
                material.getPublishedVersion() == null ? null : material.getPublishedVersion().getDurationSeconds(),
                version, by, at);
    }

    public String record() {
        if (chosen == null) {
            Feedback.error("radio.recording.chooseFirst");
            return null;
        }
        try {
            recordings.record(episodeId, chosen);
            Feedback.info("radio.recording.linked", approvedVersion);
            Feedback.keepForRedirect();
            return "/radio/episode?faces-redirect=true&id=" + episodeId;
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    /** Whether the recording runs longer than the target, or under three quarters of it. */
    public boolean isOffTarget() {
        return recorded != null && recorded.seconds() != null && (recorded.seconds() > targetMinutes * 60.0
                || recorded.seconds() < targetMinutes * 45.0);
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isMayRecord() {
        return (status == EpisodeStatus.APPROVED || status == EpisodeStatus.RECORDED)
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PRODUCER");
    }

    public Recorded getRecorded() {
        return recorded;
    }

    public List<Recorded> getOptions() {
        return options;
    }

    public Long getChosen() {
        return chosen;
    }

    public void setChosen(Long chosen) {
        this.chosen = chosen;
    }

    public Integer getApprovedVersion() {
        return approvedVersion;
    }
}
