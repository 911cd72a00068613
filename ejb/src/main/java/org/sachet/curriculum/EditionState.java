package org.sachet.curriculum;

/**
 * Where an edition stands. Editors write a draft; publishing it makes it the edition teachers see and
 * supersedes the one before, which stays downloadable for classes that started on it.
 */
public enum EditionState {
    DRAFT, PUBLISHED, SUPERSEDED
}
