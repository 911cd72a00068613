package org.sachet.web.platform;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;
import org.sachet.platform.ApplicationStartup;

/** Reports Sachet UP on {@code /health} once the database is migrated and the reference data loaded. */
@Readiness
@Liveness
@ApplicationScoped
public class SachetHealth implements HealthCheck {

    @EJB
    private ApplicationStartup startup;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sachet").status(startup.isReady()).build();
    }
}
