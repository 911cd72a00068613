package org.sachet.catalogue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.io.InputStream;

/**
 * Editors' uploads, the one call pages and API make: the bytes are received and stored outside any transaction
 * (see {@link FileIntake}), then recorded as a new material or a material's next version in the catalogue's own.
 * {@code declaredSize} is the size the client announced, or -1: a size beyond the limit is refused before a byte
 * is read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // no transaction held open while bytes arrive
public class MaterialUploads {

    @Inject
    private FileIntake intake;

    @Inject
    private ExtractionQueue extraction;

    @Inject
    private CatalogueWorkflow catalogue;

    /**
     * A new material from an uploaded file: described by {@code draft}, or, without one, a staff-only draft
     * titled after the file. A description that breaks a rule is refused before a byte is stored.
     */
    @RolesAllowed("EDITOR")
    public MaterialVersion upload(InputStream content, String submittedName, long declaredSize, MaterialDraft draft) {
        if (draft != null) {
            Material.check(draft);
        }
        ReceivedFile file = intake.receive(content, submittedName, declaredSize);
        return draft == null ? catalogue.createFromUpload(file) : catalogue.create(draft, file);
    }

    /** An uploaded file as the material's next version (a version still on its way is replaced by it). */
    @RolesAllowed("EDITOR")
    public MaterialVersion uploadVersion(long materialId, InputStream content, String submittedName,
                                         long declaredSize) {
        return catalogue.addVersion(materialId, intake.receive(content, submittedName, declaredSize));
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
