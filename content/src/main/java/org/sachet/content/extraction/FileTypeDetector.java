package org.sachet.content.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.sachet.content.extraction.DetectedType.Kind;

/**
 * Decides what an uploaded file is from its first 64 KB, and whether Sachet accepts it. Runs in the server with
 * tika-core alone: Tika's MIME database (magic numbers and name patterns) plus a few peeks of our own into ZIP and
 * OLE2 headers, because without the parser package tika-core sees every Office file only as "a ZIP with
 * [Content_Types].xml" or "an OLE2 file".
 *
 * <p>The content decides; the file name only refines a type the content leaves open (an OOXML or OLE2 file whose
 * first entries do not say which application made it), and only to a type of that same family. So a plain ZIP
 * named {@code .docx} stays a ZIP, and a program named {@code .pdf} stays a program. Thread-safe.
 */
public final class FileTypeDetector {

    /** How much of a file is read: Tika's longest magic-number offset. */
    public static final int PREFIX_BYTES = 64 * 1024;

    private static final Set<MediaType> OOXML_DOCUMENTS = Set.of(AllowList.DOCX, AllowList.XLSX, AllowList.PPTX);
    private static final Set<MediaType> OLE2_DOCUMENTS = Set.of(AllowList.DOC, AllowList.XLS, AllowList.PPT);

    private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
    private final MediaTypeRegistry registry = mimeTypes.getMediaTypeRegistry();

    /**
     * Reads at most {@link #PREFIX_BYTES} from the stream (leaving it open, positioned after what was read).
     *
     * @param fileName the name the uploader gave, or null
     */
    public DetectedType detect(InputStream content, String fileName) throws IOException {
        return detect(new ContentPrefix(content.readNBytes(PREFIX_BYTES)), fileName);
    }

    public DetectedType detect(Path file, String fileName) throws IOException {
        try (InputStream content = Files.newInputStream(file)) {
            return detect(content, fileName);
        }
    }

    private DetectedType detect(ContentPrefix prefix, String fileName) throws IOException {
        MediaType byName = typeByName(fileName);
        if (prefix.isEmpty()) {
            return DetectedType.refused(MediaType.OCTET_STREAM, Kind.OTHER, DetectedType.EMPTY, Optional.empty());
        }
        MediaType byContent = mimeTypes.detect(new ByteArrayInputStream(prefix.bytes()), new Metadata());
        MediaType type = refine(byContent, byName, prefix);
        Optional<String> mismatch = mismatch(type, byName);

        if (isProgram(type, prefix, extension(fileName))) {
            return DetectedType.refused(type, Kind.PROGRAM, DetectedType.EXECUTABLE, mismatch);
        }
        if (AllowList.ACTIVE_CONTENT.stream().anyMatch(active -> registry.isInstanceOf(type, active))) {
            return DetectedType.refused(type, Kind.OTHER, DetectedType.ACTIVE_CONTENT, mismatch);
        }
        if (!AllowList.isAllowed(type)) {
            return DetectedType.refused(type, Kind.OTHER, DetectedType.TYPE_NOT_ALLOWED, mismatch);
        }
        return DetectedType.allowed(type, AllowList.kind(type), mismatch);
    }

