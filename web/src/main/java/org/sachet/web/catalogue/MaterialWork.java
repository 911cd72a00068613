package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.sachet.audit.AuditEntry;
import org.sachet.catalogue.Audience;
import org.sachet.catalogue.CatalogueQueries;
import org.sachet.catalogue.CatalogueWorkflow;
import org.sachet.catalogue.DescriptionChange;
import org.sachet.catalogue.Material;
import org.sachet.catalogue.MaterialDescriptions;
import org.sachet.catalogue.MaterialDownloads;
import org.sachet.catalogue.MaterialDraft;
import org.sachet.catalogue.MaterialLanguage;
import org.sachet.catalogue.MaterialType;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.catalogue.MaterialVersion;
import org.sachet.catalogue.SafeguardingFinding;
import org.sachet.catalogue.Topic;
import org.sachet.catalogue.Visibility;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An editor's working page for one material: its description, its versions with what reading each file
 * gave and the safeguarding findings, the next step in the workflow, and the material's history.
 */
@Named
@ViewScoped
public class MaterialWork implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CatalogueQueries catalogue;

    @Inject
    private CatalogueWorkflow workflow;

    @Inject
    private MaterialDescriptions descriptions;

    @Inject
    private MaterialUploads uploads;

    @Inject
    private MaterialDownloads downloads;

    private Map<String, Long> downloadsByRole;

    private Long id;
    private boolean found = true;
    private Material material;
    private List<MaterialVersion> versions = List.of();
    private List<SafeguardingFinding> findings = List.of();

    private String titleEnglish;
    private String titleNepali;
    private String summary;
    private String type;
    private String visibility;
    private List<String> topics = new ArrayList<>();
    private List<String> audiences = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String withdrawalReason;
    /** What the form read: saving it after someone else changed the description is refused. */
    private String stamp;
    private DescriptionChange pending;
    private DescriptionChange lastDecided;

    public void load() {
        if (id == null) {
            found = false;
            return;
        }
        Optional<Material> loaded = catalogue.find(id);
        if (loaded.isEmpty()) {
            found = false;
            return;
        }
        material = loaded.get();
        // a change waiting for review is what the editor goes on with; the catalogue shows the published one
        pending = descriptions.pendingFor(id).orElse(null);
        stamp = descriptions.stampOf(id);
        MaterialDraft draft = pending != null ? pending.toDraft() : material.toDraft();
        titleEnglish = draft.titleEnglish();
        titleNepali = draft.titleNepali();
        summary = draft.summary();
        type = draft.type().name();
        visibility = draft.visibility().name();
        topics = names(draft.topics());
        audiences = names(draft.audiences());
        languages = names(draft.languages());
        refresh();
    }

    private void refresh() {
        material = catalogue.find(id).orElseThrow();
        pending = descriptions.pendingFor(id).orElse(null);
        lastDecided = descriptions.lastDecidedFor(id).orElse(null);
        versions = catalogue.versions(id);
        findings = versions.isEmpty() ? List.of() : catalogue.findings(versions.get(0).getId());
    }

    public void save() {
        try {
            MaterialDescriptions.Outcome outcome = describe();
            Feedback.info(outcome == MaterialDescriptions.Outcome.WAITING_FOR_REVIEW ? "material.savedForReview"
                    : "material.saved");
            refresh();
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
    }

    /** Saves the form and takes the new stamp, so the same person may save again. */
    private MaterialDescriptions.Outcome describe() {
        MaterialDescriptions.Outcome outcome = descriptions.describe(id, draft(), stamp);
        stamp = descriptions.stampOf(id);
        return outcome;
    }

    public void submit() {
        try {
            describe();
            workflow.submit(getLatest().getId());
            Feedback.info("version.submitted");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
        refresh();
    }

    public void uploadVersion(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            MaterialVersion version = uploads.uploadVersion(id, content, file.getFileName(), file.getSize());
            Feedback.info("version.uploadedNotice", version.getNumber());
        } catch (RuleViolation violation) {
            Feedback.error("upload.refusedFile", file.getFileName(),
                    Feedback.text(violation.messageKey(), violation.arguments()));
        } finally {
            file.delete();
        }
        refresh();
    }

    public void withdraw() {
        try {
            workflow.withdraw(id, withdrawalReason);
            withdrawalReason = null;
            Feedback.info("material.withdrawnNotice");
        } catch (RuleViolation violation) {
            Feedback.error(violation);
        }
        refresh();
    }

    /** Re-reads the versions, e.g. while the newest one's file is still being read in the background. */
    public void reload() {
        refresh();
    }

    /** The description waiting for review, or null. */
    public DescriptionChange getPending() {
        return pending;
    }

    /** The last decided description change, to show a rejection's reason; null when there is none. */
    public DescriptionChange getLastDecided() {
        return lastDecided;
    }

    private MaterialDraft draft() {
        return new MaterialDraft(titleEnglish, titleNepali, summary,
                type == null ? null : MaterialType.valueOf(type),
                visibility == null ? null : Visibility.valueOf(visibility),
                topics.stream().map(Topic::valueOf).collect(Collectors.toSet()),
                audiences.stream().map(Audience::valueOf).collect(Collectors.toSet()),
                languages.stream().map(MaterialLanguage::valueOf).collect(Collectors.toSet()));
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.toCollection(ArrayList::new));
    }

    public MaterialVersion getLatest() {
        return versions.isEmpty() ? null : versions.get(0);
    }

    public boolean isExtractionRunning() {
        MaterialVersion latest = getLatest();
        return latest != null && !latest.getExtraction().isFinished();
    }

    /** Downloads of the published file by role, counted without names, for the editor's sense of reach. */
    public Map<String, Long> getDownloadsByRole() {
        if (downloadsByRole == null) {
            downloadsByRole = downloads.downloadsByRole(id);
        }
        return downloadsByRole;
    }

    public long getDownloadTotal() {
        return getDownloadsByRole().values().stream().mapToLong(Long::longValue).sum();
    }

    public long getOpenFindings() {
        return findings.stream().filter(SafeguardingFinding::isOpen).count();
    }

    public List<AuditEntry> getHistory() {
        return id == null || !found ? List.of() : catalogue.history(id);
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

    public Material getMaterial() {
        return material;
    }

    public List<MaterialVersion> getVersions() {
        return versions;
    }

    public List<SafeguardingFinding> getFindings() {
        return findings;
    }

    public String getTitleEnglish() {
        return titleEnglish;
    }

    public void setTitleEnglish(String titleEnglish) {
        this.titleEnglish = titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public void setTitleNepali(String titleNepali) {
        this.titleNepali = titleNepali;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public List<String> getTopics() {
        return topics;
    }

    public void setTopics(List<String> topics) {
        this.topics = topics;
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public void setWithdrawalReason(String withdrawalReason) {
        this.withdrawalReason = withdrawalReason;
    }

    public long getMaxBytes() {
        return uploads.maxUploadBytes();
    }
}
