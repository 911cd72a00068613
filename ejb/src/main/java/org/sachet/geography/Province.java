package org.sachet.geography;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** One of Nepal's seven provinces (reference data). */
@Entity
@Table(name = "PROVINCE")
@Cacheable
public class Province {

    @Id
    @Column(name = "CODE")
    private int code;

    @Column(name = "NAME_EN", nullable = false)
    private String nameEn;

    @Column(name = "NAME_NE", nullable = false)
    private String nameNe;

    protected Province() {
    }

    public Province(int code, String nameEn, String nameNe) {
        this.code = code;
        this.nameEn = Objects.requireNonNull(nameEn);
        this.nameNe = Objects.requireNonNull(nameNe);
    }

    public int getCode() {
        return code;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getNameNe() {
        return nameNe;
    }

    /** The name in the given language ("ne" for Nepali, anything else English). */
    public String name(String language) {
        return "ne".equals(language) ? nameNe : nameEn;
    }
}
