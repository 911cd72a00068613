package org.sachet.ambassadors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A file only staff may open (a guardian's signed consent, a ward office's letter): in the file store by its
 * SHA-256 like a material's file, but never published, never searched and never scanned for personal data,
 * which it is expected to hold.
 */
@Entity
@Table(name = "STAFF_DOCUMENT")
public class StaffDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "SHA256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "FILE_NAME", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "MEDIA_TYPE", nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "SIZE_BYTES", nullable = false, updatable = false)
    private long size;

    @Column(name = "UPLOADED_BY", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "UPLOADED_AT", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected StaffDocument() {
    }

    StaffDocument(String sha256, String fileName, String mediaType, long size, String uploadedBy, Instant uploadedAt) {
        this.sha256 = sha256;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.size = size;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public Long getId() {
        return id;
    }

    public String getSha256() {
        return sha256;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
