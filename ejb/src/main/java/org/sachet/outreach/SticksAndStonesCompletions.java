package org.sachet.outreach;

/**
 * The students of classes that have covered every lesson of their edition: the *completed* figure of the
 * reach indicators (each student counted once, by the class's enrolment).
 */
public record SticksAndStonesCompletions(int classes, int girls, int boys) {

    public int students() {
        return girls + boys;
    }
}
