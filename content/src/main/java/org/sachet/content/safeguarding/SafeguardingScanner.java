package org.sachet.content.safeguarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data (phone numbers, e-mail addresses, citizenship and passport numbers,
 * watch-list names) in text extracted from uploaded material, so that nothing identifying a
 * survivor or a child is published. English and Nepali (Devanagari) text are both handled.
 *
 * <p>Numbers are matched on a copy of the text with Devanagari digits folded to ASCII; the
 * fold is char-for-char, so offsets stay valid for the original. The scanner is stateless and
 * thread-safe.
 */
public final class SafeguardingScanner {

    // A number must not continue a longer token: "4,500", "2024-07-16", "ISBN 978-…" parts.
    private static final String LEAD = "(?<![A-Za-z0-9_])(?<![0-9][-.])";
    private static final String TRAIL = "(?![0-9])(?!-[0-9])(?!\\.[0-9])";

    private static final Pattern MOBILE = Pattern.compile(
            LEAD + "(?:(?:\\+|00)977[ -]?|977[ -])?9[78](?:[ -]?[0-9]){8}" + TRAIL);
    // Landlines need the separator after the area code, so bare digit runs are not taken.
    private static final Pattern LANDLINE = Pattern.compile(
            LEAD + "0[1-9][0-9]?[- ][0-9]{6,7}" + TRAIL);
    private static final Pattern INTERNATIONAL = Pattern.compile(
            "(?<![A-Za-z0-9_+])\\+[1-9](?:[ -]?[0-9]){7,14}" + TRAIL);
    // Lookbehind makes each local part start once, avoiding quadratic rescans of long words.
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}"
                    + "(?![A-Za-z0-9-])");
    // District-ward-year-serial form is distinctive enough to report without a keyword.
    private static final Pattern CITIZENSHIP_LONG = Pattern.compile(
            "(?<![0-9A-Za-z_/-])[0-9]{1,2}-[0-9]{1,2}-[0-9]{2}[-/][0-9]{3,6}(?![0-9])(?![-/][0-9])");
    private static final Pattern CITIZENSHIP_KEYWORD = Pattern.compile(
            "(?:(?<![A-Za-z])citizenship(?:\\s+certificate)?(?:\\s*(?:number|num|no)(?![A-Za-z])\\.?)?"
                    + "|नागरिकता(?:\\s*प्रमाणपत्र)?\\s*(?:नम्बर|नंबर|नं|संख्या)\\.?"
                    + "|ना\\.?\\s*प्र\\.?\\s*नं\\.?)"
                    + "\\s*[:#.-]?\\s*([0-9]{1,6}(?:[-/][0-9]{1,6}){0,4})(?![0-9])",
            Pattern.CASE_INSENSITIVE);
    // Up to four words may sit between keyword and number ("passport issued no. …").
    private static final Pattern PASSPORT = Pattern.compile(
            "(?<!\\p{L})(?:passport|राहदानी|पासपोर्ट)"
                    + "(?:\\s*(?:number|num|no)(?![A-Za-z])\\.?|\\s*(?:नम्बर|नंबर|नं|संख्या)\\.?)?"
                    + "[\\s:#.,-]*(?:[\\p{L}\\p{M}]+\\.?[\\s:#,-]+){0,4}?"
                    + "([A-Z]{1,2}[0-9]{6,8}|[0-9]{7,9})(?![\\p{L}0-9])",
            Pattern.CASE_INSENSITIVE);
    // Money and ISBN prefixes turn digit runs into non-personal numbers.
    private static final Pattern NOT_PERSONAL_PREFIX = Pattern.compile(
            "(?:isbn(?:-1[03])?|npr|rs|inr|usd|रु|रू)[\\s:#.-]*$", Pattern.CASE_INSENSITIVE);

    /** Scans {@code text} for personal data, without a watch list. */
    public List<Finding> scan(String text) {
        return scan(text, WatchList.empty());
    }

    /**
     * Scans {@code text} for personal data and for names on {@code watchList} (may be null).
     *
     * @return findings sorted by start offset; findings of the same kind never overlap
     */
    public List<Finding> scan(String text, WatchList watchList) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return List.of();
        }
        String folded = foldDigits(text);
        List<Finding> all = new ArrayList<>();
        IntPredicate numberStarts = CandidateMatcher.numberStarts(folded);
        for (Pattern phone : List.of(MOBILE, LANDLINE, INTERNATIONAL)) {
            add(all, FindingKind.PHONE, CandidateMatcher.spans(phone, 0, folded, numberStarts), text, folded);
        }
        add(all, FindingKind.EMAIL, emailSpans(folded), text, folded);
        add(all, FindingKind.CITIZENSHIP_NUMBER,
                CandidateMatcher.spans(CITIZENSHIP_LONG, 0, folded, numberStarts), text, folded);
        add(all, FindingKind.CITIZENSHIP_NUMBER, CandidateMatcher.spans(CITIZENSHIP_KEYWORD, 1, folded,
                CandidateMatcher.wordStartsWith(folded, "cन")), text, folded);
        add(all, FindingKind.PASSPORT_NUMBER, CandidateMatcher.spans(PASSPORT, 1, folded,
                CandidateMatcher.wordStartsWith(folded, "pरप")), text, folded);
        if (watchList != null) {
            all.addAll(watchList.findIn(text));
        }
        return withoutOverlaps(all);
    }

    private static void add(List<Finding> out, FindingKind kind, List<int[]> spans, String text, String folded) {
        for (int[] span : spans) {
            int start = span[0];
            int end = span[1];
            if (kind != FindingKind.EMAIL && hasNonPersonalPrefix(folded, start)) {
                continue;
            }
            if (kind == FindingKind.CITIZENSHIP_NUMBER && digitCount(folded, start, end) < 3) {
                continue; // "citizenship no. 1" is more likely a list item than an ID
            }
            out.add(Finding.of(kind, text, start, end));
        }
    }

    /** Tries the e-mail pattern only where a local part ends in '@', walking back to its start. */
    private static List<int[]> emailSpans(String s) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = EMAIL.matcher(s).useTransparentBounds(true).useAnchoringBounds(false);
        int from = 0;
        for (int at = s.indexOf('@'); at > 0; at = s.indexOf('@', Math.max(at + 1, from))) {
            int start = at;
            while (start > from && isLocalPartChar(s.charAt(start - 1))) {
                start--;
            }
            if (start < at && m.region(start, s.length()).lookingAt()) {
                spans.add(new int[] {m.start(), m.end()});
                from = m.end();
            }
        }
        return spans;
    }

    private static boolean isLocalPartChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    private static boolean hasNonPersonalPrefix(String folded, int start) {
        return NOT_PERSONAL_PREFIX.matcher(folded.substring(Math.max(0, start - 12), start)).find();
    }

    private static int digitCount(String s, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                n++;
            }
        }
        return n;
    }

    /** Devanagari digits ०-९ (U+0966..U+096F) to ASCII, keeping length and offsets. */
    static String foldDigits(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] >= '\u0966' && chars[i] <= '\u096F') {
                chars[i] = (char) ('0' + (chars[i] - '\u0966'));
            }
        }
        return new String(chars);
    }

    /** Sorts by start and keeps, per kind, the earliest-then-longest of any overlapping findings. */
    private static List<Finding> withoutOverlaps(List<Finding> all) {
        all.sort(Comparator.comparingInt(Finding::start)
                .thenComparing(Comparator.comparingInt(Finding::end).reversed())
                .thenComparing(Finding::kind));
        Map<FindingKind, Integer> lastEnd = new EnumMap<>(FindingKind.class);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            Integer end = lastEnd.get(f.kind());
            if (end != null && f.start() < end) {
                continue;
            }
            kept.add(f);
            lastEnd.put(f.kind(), f.end());
        }
        return List.copyOf(kept);
    }
}
