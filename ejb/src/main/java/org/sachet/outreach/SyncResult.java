package org.sachet.outreach;

/** The stored session a report led to, and whether this report created it or repeated an earlier one. */
public record SyncResult(OutreachSession session, boolean created) {
}
