package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.CatalogueWorkflow;
import org.sachet.catalogue.MaterialVersion;
import org.sachet.catalogue.SafeguardingFinding;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A reviewer looks at one version: the file beside its findings; clears findings, publishes or rejects. */
@Named
@ViewScoped
public class VersionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private CatalogueWorkflow workflow;

    private Long id;
    private boolean found = true;
    private MaterialVersion version;
    private List<SafeguardingFinding> findings = List.of();
    private final Map<Long, String> notes = new HashMap<>();
    private String rejectionReason;

    public void load() {
        if (id == null || catalogue.findVersion(id).isEmpty()) {
            found = false;
            return;
        }
        refresh();
    }

    private void refresh() {
        version = catalogue.findVersion(id).orElseThrow();
        findings = catalogue.findings(id);
    }

    public void clear(SafeguardingFinding finding) {
        try {
            workflow.clearFinding(finding.getId(), notes.get(finding.getId()));
            notes.remove(finding.getId());
            Feedback.info("finding.clearedNotice");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
        refresh();
    }

    public void publish() {
        try {
            workflow.publish(id);
            Feedback.info("version.publishedNotice");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
        refresh();
    }

    public void reject() {
        try {
            workflow.reject(id, rejectionReason);
            Feedback.info("version.rejectedNotice");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
        refresh();
    }

    public long getOpenFindings() {
        return findings.stream().filter(SafeguardingFinding::isOpen).count();
    }

    /** How the page previews the file: pdf, image, audio, video or none (download only). */
    public String getPreviewKind() {
        String type = version.getMediaType();
        if (type.equals("application/pdf")) {
            return "pdf";
        }
        if (type.startsWith("image/") && !type.contains("svg")) {
            return "image";
        }
        if (type.startsWith("audio/")) {
            return "audio";
        }
        if (type.startsWith("video/")) {
            return "video";
        }
        return "none";
    }

    public boolean isOwnUpload() {
        return version.isUploadedBy(
                jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRemoteUser());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public boolean isFound() {
        return found;
    }

    public MaterialVersion getVersion() {
        return version;
    }

    public List<SafeguardingFinding> getFindings() {
        return findings;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }
}
