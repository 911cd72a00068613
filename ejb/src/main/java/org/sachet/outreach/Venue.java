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
        this.code = code;
        place(name, type, localLevel, ward);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /**
     * Corrects what was written about the venue. Its code stays: phones and import files know it by that. Its
     * local level stays once anything is recorded there, since the sessions and their tallies count in the
     * local level they were logged in; a venue that really is elsewhere is added anew.
     *
     * @param recordsHere whether sessions or classes are recorded at the venue
     */
    public void correct(String name, VenueType type, LocalLevel localLevel, int ward, String schoolCode,
                        boolean recordsHere) {
        if (recordsHere && localLevel.getCode() != localLevelCode) {
            throw new RuleViolation("localLevel", "venue.localLevel.fixed");
        }
        String school = checkedSchoolCode(schoolCode);
        place(name, type, localLevel, ward);
        this.schoolCode = school;
    }

    private void place(String name, VenueType type, LocalLevel localLevel, int ward) {
        if (name == null || name.isBlank() || name.strip().length() > 200) {
            throw new RuleViolation("name", "venue.name.invalid");
        }
        if (type == null) {
            throw new RuleViolation("type", "venue.type.required");
        }
        if (!localLevel.hasWard(ward)) {
            throw new RuleViolation("ward", "venue.ward.invalid", localLevel.getWards());
        }
        this.name = name.strip();
        this.type = type;
        this.localLevelCode = localLevel.getCode();
        this.ward = ward;
    }

    /** The national school code (EMIS), when the venue is a school and the code is known. */
    public void recordSchoolCode(String code) {
        schoolCode = checkedSchoolCode(code);
    }

    private static String checkedSchoolCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!code.strip().matches("[0-9A-Za-z-]{1,20}")) {
            throw new RuleViolation("schoolCode", "venue.schoolCode.invalid");
        }
        return code.strip();
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

    public long getVersion() {
        return version;
    }

    /** What an audit entry says about the venue. */
    String describe() {
        return code + " " + name + " (" + type + ", " + localLevelCode + "/" + ward
                + (schoolCode == null ? "" : ", school " + schoolCode) + ")";
    }
}
