package org.sachet.http;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MessagesTest {

    @Test
    void acceptLanguagePreferringNepaliGivesNepali() {
        assertEquals("ne", Messages.localeOf("ne-NP,ne;q=0.9,en;q=0.5").getLanguage());
        assertEquals("en", Messages.localeOf("en-GB,en;q=0.9").getLanguage());
        assertEquals("en", Messages.localeOf(null).getLanguage());
        assertEquals("en", Messages.localeOf("fr-FR").getLanguage());
        assertEquals("en", Messages.localeOf(";;;garbage").getLanguage());
    }

    @Test
    void argumentsAreFormattedInTheReadersLanguage() {
        assertEquals("The password is too short: use at least 8 characters.",
                Messages.get(Locale.ENGLISH, "account.password.tooShort", 8));
        assertEquals("पासवर्ड छोटो भयो: कम्तीमा ८ अक्षर राख्नुहोस्।",
                Messages.get(Locale.forLanguageTag("ne"), "account.password.tooShort", 8));
    }

    @Test
    void apostrophesSurviveFormatting() {
        assertEquals("'x' is not a place code: codes are whole numbers.",
                Messages.get(Locale.ENGLISH, "place.malformedCode", "x"));
    }

    @Test
    void unknownKeyShowsTheKey() {
        assertEquals("no.such.key", Messages.get(Locale.ENGLISH, "no.such.key"));
    }
}
