package org.sachet.web.accounts;

import org.sachet.accounts.Language;
import org.sachet.accounts.Role;
import org.sachet.geography.Place;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An account's history line as an administrator reads it, in their language: "Full name: Sita Rai · Roles:
 * Teacher, SBCC facilitator · Places of work: Kaski …", not the stored record
 * {@code displayName=Sita Rai; language=ne; roles=[TEACHER, FACILITATOR]; places=[DISTRICT:40]; active=true}.
 * A line in any other form is shown as it is.
 */
final class AccountChangeText {

    /** As AccountService writes it; a name may hold anything, so the fields after it anchor the match. */
    private static final Pattern RECORD = Pattern.compile(
            "displayName=(.*); language=([a-z]+); roles=\\[([A-Z_, ]*)]; places=\\[([A-Z_:0-9, ]*)]; active=(true|false)",
            Pattern.DOTALL);

    private AccountChangeText() {
    }

    /**
     * @param text   a message in the reader's language by key
     * @param places a place's name in the reader's language
     */
    static String readable(String detail, Function<String, String> text, Function<Place, String> places) {
        Matcher record = detail == null ? null : RECORD.matcher(detail);
        if (record == null || !record.matches()) {
            return detail == null ? "" : detail;
        }
        List<String> roles = new ArrayList<>();
        for (String role : split(record.group(3))) {
            try {
                roles.add(text.apply("role." + Role.valueOf(role).name()));
            } catch (IllegalArgumentException unknown) {
                roles.add(role);
            }
        }
        List<String> placeNames = new ArrayList<>();
        for (String place : split(record.group(4))) {
            try {
                placeNames.add(places.apply(Place.parse(place)));
            } catch (IllegalArgumentException unknown) {
                placeNames.add(place);
            }
        }
        String language;
        try {
            language = text.apply("language." + Language.of(record.group(2)).name());
        } catch (IllegalArgumentException unknown) {
            language = record.group(2);
        }
        return text.apply("account.displayName") + ": " + record.group(1)
                + " · " + text.apply("account.language") + ": " + language
                + " · " + text.apply("account.roles") + ": " + String.join(", ", roles)
                + " · " + text.apply("account.places") + ": " + String.join("; ", placeNames)
                + " · " + text.apply("account.active") + ": "
                + text.apply(Boolean.parseBoolean(record.group(5)) ? "common.yes" : "common.no");
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : list.split(",")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return items;
    }
}
