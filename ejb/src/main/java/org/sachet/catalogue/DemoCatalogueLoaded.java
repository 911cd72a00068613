package org.sachet.catalogue;

/** Fired when the demo catalogue of a new installation is in place, so areas that use materials add theirs. */
public record DemoCatalogueLoaded() {
}
