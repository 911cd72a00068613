package org.sachet.content.search;

import java.time.Instant;
import java.util.Set;

/** Materials for tests: only what a test names differs from a public English poster. */
final class Materials {

    static final Set<String> PUBLIC = Set.of("PUBLIC");

    private Materials() {
    }

    static MaterialDocument material(long id, String text) {
        return material(id, "PUBLIC", text);
    }

    static MaterialDocument material(long id, String visibility, String text) {
        return new MaterialDocument(id, "Material " + id, "सामग्री " + id, "", text, "POSTER", Set.of("safe-migration"),
                Set.of("students"), Set.of("en"), visibility, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(id));
    }

    static MaterialDocument material(long id, String type, Set<String> topics, Set<String> audiences,
                                     Set<String> languages, String visibility) {
        return new MaterialDocument(id, "Material " + id, "", "A summary", "some text about migration", type, topics,
                audiences, languages, visibility, Instant.parse("2024-01-01T00:00:00Z").plusSeconds(id));
    }

    static MaterialQuery.Builder publicQuery(String text) {
        return MaterialQuery.visibleTo(PUBLIC).text(text);
    }
}