    /** Narrows the content's type where tika-core alone stops at a container or misses a format. */
    private MediaType refine(MediaType byContent, MediaType byName, ContentPrefix prefix) {
        if (byContent.equals(AllowList.OOXML) || byContent.equals(AllowList.ZIP)) {
            List<String> entries = prefix.zipEntryNames();
            boolean ooxml = byContent.equals(AllowList.OOXML) || entries.contains("[Content_Types].xml");
            if (ooxml) {
                return ooxmlApplication(entries)
                        .orElse(OOXML_DOCUMENTS.contains(byName) ? byName : AllowList.OOXML);
            }
            if (entries.contains("META-INF/MANIFEST.MF")
                    || entries.stream().anyMatch(name -> name.endsWith(".class"))) {
                return AllowList.JAVA_ARCHIVE;
            }
            return byContent;
        }
        if (byContent.equals(AllowList.OLE2)) {
            if (prefix.isWindowsInstaller()) {
                return AllowList.MS_INSTALLER;
            }
            List<String> names = prefix.ole2DirectoryNames();
            if (names.contains("WordDocument")) {
                return AllowList.DOC;
            }
            if (names.contains("Workbook") || names.contains("Book")) {
                return AllowList.XLS;
            }
            if (names.contains("PowerPoint Document")) {
                return AllowList.PPT;
            }
            // An encrypted DOCX/XLSX/PPTX is an OLE2 file holding the encrypted package.
            if (names.contains("EncryptedPackage") && OOXML_DOCUMENTS.contains(byName)) {
                return byName;
            }
            return names.isEmpty() && OLE2_DOCUMENTS.contains(byName) ? byName : byContent;
        }
        if (byContent.equals(AllowList.OGG)) {
            if (prefix.isOggOpus()) {
                return AllowList.OPUS;
            }
            return registry.isSpecializationOf(byName, AllowList.OGG) ? byName : byContent;
        }
        if (byContent.equals(MediaType.OCTET_STREAM) && prefix.isAdtsAudio()) {
            return AllowList.AAC;
        }
        // One ISO/QuickTime container family: tika-core calls an "isom" MP4 QuickTime.
        if (byContent.equals(AllowList.QUICKTIME) && isMp4Family(byName)) {
            return byName;
        }
        if (byContent.equals(AllowList.MATROSKA) && byName.equals(MediaType.video("webm"))) {
            return byName;
        }
        return byContent;
    }

    private static Optional<MediaType> ooxmlApplication(List<String> entries) {
        for (String entry : entries) {
            if (entry.startsWith("word/")) {
                return Optional.of(AllowList.DOCX);
            }
            if (entry.startsWith("xl/")) {
                return Optional.of(AllowList.XLSX);
            }
            if (entry.startsWith("ppt/")) {
                return Optional.of(AllowList.PPTX);
            }
        }
        return Optional.empty();
    }

    private static boolean isMp4Family(MediaType type) {
        return type.equals(MediaType.video("mp4")) || type.equals(MediaType.audio("mp4"));
    }

    private boolean isProgram(MediaType type, ContentPrefix prefix, String extension) {
        if (prefix.looksLikeProgram() || AllowList.isProgramExtension(extension)) {
            return true;
        }
        if (AllowList.PROGRAMS.stream().anyMatch(program -> registry.isInstanceOf(type, program))) {
            return true;
        }
        // A ZIP whose first entries include a program: best effort, only the entries in the prefix are seen.
        return type.equals(AllowList.ZIP) && prefix.zipEntryNames().stream()
                .anyMatch(entry -> AllowList.isProgramExtension(extension(entry)));
    }

    /** Reported when the name's extension names a type the content is not (nor a specialisation of). */
    private Optional<String> mismatch(MediaType type, MediaType byName) {
        if (byName.equals(MediaType.OCTET_STREAM) || type.equals(byName) || registry.isInstanceOf(type, byName)) {
            return Optional.empty();
        }
        // ".csv", ".md" and the like are all plain text to us.
        if (type.equals(MediaType.TEXT_PLAIN) && registry.isInstanceOf(byName, MediaType.TEXT_PLAIN)
                && !AllowList.PROGRAMS.contains(byName)) {
            return Optional.empty();
        }
        // format names only (PDF → PNG), so the pages can say it in any language
        return Optional.of(label(byName) + " → " + label(type));
    }

    private String label(MediaType type) {
        String extension = null;
        try {
            extension = mimeTypes.forName(type.toString()).getExtension();
        } catch (MimeTypeException unknownToTika) {
            // fall back to the type itself
        }
        return AllowList.label(type, extension);
    }

    private MediaType typeByName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return MediaType.OCTET_STREAM;
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return mimeTypes.detect(null, metadata);
        } catch (IOException cannotHappenWithoutStream) {
            throw new UncheckedIOException(cannotHappenWithoutStream);
        }
    }

    private static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT).strip();
    }
}
