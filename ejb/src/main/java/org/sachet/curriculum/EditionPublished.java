package org.sachet.curriculum;

/** Fired when an edition is published (and the one before it superseded): the kits change. */
public record EditionPublished(long editionId) {
}
