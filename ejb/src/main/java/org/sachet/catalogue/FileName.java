package org.sachet.catalogue;

import org.sachet.platform.RuleViolation;

import java.text.Normalizer;

/**
 * The name an uploaded file keeps in the catalogue and on download. Only the last path segment counts
 * (old browsers send {@code C:\...\poster.pdf}; a crafted {@code ../../x} must never name a path); names
 * with control characters, reserved names and names longer than {@value #MAX_LENGTH} characters are refused.
 */
public final class FileName {

    public static final int MAX_LENGTH = 255;

    private FileName() {
    }

    public static String of(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw new RuleViolation("file", "upload.name.missing");
        }
        String name = submitted;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(slash + 1), Normalizer.Form.NFC).strip();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u202E') {
                throw new RuleViolation("file", "upload.name.controlCharacters");
            }
        }
        if (name.isEmpty() || name.chars().allMatch(c -> c == '.')) {
            throw new RuleViolation("file", "upload.name.missing");
        }
        if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
            throw new RuleViolation("file", "upload.name.tooLong", MAX_LENGTH);
        }
        return name;
    }
}
