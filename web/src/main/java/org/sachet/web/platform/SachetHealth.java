package org.sachet.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.sachet.startup.ApplicationStartup;
import org.sachet.platform.DiskSpace;
import org.sachet.platform.SachetConfiguration;

/**
 * Reports Sachet UP on {@code /health} once the database is migrated and the reference data loaded, while the
 * database answers and the data folder's disk has more than the reserve free ({@code SACHET_MIN_FREE}).
 */
@Readiness
@Liveness
@ApplicationScoped
public class SachetHealth implements HealthCheck {

    @EJB
    private ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        boolean database = startup.isReady() && startup.databaseAnswers();
        long free = DiskSpace.free();
        boolean disk = free >= SachetConfiguration.minFreeBytes();
        return HealthCheckResponse.named("sachet").status(database && disk)
                .withData("database", database ? "UP" : "DOWN")
                .withData("diskFreeBytes", free)
                .withData("diskReserveBytes", SachetConfiguration.minFreeBytes()).build();
    }
}
