package org.sachet.geography;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * One of the 753 local levels (metropolitan and sub-metropolitan cities, municipalities, rural
 * municipalities), inside a district, divided into wards numbered 1..{@link #getWards()}.
 */
@Entity
@Table(name = "LOCAL_LEVEL")
@Cacheable
public class LocalLevel {

    @Id
    @Column(name = "CODE")
    private int code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "DISTRICT_CODE")
    private District district;

    @Column(name = "NAME_EN", nullable = false)
    private String nameEn;

    @Column(name = "NAME_NE", nullable = false)
    private String nameNe;

    @Enumerated(EnumType.STRING)
    @Column(name = "CATEGORY", nullable = false)
    private LocalLevelCategory category;

    @Column(name = "WARDS", nullable = false)
    private int wards;

    protected LocalLevel() {
    }

    public LocalLevel(int code, District district, String nameEn, String nameNe, LocalLevelCategory category,
                      int wards) {
        if (wards < 1) {
            throw new IllegalArgumentException("A local level has at least one ward: " + nameEn);
        }
        this.code = code;
        this.district = Objects.requireNonNull(district);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.nameNe = Objects.requireNonNull(nameNe);
        this.category = Objects.requireNonNull(category);
        this.wards = wards;
    }

    public boolean hasWard(int ward) {
        return ward >= 1 && ward <= wards;
    }

    public List<Integer> wardNumbers() {
        return IntStream.rangeClosed(1, wards).boxed().toList();
    }

    public int getCode() {
        return code;
    }

    public District getDistrict() {
        return district;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameNe() {
        return nameNe;
    }

    public String name(String language) {
        return "ne".equals(language) ? nameNe : nameEn;
    }

    public LocalLevelCategory getCategory() {
        return category;
    }

    public int getWards() {
        return wards;
    }
}
