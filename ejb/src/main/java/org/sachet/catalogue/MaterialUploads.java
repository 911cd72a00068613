package org.sachet.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.InputStream;

/** Editors' uploads, with the role check; the work is {@link FileIntake}'s. */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open while bytes arrive
public class MaterialUploads {

    @Inject
    private FileIntake intake;

    @Inject
    private ExtractionQueue extraction;

    /**
     * @param declaredSize the size the client announced, or -1; a size beyond the limit is refused before
     *                     a byte is read
     */
    @RolesAllowed("EDITOR")
    public ReceivedFile receive(InputStream content, String submittedName, long declaredSize) {
        return intake.receive(content, submittedName, declaredSize);
    }

    @PermitAll
    public long maxUploadBytes() {
        return intake.maxUploadBytes();
    }

    /** Whether pictures and scanned pages are read by OCR here (Tesseract with Nepali and English). */
    @PermitAll
    public boolean ocrAvailable() {
        return extraction.isOcrAvailable();
    }
}
