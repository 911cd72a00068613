package org.sachet.cluster;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import org.sachet.accounts.WebSignIns;
import org.sachet.catalogue.CatalogueSearch;
import org.sachet.curriculum.LessonKits;
import org.sachet.platform.ChangeFeed;
import org.sachet.platform.ChangeFeed.Change;
import org.sachet.platform.Metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this server's own derived state in step with changes made on any server sharing the database: every second
 * it reads the change feed after its position and re-reads what changed (the search index re-indexes a material from
 * the database, kit layouts are laid out again). Changes made here are followed again, which is harmless.
 */
@Singleton
@Startup
@DependsOn("CatalogueSearch")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ClusterFollower {

    private static final Logger LOG = Logger.getLogger(ClusterFollower.class.getName());
    static final Duration EVERY = Duration.ofSeconds(1);
    private static final int BATCH = 500;

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @EJB
    private ChangeFeed feed;

    @EJB
    private CatalogueSearch search;

    @EJB
    private LessonKits kits;

    /** How long the feed keeps changes: a server stopped for longer rebuilds its search index when it starts. */
    static final Duration KEPT = Duration.ofDays(7);

    @EJB
    private Leases leases;

    @EJB
    private WebSignIns signIns;

    @EJB
    private Metrics metrics;

    private FeedPosition position;
    private ScheduledFuture<?> following;
    private ScheduledFuture<?> pruning;
    private volatile Instant lastFollowed = Instant.now();
    private volatile boolean failing;

    @PostConstruct
    void start() {
        position = new FeedPosition(search.followedChange(), ChangeFeed.COMMIT_PATIENCE);
        following = scheduler.scheduleWithFixedDelay(this::followOnce, EVERY.toMillis(), EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        pruning = scheduler.scheduleWithFixedDelay(this::prune, 1, 60, TimeUnit.MINUTES);
        // the index's lag: changes committed that this server has not followed, and how long since it last could
        metrics.gauge("sachet.index.changes.behind", "Changes in the feed after the one this server's index followed",
                this, follower -> feed.countAfter(follower.position.watermark()));
        metrics.gauge("sachet.index.seconds.since.followed", "Seconds since this server last read the change feed",
                this, follower -> Duration.between(follower.lastFollowed, Instant.now()).toMillis() / 1000.0);
    }

    @PreDestroy
    void stop() {
        for (ScheduledFuture<?> task : new ScheduledFuture<?>[] {following, pruning}) {
            if (task != null) {
                task.cancel(false);
            }
        }
    }

    /**
     * Forgets the changes older than {@link #KEPT} and the ended web sign-ins that lapsed, on one server of those
     * sharing the database at a time.
     */
    private void prune() {
        try {
            if (leases.take(Leases.SWEEPS, Duration.ofMinutes(10))) {
                signIns.forgetLapsed(Instant.now());
                int forgotten = feed.forgetBefore(Instant.now().minus(KEPT));
                if (forgotten > 0) {
                    LOG.info(() -> "Forgot " + forgotten + " changes older than " + KEPT.toDays() + " days");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "pruning the change feed failed; trying again in an hour", e);
        }
    }

    /** Reads the feed once and follows what is new; never throws (the next round tries again). */
    synchronized void followOnce() {
        try {
            List<Change> unseen = position.unseen(feed.after(position.watermark(), BATCH));
            Set<Long> materials = new LinkedHashSet<>();
            boolean kitsChanged = false;
            for (Change change : unseen) {
                switch (change.topic()) {
                    case ChangeRecorder.MATERIAL -> {
                        materials.add(change.subjectId());
                        kitsChanged = true;
                    }
                    case ChangeRecorder.EDITION -> kitsChanged = true;
                    default -> LOG.warning(() -> "A change of an unknown kind in the feed: " + change);
                }
            }
            if (kitsChanged) {
                kits.forgetLayouts();
            }
            boolean moved = position.advance(Instant.now());
            if (!materials.isEmpty() || moved) {
                search.followChanges(materials, position.watermark());
            }
            lastFollowed = Instant.now();
            if (failing) {
                failing = false;
                LOG.info("Following the change feed again");
            }
        } catch (RuntimeException e) {
            if (!failing) {
                failing = true;
                LOG.log(Level.WARNING, "Following the change feed failed; trying again every second", e);
            }
        }
    }

    /** The last change followed, and when the feed was last read without error (the index's lag). */
    public FollowerState state() {
        return new FollowerState(position.watermark(), lastFollowed);
    }

    public record FollowerState(long watermark, Instant lastFollowed) {
    }
}
