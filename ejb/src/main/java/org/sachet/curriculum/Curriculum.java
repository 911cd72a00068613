package org.sachet.curriculum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RuleViolation;

import java.util.regex.Pattern;

/** A teaching package such as Sticks and Stones, revised in editions. */
@Entity
@Table(name = "CURRICULUM")
public class Curriculum {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "NAME_EN", nullable = false)
    private String nameEn;

    @Column(name = "NAME_NE", nullable = false)
    private String nameNe;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Curriculum() {
    }

    /** @param code a short lower-case name for file names and links, e.g. {@code sticks-and-stones} */
    public Curriculum(String code, String nameEn, String nameNe) {
        if (code == null || code.length() > 60 || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "curriculum.code.invalid");
        }
        this.code = code;
        this.nameEn = TextChecks.required("nameEn", nameEn, 200);
        this.nameNe = TextChecks.required("nameNe", nameNe, 200);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
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
