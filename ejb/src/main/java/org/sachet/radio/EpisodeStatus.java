package org.sachet.radio;

/** Where an episode stands, in the order it moves: its outline, a script being written and reviewed, then on air. */
public enum EpisodeStatus {
    OUTLINE, SCRIPT_DRAFT, IN_REVIEW, APPROVED, RECORDED, AIRED
}
