package org.sachet.platform;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * What this server has done and how it fares, for the operator's Prometheus ({@code /metrics}, behind the operator
 * key): API requests by path and status with their latencies, sync batches and sessions, extraction, the search
 * index's lag behind the change feed, download bytes, and the JVM. Every meter carries the server's name
 * ({@code SACHET_INSTANCE}), so the servers of a cluster can be told apart. Tags come from fixed sets (path
 * templates, statuses, outcomes), never from what a caller typed, so the number of series stays bounded.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Metrics {

    /** Latency buckets for the API: a phone on a slow link waits seconds; the server's own part is milliseconds. */
    private static final Duration[] API_BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(25), Duration.ofMillis(100),
        Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2),
        Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private PrometheusMeterRegistry registry;
    private JvmGcMetrics garbageCollection;

    @PostConstruct
    void start() {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("server", SachetConfiguration.instance());
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        garbageCollection = new JvmGcMetrics();
        garbageCollection.bindTo(registry);
    }

    @PreDestroy
    void stop() {
        garbageCollection.close();
        registry.close();
    }

    /** Everything, in Prometheus's text format (version 0.0.4). */
    public String scrape() {
        return registry.scrape();
    }

    /**
     * One API request answered.
     *
     * @param path the operation's path template ({@code /api/v1/materials/{id}}), never the request's own path
     */
    public void apiRequest(String method, String path, int status, long nanos) {
        Timer.builder("sachet.api.requests").description("API requests answered, by operation and status")
                .tags("method", method, "path", path, "status", String.valueOf(status))
                .serviceLevelObjectives(API_BUCKETS).register(registry).record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A phone's batch of sessions synced: how many were new, repeats of ones stored before, or refused. */
    public void syncBatch(int stored, int repeats, int refused) {
        Counter.builder("sachet.sync.batches").description("Session batches synced").register(registry).increment();
        sessions("stored", stored);
        sessions("repeat", repeats);
        sessions("refused", refused);
    }

    private void sessions(String outcome, int count) {
        Counter.builder("sachet.sync.sessions").description("Sessions received in syncs, by outcome")
                .tag("outcome", outcome).register(registry).increment(count);
    }

    /** An uploaded file read (or not): done, no_text, failed, or error (the reader itself broke). */
    public void extraction(String outcome) {
        Counter.builder("sachet.extractions").description("Uploaded files read, by outcome")
                .tag("outcome", outcome.toLowerCase(Locale.ROOT)).register(registry).increment();
    }

    /** Bytes of a file or a kit about to be sent (material, version, thumbnail, kit). */
    public void downloaded(String kind, long bytes) {
        if (bytes > 0) {
            Counter.builder("sachet.download.bytes").description("Bytes of files and kits sent, by kind")
                    .tag("kind", kind).register(registry).increment(bytes);
        }
    }

    /** A figure read when Prometheus asks (a queue's length, a lag); its owner stays reachable from here. */
    public <T> void gauge(String name, String description, T owner, ToDoubleFunction<T> value) {
        Gauge.builder(name, owner, value).description(description).strongReference(true).register(registry);
    }
}
