package org.sachet.catalogue;

/** Fired when what the public catalogue shows of a material changed (published, withdrawn, described). */
public record MaterialChanged(long materialId) {
}
