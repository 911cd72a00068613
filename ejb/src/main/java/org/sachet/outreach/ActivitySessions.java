package org.sachet.outreach;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What outreach asks of the area that keeps youth ambassadors' action plans when a session says it carried out
 * one of their activities: whether it may, and that it did. Outreach depends on this, never on that area.
 * Implementations are plain beans, not EJBs: a refusal thrown here refuses one session of a batch, not the batch.
 */
public interface ActivitySessions {

    /**
     * Refuses (a RuleViolation) a session that may not record the activity: unknown, in another local level than
     * the session's venue, cancelled, or of a plan not approved or already closed, or held outside its period.
     */
    void checkRecordable(long activityId, int localLevelCode, LocalDate heldOn);

    /** A session recording the activity is stored: the activity is done (on the first such session's day). */
    void recorded(long activityId, LocalDate heldOn);

    /** Activities a session may record in these local levels, the soonest due first. */
    List<Option> open(Set<Integer> localLevelCodes);

    /** An activity to choose on the session form: its plan's titles, its own name and due date, its place. */
    record Option(long id, String planTitleEnglish, String planTitleNepali, String title, LocalDate dueOn,
                  int localLevelCode) implements Serializable {
    }
}
