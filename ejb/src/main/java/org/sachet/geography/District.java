package org.sachet.geography;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** One of the 77 districts, inside a province (reference data). */
@Entity
@Table(name = "DISTRICT")
@Cacheable
public class District {

    @Id
    @Column(name = "CODE")
    private int code;

    @ManyToOne(optional = false)
    @JoinColumn(name = "PROVINCE_CODE")
    private Province province;

    @Column(name = "NAME_EN", nullable = false)
    private String nameEn;

    @Column(name = "NAME_NE", nullable = false)
    private String nameNe;

    protected District() {
    }

    public District(int code, Province province, String nameEn, String nameNe) {
        this.code = code;
        this.province = Objects.requireNonNull(province);
        this.nameEn = Objects.requireNonNull(nameEn);
        this.nameNe = Objects.requireNonNull(nameNe);
    }

    public int getCode() {
        return code;
    }

    public Province getProvince() {
        return province;
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
}
