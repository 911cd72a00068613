package org.sachet.catalogue;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RuleViolation;

import java.time.Instant;

/**
 * One uploaded file of a material, named by its SHA-256 in the file store. The file never changes; what
 * changes is where the version stands ({@link VersionState}) and, once, what reading it gave. Every
 * transition checks its rule here, so no service can skip one.
 */
@Entity
@Table(name = "MATERIAL_VERSION")
public class MaterialVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "MATERIAL_ID", updatable = false)
    private Material material;

    @Column(name = "NUMBER", nullable = false, updatable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATE", nullable = false)
    private VersionState state;

    @Column(name = "SHA256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "FILE_SIZE", nullable = false, updatable = false)
    private long size;

    @Column(name = "FILE_NAME", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "NAME_MISMATCH", updatable = false)
    private String nameMismatch;

    @Column(name = "UPLOADED_BY", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "SUBMITTED_AT")
    private Instant submittedAt;

    @Column(name = "DECIDED_BY")
    private String decidedBy;

    @Column(name = "DECIDED_AT")
    private Instant decidedAt;

    @Column(name = "DECISION_REASON")
    private String decisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "EXTRACTION", nullable = false)
    private ExtractionState extraction;

    @Column(name = "EXTRACTION_PROBLEM")
    private String extractionProblem;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "EXTRACTED_TEXT")
    private String extractedText;

    @Column(name = "TEXT_TRUNCATED", nullable = false)
    private boolean textTruncated;

    @Column(name = "META_TITLE")
    private String metaTitle;

    @Column(name = "META_AUTHOR")
    private String metaAuthor;

    @Column(name = "META_PAGES")
    private Integer pages;

    @Column(name = "META_LANGUAGE")
    private String detectedLanguage;

    @Column(name = "META_DURATION_S")
    private Double durationSeconds;

    @Column(name = "META_WIDTH")
    private Integer width;

    @Column(name = "META_HEIGHT")
    private Integer height;

    @Column(name = "THUMBNAIL_SHA256")
    private String thumbnailSha256;

    @Column(name = "CRC32")
    private Long crc32;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected MaterialVersion() {
    }

    MaterialVersion(Material material, int number, ReceivedFile file, String uploadedBy, Instant uploadedAt) {
        this.material = material;
        this.number = number;
        this.state = VersionState.DRAFT;
        this.sha256 = file.sha256();
        this.size = file.size();
        this.fileName = file.fileName();
        this.mediaType = file.mediaType();
        this.nameMismatch = file.nameMismatch();
        this.crc32 = file.crc32();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
        this.extraction = ExtractionState.PENDING;
    }

    void submit(Instant at) {
        requireState(VersionState.DRAFT, "version.submit.notDraft");
        material.requireComplete();
        state = VersionState.IN_REVIEW;
        submittedAt = at;
    }

    /** Whether this person uploaded the version; they may not also decide on it (the four-eyes rule). */
    public boolean isUploadedBy(String username) {
        return uploadedBy.equals(username);
    }

    /** A reviewer's decision must come from someone else than the uploader: the four-eyes rule. */
    private void requireOtherReviewer(String reviewer) {
        if (isUploadedBy(reviewer)) {
            throw new RuleViolation("version.review.ownUpload");
        }
    }

    void publish(String reviewer, Instant at, long openFindings) {
        requireState(VersionState.IN_REVIEW, "version.publish.notInReview");
        requireOtherReviewer(reviewer);
        if (!extraction.isFinished()) {
            throw new RuleViolation("version.publish.extractionPending");
        }
        if (openFindings > 0) {
            throw new RuleViolation("version.publish.openFindings", openFindings);
        }
        state = VersionState.PUBLISHED;
        decidedBy = reviewer;
        decidedAt = at;
        material.publish(this);
    }

    void reject(String reviewer, String reason, Instant at) {
        requireState(VersionState.IN_REVIEW, "version.reject.notInReview");
        requireOtherReviewer(reviewer);
        decisionReason = Material.required("reason", reason, Material.MAX_REASON);
        state = VersionState.REJECTED;
        decidedBy = reviewer;
        decidedAt = at;
    }

    void clearFinding(SafeguardingFinding finding, String reviewer, String note, Instant at) {
        requireState(VersionState.IN_REVIEW, "finding.clear.notInReview");
        requireOtherReviewer(reviewer);
        finding.clear(reviewer, Material.required("note", note, Material.MAX_REASON), at);
    }

    void replace() {
        if (!state.isPending()) {
            throw new IllegalStateException("only a pending version can be replaced");
        }
        state = VersionState.REPLACED;
    }

    void supersede() {
        state = VersionState.SUPERSEDED;
    }

    void withdraw() {
        state = VersionState.WITHDRAWN;
    }

    void recordExtraction(ExtractedContent content) {
        // the lazy text first: loading it (EclipseLink fetch group) would overwrite fields already set
        extractedText = content.text();
        extraction = content.state();
        extractionProblem = content.problem();
        textTruncated = content.truncated();
        metaTitle = content.title();
        metaAuthor = content.author();
        pages = content.pages();
        detectedLanguage = content.language();
        durationSeconds = content.durationSeconds();
        width = content.width();
        height = content.height();
        thumbnailSha256 = content.thumbnailSha256();
    }

    private void requireState(VersionState expected, String key) {
        if (state != expected) {
            throw new RuleViolation(key, number, state);
        }
    }

    /** The name a download carries: the uploaded name, which the upload already made safe. */
    public String downloadName() {
        return fileName;
    }

    /** The file's CRC-32 (what a ZIP entry needs), or null until a lesson kit first holds the file. */
    public Long getCrc32() {
        return crc32;
    }

    /** Keeps the CRC-32 read from the file; the file never changes, so it is read once. */
    public void rememberCrc32(long value) {
        if (crc32 == null) {
            crc32 = value;
        }
    }

    public Long getId() {
        return id;
    }

    public Material getMaterial() {
        return material;
    }

    public int getNumber() {
        return number;
    }

    public VersionState getState() {
        return state;
    }

    public String getSha256() {
        return sha256;
    }

    public long getSize() {
        return size;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public String getNameMismatch() {
        return nameMismatch;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecisionReason() {
        return decisionReason;
    }

    public ExtractionState getExtraction() {
        return extraction;
    }

    public String getExtractionProblem() {
        return extractionProblem;
    }

    public String getExtractedText() {
        return extractedText;
    }

    public boolean isTextTruncated() {
        return textTruncated;
    }

    public String getMetaTitle() {
        return metaTitle;
    }

    public String getMetaAuthor() {
        return metaAuthor;
    }

    public Integer getPages() {
        return pages;
    }

    public String getDetectedLanguage() {
        return detectedLanguage;
    }

    public Double getDurationSeconds() {
        return durationSeconds;
    }

    public Integer getWidth() {
        return width;
    }

    public Integer getHeight() {
        return height;
    }

    public String getThumbnailSha256() {
        return thumbnailSha256;
    }
}
