package org.sachet.content.extraction;

import java.util.Arrays;

/**
 * Why text could not be extracted. The code is what the application stores and maps to its (English and Nepali)
 * messages; the reason is a plain English sentence for logs and administrators.
 */
public enum FailureCode {
    TIMEOUT("timeout", "Reading the file took longer than the time limit."),
    CHILD_CRASHED("child-crashed", "The parser process stopped while reading the file (out of memory or a crash)."),
    ENCRYPTED("encrypted", "The file is protected by a password."),
    ZIP_BOMB("zip-bomb", "The file unpacks to far more than its size, or nests archives too deeply."),
    CORRUPT("corrupt", "The file is damaged or incomplete."),
    PARSE_ERROR("parse-error", "The parser could not read this file."),
    EMPTY("empty", "The file is empty."),
    UNREADABLE("unreadable", "The stored file could not be opened."),
    EXTRACTOR_UNAVAILABLE("extractor-unavailable",
            "No parser process could be started; check the child class path folder and the Java command."),
    INTERRUPTED("interrupted", "The extraction was interrupted.");

    private final String code;
    private final String reason;

    FailureCode(String code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    public String code() {
        return code;
    }

    public String reason() {
        return reason;
    }

    static FailureCode fromCode(String code) {
        return Arrays.stream(values()).filter(value -> value.code.equals(code)).findFirst().orElse(PARSE_ERROR);
    }
}
