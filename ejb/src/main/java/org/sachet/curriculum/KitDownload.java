package org.sachet.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.sachet.geography.Place;

import java.time.LocalDate;

/** One kit download, for the reach figures: the kit, the day, the role and the place, never the person. */
@Entity
@Table(name = "KIT_DOWNLOAD")
public class KitDownload {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "KIT_ID", nullable = false, updatable = false)
    private String kitId;

    @Column(name = "EDITION_ID", nullable = false, updatable = false)
    private long editionId;

    @Column(name = "DOWNLOADED_ON", nullable = false, updatable = false)
    private LocalDate downloadedOn;

    @Column(name = "ROLE_NAME", nullable = false, updatable = false)
    private String role;

    @Column(name = "PLACE_LEVEL", updatable = false)
    private String placeLevel;

    @Column(name = "PLACE_CODE", updatable = false)
    private Integer placeCode;

    protected KitDownload() {
    }

    KitDownload(KitId kit, long editionId, LocalDate downloadedOn, String role, Place place) {
        this.kitId = kit.toString();
        this.editionId = editionId;
        this.downloadedOn = downloadedOn;
        this.role = role;
        this.placeLevel = place == null ? null : place.getLevel().name();
        this.placeCode = place == null ? null : place.getCode();
    }
}
