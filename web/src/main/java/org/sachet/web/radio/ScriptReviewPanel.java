package org.sachet.web.radio;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.content.safeguarding.FindingKind;
import org.sachet.platform.RuleViolation;
import org.sachet.radio.Episode;
import org.sachet.radio.EpisodeStatus;
import org.sachet.radio.ScriptFinding;
import org.sachet.radio.ScriptReviewService;
import org.sachet.radio.ScriptService;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review part of an episode's page: the producer sends the latest version; a reviewer sees what the
 * safeguarding scan found in the version in review, clears what is not personal data (with why), then approves
 * it or sends it back with a note. Each action answers with a fresh page (post, then redirect).
 */
@Named
@ViewScoped
public class ScriptReviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient ScriptReviewService reviews;

    @Inject
    private transient ScriptService scripts;

    private long episodeId;
    private boolean ready;
    private EpisodeStatus status;
    private int scriptVersions;
    private Integer reviewVersion;
    private Integer approvedVersion;
    private String approvedBy;
    private Instant approvedAt;
    private String returnNote;
    private int shownScriptVersion;
    private List<FindingRow> findings = List.of();
    private final Map<Long, String> notes = new HashMap<>();
    private String returnText;

    /** A finding as the page lists it. */
    public record FindingRow(long id, FindingKind kind, String matched, String context, int line, String clearedBy,
                             String clearingNote) implements Serializable {
    }

    /** Reads the episode named by the address; the page's own bean says "no such episode" when there is none. */
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
            scriptVersions = episode.getScriptVersions();
            shownScriptVersion = scriptVersions;
            reviewVersion = episode.getReviewVersion();
            approvedVersion = episode.getApprovedVersion();
            approvedBy = episode.getApprovedBy();
            approvedAt = episode.getApprovedAt();
            returnNote = episode.getReturnNote();
            if (reviewVersion != null) {
                findings = reviews.findings(id, reviewVersion).stream().map(ScriptReviewPanel::row).toList();
            }
            ready = true;
        } catch (RuleViolation notHere) {
            ready = false;
        }
    }

    private static FindingRow row(ScriptFinding f) {
        return new FindingRow(f.getId(), f.getKind(), f.getMatchedText(), f.getContext(), f.getLineNumber(),
                f.getClearedBy(), f.getClearingNote());
    }

    public String sendForReview() {
        try {
            List<ScriptFinding> found = reviews.sendForReview(episodeId, shownScriptVersion);
            Feedback.info(found.isEmpty() ? "radio.review.sentClear" : "radio.review.sentWithFindings",
                    shownScriptVersion, found.size());
            return again();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String approve() {
        try {
            ScriptReviewService.Approval outcome = reviews.approve(episodeId, reviewVersion);
            if (outcome == ScriptReviewService.Approval.NEW_FINDINGS) {
                Feedback.error("radio.review.newFindings", reviewVersion);
            } else {
                Feedback.info("radio.review.approved", reviewVersion);
            }
            return again();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String sendBack() {
        try {
            reviews.sendBack(episodeId, reviewVersion, returnText);
            Feedback.info("radio.review.sentBack", reviewVersion);
            return again();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    public String clear(long findingId) {
        try {
            reviews.clearFinding(findingId, notes.get(findingId));
            Feedback.info("finding.clearedNotice");
            return again();
        } catch (RuleViolation e) {
            Feedback.error(e);
            return null;
        }
    }

    private String again() {
        Feedback.keepForRedirect();
        return "/radio/episode?faces-redirect=true&id=" + episodeId;
    }

    public boolean isReady() {
        return ready;
    }

    public boolean isMaySend() {
        return ready && status == EpisodeStatus.SCRIPT_DRAFT && scriptVersions > 0 && role("PRODUCER");
    }

    public boolean isMayReview() {
        return ready && status == EpisodeStatus.IN_REVIEW && role("REVIEWER");
    }

    public long getOpenFindings() {
        return findings.stream().filter(f -> f.clearedBy() == null).count();
    }

    private static boolean role(String role) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(role);
    }

    public EpisodeStatus getStatus() {
        return status;
    }

    public Integer getReviewVersion() {
        return reviewVersion;
    }

    public Integer getApprovedVersion() {
        return approvedVersion;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public String getReturnNote() {
        return returnNote;
    }

    public int getShownScriptVersion() {
        return shownScriptVersion;
    }

    public void setShownScriptVersion(int shownScriptVersion) {
        this.shownScriptVersion = shownScriptVersion;
    }

    public List<FindingRow> getFindings() {
        return findings;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getReturnText() {
        return returnText;
    }

    public void setReturnText(String returnText) {
        this.returnText = returnText;
    }
}
