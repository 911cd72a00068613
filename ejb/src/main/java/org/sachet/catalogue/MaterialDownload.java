package org.sachet.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sachet.geography.PlaceLevel;

import java.time.LocalDate;

/** One download, for the reach figures: the day, the role and the place, never the person. */
@Entity
@Table(name = "MATERIAL_DOWNLOAD")
public class MaterialDownload {

    /** The role recorded for a visitor who is not signed in. */
    public static final String ANONYMOUS = org.sachet.accounts.CountedAs.ANONYMOUS;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "MATERIAL_ID", nullable = false, updatable = false)
    private long materialId;

    @Column(name = "VERSION_ID", nullable = false, updatable = false)
    private long versionId;

    @Column(name = "DOWNLOADED_ON", nullable = false, updatable = false)
    private LocalDate downloadedOn;

    @Column(name = "ROLE_NAME", nullable = false, updatable = false)
    private String role;

    @Column(name = "PLACE_LEVEL", updatable = false)
    private String placeLevel;

    @Column(name = "PLACE_CODE", updatable = false)
    private Integer placeCode;

    protected MaterialDownload() {
    }

    MaterialDownload(long materialId, long versionId, LocalDate downloadedOn, String role, PlaceLevel placeLevel,
                     Integer placeCode) {
        this.materialId = materialId;
        this.versionId = versionId;
        this.downloadedOn = downloadedOn;
        this.role = role;
        this.placeLevel = placeLevel == null ? null : placeLevel.name();
        this.placeCode = placeCode;
    }

    public LocalDate getDownloadedOn() {
        return downloadedOn;
    }

    public String getRole() {
        return role;
    }
}
