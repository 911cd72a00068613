package org.sachet.backups;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import org.sachet.platform.SachetConfiguration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The credential of whoever runs the server's machine: a random key in {@code SACHET_HOME/operator.key},
 * readable by the data folder's owner alone. The launcher presents it for jobs that belong to the machine,
 * not to an account (backups into a folder of the machine, run from cron without a password).
 */
@Singleton
@Startup
public class OperatorKey {

    static final String FILE = "operator.key";

    private byte[] key;

    @PostConstruct
    void readOrCreate() {
        Path file = SachetConfiguration.home().resolve(FILE);
        try {
            Files.createDirectories(file.getParent());
            if (!Files.exists(file)) {
                byte[] random = new byte[32];
                new SecureRandom().nextBytes(random);
                String text = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, text + "\n");
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // another start made it; read that one
                }
            }
            key = Files.readString(file).strip().getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or make the operator key " + file, e);
        }
    }

    /** Whether the presented text is the key (compared in constant time). */
    public boolean matches(String presented) {
        return presented != null && !presented.isEmpty() && key.length > 0
                && MessageDigest.isEqual(key, presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
