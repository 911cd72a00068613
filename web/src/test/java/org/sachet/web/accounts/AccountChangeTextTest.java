package org.sachet.web.accounts;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccountChangeTextTest {

    @Test
    void theStoredRecordReadsAsNamedFieldsInTheReadersWords() {
        String stored = "displayName=Sita; Rai; language=ne; roles=[FACILITATOR, TEACHER]; places=[DISTRICT:40, COUNTRY];"
                + " active=true";
        assertEquals("[account.displayName]: Sita; Rai · [account.language]: [language.NEPALI] · [account.roles]: "
                        + "[role.FACILITATOR], [role.TEACHER] · [account.places]: <DISTRICT:40>; <COUNTRY> · "
                        + "[account.active]: [common.yes]",
                AccountChangeText.readable(stored, key -> "[" + key + "]", place -> "<" + place + ">"));
    }

    @Test
    void anyOtherLineIsShownAsItIs() {
        assertEquals("password reset", AccountChangeText.readable("password reset", key -> "?", place -> "?"));
        assertEquals("", AccountChangeText.readable(null, key -> "?", place -> "?"));
    }
}
