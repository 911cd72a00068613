package org.sachet.catalogue;

import org.sachet.platform.RuleViolation;

/** An upload over the configured limit: a broken rule that HTTP answers with 413 rather than 400. */
public class UploadTooLarge extends RuleViolation {

    private static final long serialVersionUID = 1L;

    public UploadTooLarge(long maxBytes) {
        super("file", "upload.tooLarge", maxBytes);
    }
}
