package org.sachet.radio;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.sachet.platform.RequiredText;
import org.sachet.platform.RuleViolation;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An episode on a station at a time, for some minutes, bought, free or sponsored; after its time, what the
 * station ran (as-run). Only an approved (or recorded, or aired) episode is scheduled. A confirmation sent twice
 * answers the same; a different one after the first is refused.
 */
@Entity
@Table(name = "RADIO_BROADCAST")
public class BroadcastSlot {

    static final int MAX_MINUTES = 120;
    static final long MAX_PRICE = 10_000_000;
    static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "ID")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "STATION_ID", updatable = false)
    private Station station;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "EPISODE_ID", updatable = false)
    private Episode episode;

    @Column(name = "STARTS_AT", nullable = false)
    private Instant startsAt;

    @Column(name = "MINUTES", nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(name = "PAYMENT", nullable = false)
    private BroadcastPayment payment;

    @Column(name = "PRICE_NPR")
    private Long priceNpr;

    @Enumerated(EnumType.STRING)
    @Column(name = "AS_RUN", nullable = false)
    private AsRun asRun = AsRun.PLANNED;

    @Column(name = "AS_RUN_REASON")
    private String asRunReason;

    @Column(name = "AS_RUN_BY")
    private String asRunBy;

    @Column(name = "AS_RUN_AT")
    private Instant asRunAt;

    /** The slot this one was moved to, when it was rescheduled. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "RESCHEDULED_TO_ID")
    private BroadcastSlot rescheduledTo;

    @Column(name = "CREATED_BY", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "CREATED_AT", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "VERSION")
    private long version;

    protected BroadcastSlot() {
    }

    BroadcastSlot(Station station, Episode episode, SlotDetails details, String by, Instant at) {
        if (episode.getApprovedVersion() == null || episode.getStatus() != EpisodeStatus.APPROVED
                && episode.getStatus() != EpisodeStatus.RECORDED && episode.getStatus() != EpisodeStatus.AIRED) {
            throw new RuleViolation("episode", "radio.broadcast.notApproved", episode.getNumber());
        }
        if (details.startsAt() == null) {
            throw new RuleViolation("startsAt", "radio.broadcast.start.required");
        }
        Integer length = details.minutes();
        if (length == null || length < 1 || length > MAX_MINUTES) {
            throw new RuleViolation("minutes", "radio.broadcast.minutes.invalid", MAX_MINUTES);
        }
        if (details.payment() == null) {
            throw new RuleViolation("payment", "radio.broadcast.payment.required");
        }
        Long price = details.priceNpr();
        if (details.payment() == BroadcastPayment.PAID && (price == null || price < 1 || price > MAX_PRICE)) {
            throw new RuleViolation("priceNpr", "radio.broadcast.price.invalid", MAX_PRICE);
        }
        this.station = station;
        this.episode = episode;
        this.startsAt = details.startsAt();
        this.minutes = length;
        this.payment = details.payment();
        this.priceNpr = details.payment() == BroadcastPayment.PAID ? price : null;
        this.createdBy = by;
        this.createdAt = at;
    }

    /** When the slot ends. */
    public Instant endsAt() {
        return startsAt.plus(Duration.ofMinutes(minutes));
    }

    /** Whether this slot holds the station's air at any moment between the start and the end given. */
    boolean overlaps(Instant start, Instant end) {
        return holdsAir() && startsAt.isBefore(end) && start.isBefore(endsAt());
    }

    /** A slot not aired or moved away no longer holds its time. */
    boolean holdsAir() {
        return asRun == AsRun.PLANNED || asRun == AsRun.AIRED;
    }

    /**
     * Records what the station ran. The same report again changes nothing and answers the same (a station's
     * retry); another report after the first is refused. A slot whose time has not come is refused.
     *
     * @return the new slot when the report moves this one, else empty
     */
    Optional<BroadcastSlot> confirm(AsRunReport report, String by, Instant now) {
        if (report == null || report.outcome() == null || report.outcome() == AsRun.PLANNED) {
            throw new RuleViolation("outcome", "radio.asRun.outcome.required");
        }
        if (asRun != AsRun.PLANNED) {
            if (sameAs(report)) {
                return Optional.ofNullable(rescheduledTo);
            }
            throw new RuleViolation("outcome", "radio.asRun.alreadyConfirmed", asRun);
        }
        if (startsAt.isAfter(now)) {
            throw new RuleViolation("outcome", "radio.asRun.future");
        }
        String reason = report.reason() == null || report.reason().isBlank() ? null
                : RequiredText.of(report.reason(), MAX_REASON, "reason", "radio.asRun.reason.invalid");
        BroadcastSlot moved = null;
        switch (report.outcome()) {
            case AIRED -> episode.aired();
            case NOT_AIRED -> {
                if (reason == null) {
                    throw new RuleViolation("reason", "radio.asRun.reason.invalid", MAX_REASON);
                }
            }
            case RESCHEDULED -> {
                if (report.rescheduledTo() == null || !report.rescheduledTo().isAfter(startsAt)) {
                    throw new RuleViolation("rescheduledTo", "radio.asRun.rescheduledTo.invalid");
                }
                moved = new BroadcastSlot(station, episode, new SlotDetails(report.rescheduledTo(), minutes, payment,
                        priceNpr), by, now);
            }
            default -> throw new IllegalStateException(report.outcome().name());
        }
        this.asRun = report.outcome();
        this.asRunReason = reason;
        this.asRunBy = by;
        this.asRunAt = now;
        this.rescheduledTo = moved;
        return Optional.ofNullable(moved);
    }

    private boolean sameAs(AsRunReport report) {
        String reason = report.reason() == null || report.reason().isBlank() ? null : report.reason().strip();
        return report.outcome() == asRun && Objects.equals(reason, asRunReason)
                && (asRun != AsRun.RESCHEDULED || rescheduledTo != null
                && rescheduledTo.getStartsAt().equals(report.rescheduledTo()));
    }

    public Long getId() {
        return id;
    }

    public Station getStation() {
        return station;
    }

    public Episode getEpisode() {
        return episode;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getMinutes() {
        return minutes;
    }

    public BroadcastPayment getPayment() {
        return payment;
    }

    public Long getPriceNpr() {
        return priceNpr;
    }

    public AsRun getAsRun() {
        return asRun;
    }

    public String getAsRunReason() {
        return asRunReason;
    }

    public String getAsRunBy() {
        return asRunBy;
    }

    public Instant getAsRunAt() {
        return asRunAt;
    }

    public BroadcastSlot getRescheduledTo() {
        return rescheduledTo;
    }

    public long getVersion() {
        return version;
    }
}
