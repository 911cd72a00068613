package org.sachet.backups;

import java.time.Instant;
import java.util.Optional;

/**
 * Where a backup stands: running with how much of it is written, finished in its folder, or failed with a
 * message key (a {@link org.sachet.platform.RuleViolation}-style key and its arguments).
 */
public record BackupStatus(String name, State state, String folder, Instant startedAt, Instant finishedAt,
                           long bytesDone, long bytesTotal, long files, String problemKey, Object[] problemArguments) {

    public enum State { RUNNING, FINISHED, FAILED }

    public Optional<String> problem() {
        return Optional.ofNullable(problemKey);
    }
}
