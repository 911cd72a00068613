package org.sachet.http;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in HTTP headers (RFC 9110 §5.6.7): written as IMF-fixdate ({@code Sun, 06 Nov 1994 08:49:37 GMT}, the
 * day always two digits — the JDK's RFC 1123 formatter writes {@code 6 Nov}, which is not IMF-fixdate), read in
 * all three forms a recipient must accept: IMF-fixdate, the obsolete RFC 850 form
 * ({@code Sunday, 06-Nov-94 08:49:37 GMT}) and C's asctime ({@code Sun Nov  6 08:49:37 1994}); and a one-digit
 * day, as Sachet's own Last-Modified had it before and a browser sends it back.
 */
public final class HttpDates {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME_OF_DAY = DateTimeFormatter.ofPattern("d MMM uuuu HH:mm:ss", Locale.US)
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern IMF = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\\d{1,2}) ([A-Z][a-z]{2}) (\\d{4}) (\\d{2}:\\d{2}:\\d{2}) GMT");
    private static final Pattern RFC_850 = Pattern.compile(
            "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\\d{2})-([A-Z][a-z]{2})-(\\d{2}) "
                    + "(\\d{2}:\\d{2}:\\d{2}) GMT");
    private static final Pattern ASCTIME = Pattern.compile(
            "(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) ([A-Z][a-z]{2}) ([ \\d]\\d) (\\d{2}:\\d{2}:\\d{2}) (\\d{4})");

    private HttpDates() {
    }

    /** The instant as IMF-fixdate, to the second. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant);
    }

    /** A header's date in any of the three forms; empty when it is none of them (the header is then ignored). */
    public static Optional<Instant> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        Matcher m = IMF.matcher(text);
        if (m.matches()) {
            return at(m.group(1), m.group(2), m.group(3), m.group(4));
        }
        m = RFC_850.matcher(text);
        if (m.matches()) {
            return at(m.group(1), m.group(2), Integer.toString(fullYear(Integer.parseInt(m.group(3)))), m.group(4));
        }
        m = ASCTIME.matcher(text);
        if (m.matches()) {
            return at(m.group(2).strip(), m.group(1), m.group(4), m.group(3));
        }
        return Optional.empty();
    }

    /**
     * RFC 9110: a two-digit year that would be more than 50 years in the future is the most recent past year with
     * those last two digits.
     */
    static int fullYear(int twoDigits) {
        int now = Year.now(ZoneOffset.UTC).getValue();
        int year = now - now % 100 + twoDigits;
        return year > now + 50 ? year - 100 : year;
    }

    private static Optional<Instant> at(String day, String month, String year, String time) {
        try {
            return Optional.of(LocalDateTime.parse(Integer.parseInt(day) + " " + month + " " + year + " " + time,
                    TIME_OF_DAY).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException e) { // a parse error too
            return Optional.empty();
        }
    }
}
