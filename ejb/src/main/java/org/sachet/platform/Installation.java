package org.sachet.platform;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this start of the application found: whether it made a new database with demo data, so that each area
 * adds its own demo records after the start-up work (org.sachet.startup) without depending on it.
 */
@ApplicationScoped
public class Installation {

    private volatile boolean newWithDemoData;

    public void madeNewWithDemoData() {
        newWithDemoData = true;
    }

    /** True when this start made a new database with demo data. */
    public boolean isNewWithDemoData() {
        return newWithDemoData;
    }
}
