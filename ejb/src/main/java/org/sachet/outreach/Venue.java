package org.sachet.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.geography.LocalLevel;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.regex.Pattern;

/** A place where outreach happens — a school, a club, a group — in a ward of a local level. */
@Entity
@Table(name = "VENUE")
public class Venue {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "CODE", nullable = false, unique = true, updatable = false)
    private String code;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "VENUE_TYPE", nullable = false)
    private VenueType type;

    @Column(name = "LOCAL_LEVEL_CODE", nullable = false)
    private int localLevelCode;

    @Column(name = "WARD", nullable = false)
    private int ward;

    @Column(name = "SCHOOL_CODE")
    private String schoolCode;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Venue() {
    }

    /** @param code the programme's short code for the venue, upper case, e.g. {@code BNK-NPJ-SCH-01} */
    public Venue(String code, String name, VenueType type, LocalLevel localLevel, int ward, String createdBy,
                 Instant createdAt) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new RuleViolation("code", "venue.code.invalid");
        }
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("name", "venue.name.invalid");
        }
        if (!localLevel.hasWard(ward)) {
            throw new RuleViolation("ward", "venue.ward.invalid", localLevel.getWards());
        }
        this.code = code;
        this.name = name.strip();
        this.type = type;
        this.localLevelCode = localLevel.getCode();
        this.ward = ward;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** The national school code (EMIS), when the venue is a school and the code is known. */
    public void recordSchoolCode(String code) {
        if (code == null || code.isBlank()) {
            schoolCode = null;
            return;
        }
        if (!code.strip().matches("[0-9A-Za-z-]{1,20}")) {
            throw new RuleViolation("schoolCode", "venue.schoolCode.invalid");
        }
        schoolCode = code.strip();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public VenueType getType() {
        return type;
    }

    public int getLocalLevelCode() {
        return localLevelCode;
    }

    public int getWard() {
        return ward;
    }

    public String getSchoolCode() {
        return schoolCode;
    }
}
