package org.sachet.web.catalogue;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.sachet.catalogue.MaterialUploads;
import org.sachet.catalogue.MaterialVersion;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An editor drops files; each becomes a draft material to describe and send for review. */
@Named
@ViewScoped
public class MaterialUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One file of this visit, as the page lists it. */
    public record Received(long materialId, String fileName, String mediaType, long size, String nameMismatch)
            implements Serializable {
    }

    @Inject
    private MaterialUploads uploads;

    private final List<Received> received = new ArrayList<>();

    public void receive(FileUploadEvent event) throws IOException {
        UploadedFile file = event.getFile();
        try (InputStream content = file.getInputStream()) {
            MaterialVersion version = uploads.upload(content, file.getFileName(), file.getSize(), null);
            received.add(0, new Received(version.getMaterial().getId(), version.getFileName(),
                    version.getMediaType(), version.getSize(), version.getNameMismatch()));
            Feedback.info("upload.received", version.getFileName());
        } catch (RuleViolation violation) {
            Feedback.error("upload.refusedFile", file.getFileName(),
                    Feedback.text(violation.messageKey(), violation.arguments()));
        } finally {
            file.delete();
        }
    }

    public List<Received> getReceived() {
        return received;
    }

    public long getMaxBytes() {
        return uploads.maxUploadBytes();
    }

    public boolean isOcrAvailable() {
        return uploads.ocrAvailable();
    }
}
