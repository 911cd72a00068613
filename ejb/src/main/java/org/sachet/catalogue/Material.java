package org.sachet.catalogue;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * An SBCC material as the catalogue shows it: titles, summary, tags and who may see it. Its files are
 * {@link MaterialVersion}s; at most one of them is published at a time, and a withdrawn material has none.
 */
@Entity
@Table(name = "MATERIAL")
public class Material {

    public static final int MAX_TITLE = 300;
    public static final int MAX_SUMMARY = 4000;
    public static final int MAX_REASON = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "TITLE_EN", nullable = false)
    private String titleEnglish;

    @Column(name = "TITLE_NE", nullable = false)
    private String titleNepali;

    @Column(name = "SUMMARY", nullable = false)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "MATERIAL_TYPE", nullable = false)
    private MaterialType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "VISIBILITY", nullable = false)
    private Visibility visibility;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MATERIAL_TOPIC", joinColumns = @JoinColumn(name = "MATERIAL_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "TOPIC")
    private Set<Topic> topics = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MATERIAL_AUDIENCE", joinColumns = @JoinColumn(name = "MATERIAL_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "AUDIENCE")
    private Set<Audience> audiences = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "MATERIAL_LANGUAGE", joinColumns = @JoinColumn(name = "MATERIAL_ID"))
    @Enumerated(EnumType.STRING)
    @Column(name = "LANGUAGE")
    private Set<MaterialLanguage> languages = new HashSet<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "PUBLISHED_VERSION_ID")
    private MaterialVersion publishedVersion;

    @Column(name = "WITHDRAWN_AT")
    private Instant withdrawnAt;

    @Column(name = "WITHDRAWAL_REASON")
    private String withdrawalReason;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Material() {
    }

    public Material(MaterialDraft draft, String createdBy, Instant createdAt) {
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        describe(draft);
    }

    /**
     * Sets the catalogue description. A draft may still lack its summary and tags (an upload starts as a
     * draft titled after its file); {@link #requireComplete()} holds them back from review until complete.
     */
    public void describe(MaterialDraft draft) {
        check(draft);
        this.titleEnglish = draft.titleEnglish().strip();
        this.titleNepali = draft.titleNepali().strip();
        this.summary = draft.summary() == null ? "" : draft.summary().strip();
        this.type = draft.type();
        this.visibility = draft.visibility();
        this.topics.clear();
        this.topics.addAll(draft.topics());
        this.audiences.clear();
        this.audiences.addAll(draft.audiences());
        this.languages.clear();
        this.languages.addAll(draft.languages());
    }

    /** The rules a description must always meet; checked before anything changes. */
    public static void check(MaterialDraft draft) {
        required("titleEnglish", draft.titleEnglish(), MAX_TITLE);
        required("titleNepali", draft.titleNepali(), MAX_TITLE);
        if (draft.summary() != null && draft.summary().strip().length() > MAX_SUMMARY) {
            throw new RuleViolation("summary", "material.field.tooLong", MAX_SUMMARY);
        }
        if (draft.type() == null) {
            throw new RuleViolation("type", "material.type.required");
        }
        if (draft.visibility() == null) {
            throw new RuleViolation("visibility", "material.visibility.required");
        }
    }

    /** What reviewers and readers need before a version goes to review: a summary and the tags. */
    public void requireComplete() {
        if (summary.isBlank()) {
            throw new RuleViolation("summary", "material.summary.required");
        }
        if (topics.isEmpty()) {
            throw new RuleViolation("topics", "material.topics.required");
        }
        if (audiences.isEmpty()) {
            throw new RuleViolation("audiences", "material.audiences.required");
        }
        if (languages.isEmpty()) {
            throw new RuleViolation("languages", "material.languages.required");
        }
    }

    static String required(String field, String value, int max) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RuleViolation(field, "material.field.required");
        }
        if (text.length() > max) {
            throw new RuleViolation(field, "material.field.tooLong", max);
        }
        return text;
    }

    void publish(MaterialVersion version) {
        if (publishedVersion != null) {
            publishedVersion.supersede();
        }
        publishedVersion = version;
        withdrawnAt = null;
        withdrawalReason = null;
    }

    void withdraw(String reason, Instant at) {
        if (publishedVersion == null) {
            throw new RuleViolation("material.notPublished");
        }
        String why = required("reason", reason, MAX_REASON);
        publishedVersion.withdraw();
        publishedVersion = null;
        withdrawnAt = at;
        withdrawalReason = why;
    }

    public boolean isPublished() {
        return publishedVersion != null;
    }

    public boolean isVisibleTo(Set<Visibility> open) {
        return isPublished() && open.contains(visibility);
    }

    public MaterialDraft toDraft() {
        return new MaterialDraft(titleEnglish, titleNepali, summary, type, visibility, topics, audiences, languages);
    }

    public Long getId() {
        return id;
    }


    public String getTitleEnglish() {
        return titleEnglish;
    }

    public String getTitleNepali() {
        return titleNepali;
    }

    public String getSummary() {
        return summary;
    }

    public MaterialType getType() {
        return type;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public Set<Topic> getTopics() {
        return Collections.unmodifiableSet(topics);
    }

    public Set<Audience> getAudiences() {
        return Collections.unmodifiableSet(audiences);
    }

    public Set<MaterialLanguage> getLanguages() {
        return Collections.unmodifiableSet(languages);
    }

    public MaterialVersion getPublishedVersion() {
        return publishedVersion;
    }

    public Instant getWithdrawnAt() {
        return withdrawnAt;
    }

    public String getWithdrawalReason() {
        return withdrawalReason;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
