package org.sachet.reach;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.calendar.FiscalPeriod;
import org.sachet.geography.Place;
import org.sachet.platform.RuleViolation;

import java.time.Instant;

/** The figure to reach for one indicator in one place (the programme: the country) in one fiscal period. */
@Entity
@Table(name = "TARGET")
public class Target {

    /** More than this is a typing error: the whole country has about 30 million people. */
    public static final long MAX_VALUE = 100_000_000L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "INDICATOR_CODE", nullable = false, updatable = false)
    private Indicator indicator;

    @Embedded
    private Place place;

    @Column(name = "FISCAL_YEAR", nullable = false, updatable = false)
    private int fiscalYear;

    @Column(name = "QUARTER", nullable = false, updatable = false)
    private int quarter;

    @Column(name = "TARGET_VALUE", nullable = false)
    private long value;

    @Column(name = "SET_BY", nullable = false)
    private String setBy;

    @Column(name = "SET_AT", nullable = false)
    private Instant setAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected Target() {
    }

    public Target(Indicator indicator, Place place, FiscalPeriod period, long value, String by, Instant at) {
        if (indicator == null) {
            throw new RuleViolation("indicator", "target.indicator.required");
        }
        if (place == null) {
            throw new RuleViolation("place", "target.place.required");
        }
        if (period == null) {
            throw new RuleViolation("period", "target.period.required");
        }
        this.indicator = indicator;
        this.place = place;
        this.fiscalYear = period.startYear();
        this.quarter = period.quarter();
        change(value, by, at);
    }

    public void change(long newValue, String by, Instant at) {
        requireValue(newValue);
        value = newValue;
        setBy = by;
        setAt = at;
    }

    public static void requireValue(long value) {
        if (value < 0 || value > MAX_VALUE) {
            throw new RuleViolation("value", "target.value.range", MAX_VALUE);
        }
    }

    public FiscalPeriod period() {
        return new FiscalPeriod(fiscalYear, quarter);
    }

    public Long getId() {
        return id;
    }

    public Indicator getIndicator() {
        return indicator;
    }

    public Place getPlace() {
        return place;
    }

    public long getValue() {
        return value;
    }

    public String getSetBy() {
        return setBy;
    }

    public Instant getSetAt() {
        return setAt;
    }
}
