package org.sachet.content.safeguarding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An immutable list of names that must never be published, such as survivors and children
 * supported by a programme. Each person may have several spellings (typically English and
 * Devanagari).
 *
 * <p>Matching is on whole words, case-insensitive for Latin, tolerant of extra whitespace
 * between name parts, and done on NFC text with ZWJ/ZWNJ and nukta removed (see
 * {@link MatchText}). A Devanagari name may be followed by a common Nepali case ending
 * (रामले, सीताको, …) because those attach without a space.
 */
public final class WatchList {

    /** Shorter names would match too much ordinary text to be useful. */
    public static final int MIN_NAME_LENGTH = 3;

    // Postpositions/particles written joined to a Nepali name; without them "सीताको" would be missed.
    private static final List<String> NEPALI_SUFFIXES = List.of(
            "द्वारा", "हरूलाई", "हरुलाई", "लाई", "बाट", "सँग", "संग", "हरू", "हरु",
            "ले", "को", "की", "का", "मा", "जी", "ज्यू");
    private static final String WORD_CHAR = "[\\p{L}\\p{M}\\p{N}]";

    private static final WatchList EMPTY = new WatchList(List.of());

    private final List<List<String>> people;
    private final Pattern pattern; // null when empty
    private final String firstChars; // lower-cased first char of every spelling, to skip hopeless positions

    private WatchList(List<List<String>> people) {
        this.people = List.copyOf(people);
        this.pattern = people.isEmpty() ? null : compile(people);
        this.firstChars = people.stream().flatMap(List::stream)
                .map(name -> String.valueOf(Character.toLowerCase(name.charAt(0))))
                .distinct().collect(Collectors.joining());
    }

    /** A watch list with no names. */
    public static WatchList empty() {
        return EMPTY;
    }

    /** A watch list where each argument is a separate person with a single spelling. */
    public static WatchList of(String... names) {
        WatchList list = EMPTY;
        for (String name : names) {
            list = list.withPerson(name);
        }
        return list;
    }

    /**
     * Returns a new watch list that also holds one person known by the given spellings.
     *
     * @throws IllegalArgumentException if no spelling is given, or a spelling is blank or has
     *                                  fewer than {@value #MIN_NAME_LENGTH} non-space characters
     */
    public WatchList withPerson(String... spellings) {
        if (spellings == null || spellings.length == 0) {
            throw new IllegalArgumentException("a person needs at least one spelling");
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String spelling : spellings) {
            Objects.requireNonNull(spelling, "spelling");
            String name = MatchText.normaliseName(spelling);
            String letters = name.replace(" ", "");
            if (letters.codePointCount(0, letters.length()) < MIN_NAME_LENGTH) {
                throw new IllegalArgumentException("name too short to match safely: \"" + spelling + "\"");
            }
            normalised.add(name);
        }
        List<List<String>> next = new ArrayList<>(people);
        next.add(List.copyOf(normalised));
        return new WatchList(next);
    }

    /** The people on the list, each as its normalised spellings. */
    public List<List<String>> people() {
        return people;
    }

    public boolean isEmpty() {
        return people.isEmpty();
    }

    /** Finds every watch-list name in {@code source}, reporting original offsets. */
    List<Finding> findIn(String source) {
        if (pattern == null || source.isEmpty()) {
            return List.of();
        }
        MatchText match = MatchText.of(source);
        List<Finding> found = new ArrayList<>();
        for (int[] span : CandidateMatcher.spans(pattern, 0, match.text,
                CandidateMatcher.wordStartsWith(match.text, firstChars))) {
            int start = match.originalStart(span[0]);
            int end = match.originalEnd(span[1]);
            found.add(Finding.of(FindingKind.WATCH_LIST_NAME, source, start, end));
        }
        return found;
    }

    private static Pattern compile(List<List<String>> people) {
        // Longest spelling first so "Sita Devi Tamang" wins over "Sita Devi".
        String names = people.stream().flatMap(List::stream).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(WatchList::namePattern)
                .collect(Collectors.joining("|"));
        String suffixes = NEPALI_SUFFIXES.stream().map(Pattern::quote).collect(Collectors.joining("|"));
        String regex = "(?<!" + WORD_CHAR + ")(?:" + names + ")(?=(?:" + suffixes + ")?(?!" + WORD_CHAR + "))";
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String namePattern(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split(" ")) {
            parts.add(Pattern.quote(part));
        }
        return String.join(" +", parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WatchList other && people.equals(other.people);
    }

    @Override
    public int hashCode() {
        return people.hashCode();
    }

    @Override
    public String toString() {
        // Deliberately does not print names: a watch list must not leak into logs.
        return "WatchList[" + people.size() + " people]";
    }
}
