package org.sachet.radio;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * A community radio station the programme buys or is given airtime on: its name, frequency, who to call there,
 * and the local levels its signal covers (what aired broadcasts count as reached).
 */
@Entity
@Table(name = "RADIO_STATION")
public class Station {

    static final int MAX_NAME = 100;
    static final int MAX_FREQUENCY = 40;
    static final int MAX_CONTACT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NAME", nullable = false)
    private String name;

    @Column(name = "FREQUENCY", nullable = false)
    private String frequency;

    @Column(name = "CONTACT", nullable = false)
    private String contact;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "RADIO_STATION_COVERAGE", joinColumns = @JoinColumn(name = "STATION_ID"))
    @Column(name = "LOCAL_LEVEL_CODE")
    private Set<Integer> localLevels = new TreeSet<>();

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Station() {
    }

    public Station(StationDetails details, String createdBy, Instant createdAt) {
        describe(details);
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Corrects what is written about the station; its broadcasts stay. */
    public void correct(StationDetails details) {
        describe(details);
    }

    private void describe(StationDetails details) {
        String n = RequiredText.of(details.name(), MAX_NAME, "name", "radio.station.name.invalid");
        String f = RequiredText.of(details.frequency(), MAX_FREQUENCY, "frequency", "radio.station.frequency.invalid");
        String c = RequiredText.of(details.contact(), MAX_CONTACT, "contact", "radio.station.contact.invalid");
        if (details.localLevels() == null || details.localLevels().isEmpty()) {
            throw new RuleViolation("localLevels", "radio.station.coverage.required");
        }
        this.name = n;
        this.frequency = f;
        this.contact = c;
        this.localLevels.clear();
        this.localLevels.addAll(details.localLevels());
    }

    /** For the audit trail. */
    public String describe() {
        return name + " (" + frequency + ", " + localLevels.size() + " local levels)";
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getFrequency() {
        return frequency;
    }

    public String getContact() {
        return contact;
    }

    public Set<Integer> getLocalLevels() {
        return Collections.unmodifiableSet(new TreeSet<>(localLevels));
    }

    public long getVersion() {
        return version;
    }
}
