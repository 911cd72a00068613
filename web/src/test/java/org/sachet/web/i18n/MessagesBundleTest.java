package org.sachet.web.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every page works in both languages: the English and Nepali bundles have the same keys. */
class MessagesBundleTest {

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/org/sachet/web/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndNepaliHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("messages.properties").stringPropertyNames());
        Set<String> nepali = new TreeSet<>(load("messages_ne.properties").stringPropertyNames());
        Set<String> missingInNepali = new TreeSet<>(english);
        missingInNepali.removeAll(nepali);
        Set<String> missingInEnglish = new TreeSet<>(nepali);
        missingInEnglish.removeAll(english);
        assertEquals(Set.of(), missingInNepali, "keys without Nepali text");
        assertEquals(Set.of(), missingInEnglish, "keys without English text");
    }

    @Test
    void nepaliTextsAreWrittenInDevanagari() throws IOException {
        Properties nepali = load("messages_ne.properties");
        for (String key : nepali.stringPropertyNames()) {
            String text = nepali.getProperty(key);
            boolean hasDevanagari = text.codePoints().anyMatch(c -> c >= 0x0900 && c <= 0x097F);
            // a few texts are the same in both languages on purpose (none yet)
            assertTrue(hasDevanagari, key + " is not translated: " + text);
        }
    }
}
