package org.sachet.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Nepal's time (UTC+5:45): what "today" and periods mean in Sachet, whatever the server's own zone. */
public final class NepaliTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kathmandu");

    private NepaliTime() {
    }

    public static LocalDate today() {
        return LocalDate.now(Clock.system(ZONE));
    }
}
