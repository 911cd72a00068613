package org.sachet.platform;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatabaseTest {

    @Test
    void theEngineIsToldFromTheProductNameTheDriverReports() {
        assertEquals(Database.DERBY, Database.named("Apache Derby"));
        assertEquals(Database.POSTGRESQL, Database.named("PostgreSQL"));
        assertThrows(IllegalStateException.class, () -> Database.named("MySQL"));
    }

    @Test
    void everyScriptKeptPerDatabaseExistsForEachAndNoneAlsoInTheCommonFolder() throws Exception {
        Set<String> derby = scripts("db/vendor/derby");
        Set<String> postgresql = scripts("db/vendor/postgresql");
        assertEquals(derby, postgresql, "a script kept per database needs a copy for each");
        Set<String> versions = derby.stream().map(name -> name.substring(0, name.indexOf("__")))
                .collect(Collectors.toSet());
        for (String common : scripts("db/migration")) {
            String version = common.substring(0, common.indexOf("__"));
            assertTrue(!versions.contains(version), version + " is both common and kept per database");
        }
    }

    private static Set<String> scripts(String folder) throws IOException, URISyntaxException {
        Path path = Path.of(DatabaseTest.class.getClassLoader().getResource(folder).toURI());
        try (Stream<Path> files = Files.list(path)) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
