package org.sachet.content.extraction;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.tika.mime.MediaType;
import org.sachet.content.extraction.DetectedType.Kind;

/**
 * The types Sachet accepts and the ones it refuses outright. Kept in one place so that a change of policy is one
 * edit. Choices:
 * <ul>
 * <li>HTML and SVG are refused: both can carry scripts that would run in a colleague's browser when the
 * material is opened from Sachet's own address. A page can be uploaded as PDF instead.</li>
 * <li>ZIP is accepted (a story-telling kit is often one); its entries must be checked one by one when it is
 * unpacked — detection only sees the first entries.</li>
 * <li>QuickTime video is accepted: phones record it, and it is the same container family as MP4.</li>
 * </ul>
 */
final class AllowList {

    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType XLSX = MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType PPTX = MediaType.application("vnd.openxmlformats-officedocument.presentationml.presentation");
    static final MediaType DOC = MediaType.application("msword");
    static final MediaType XLS = MediaType.application("vnd.ms-excel");
    static final MediaType PPT = MediaType.application("vnd.ms-powerpoint");
    static final MediaType OOXML = MediaType.application("x-tika-ooxml");
    static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    static final MediaType ZIP = MediaType.application("zip");
    static final MediaType OGG = MediaType.application("ogg");
    static final MediaType OPUS = MediaType.audio("opus");
    static final MediaType AAC = MediaType.audio("x-aac");
    static final MediaType QUICKTIME = MediaType.video("quicktime");
    static final MediaType MATROSKA = MediaType.application("x-matroska");
    static final MediaType JAVA_ARCHIVE = MediaType.application("java-archive");
    static final MediaType MS_INSTALLER = MediaType.application("x-ms-installer");

    private record Entry(Kind kind, String label) {
    }

    private static final Map<MediaType, Entry> ALLOWED = Map.ofEntries(
            Map.entry(MediaType.application("pdf"), new Entry(Kind.DOCUMENT, "PDF")),
            Map.entry(DOCX, new Entry(Kind.DOCUMENT, "DOCX")),
            Map.entry(DOC, new Entry(Kind.DOCUMENT, "DOC")),
            Map.entry(MediaType.application("vnd.oasis.opendocument.text"), new Entry(Kind.DOCUMENT, "ODT")),
            Map.entry(PPTX, new Entry(Kind.DOCUMENT, "PPTX")),
            Map.entry(PPT, new Entry(Kind.DOCUMENT, "PPT")),
            Map.entry(MediaType.application("vnd.oasis.opendocument.presentation"), new Entry(Kind.DOCUMENT, "ODP")),
            Map.entry(XLSX, new Entry(Kind.DOCUMENT, "XLSX")),
            Map.entry(XLS, new Entry(Kind.DOCUMENT, "XLS")),
            Map.entry(MediaType.application("vnd.oasis.opendocument.spreadsheet"), new Entry(Kind.DOCUMENT, "ODS")),
            Map.entry(MediaType.application("rtf"), new Entry(Kind.DOCUMENT, "RTF")),
            Map.entry(MediaType.TEXT_PLAIN, new Entry(Kind.DOCUMENT, "TXT")),
            Map.entry(MediaType.application("epub+zip"), new Entry(Kind.DOCUMENT, "EPUB")),
            Map.entry(MediaType.image("png"), new Entry(Kind.IMAGE, "PNG")),
            Map.entry(MediaType.image("jpeg"), new Entry(Kind.IMAGE, "JPEG")),
            Map.entry(MediaType.image("gif"), new Entry(Kind.IMAGE, "GIF")),
            Map.entry(MediaType.image("webp"), new Entry(Kind.IMAGE, "WEBP")),
            Map.entry(MediaType.audio("mpeg"), new Entry(Kind.AUDIO, "MP3")),
            Map.entry(MediaType.audio("mp4"), new Entry(Kind.AUDIO, "M4A")),
            Map.entry(AAC, new Entry(Kind.AUDIO, "AAC")),
            Map.entry(MediaType.audio("ogg"), new Entry(Kind.AUDIO, "OGG")),
            Map.entry(MediaType.audio("vorbis"), new Entry(Kind.AUDIO, "OGG")),
            Map.entry(OPUS, new Entry(Kind.AUDIO, "OPUS")),
            Map.entry(MediaType.audio("vnd.wave"), new Entry(Kind.AUDIO, "WAV")),
            Map.entry(MediaType.video("mp4"), new Entry(Kind.VIDEO, "MP4")),
            Map.entry(QUICKTIME, new Entry(Kind.VIDEO, "MOV")),
            Map.entry(MediaType.video("webm"), new Entry(Kind.VIDEO, "WEBM")),
            Map.entry(ZIP, new Entry(Kind.ARCHIVE, "ZIP")));

    /** Content that runs code in a browser when shown from our own address. */
    static final Set<MediaType> ACTIVE_CONTENT = Set.of(MediaType.text("html"),
            MediaType.application("xhtml+xml"), MediaType.image("svg+xml"));

    /** Program types; their specialisations (e.g. x-dosexec under x-msdownload) count too. */
    static final Set<MediaType> PROGRAMS = Set.of(MediaType.application("x-msdownload"),
            MediaType.application("x-elf"), MediaType.application("x-mach-o"),
            MediaType.application("java-vm"), JAVA_ARCHIVE, MediaType.application("x-sh"),
            MediaType.application("x-bat"), MediaType.text("javascript"), MediaType.text("x-vbscript"),
            MS_INSTALLER, MediaType.application("vnd.android.package-archive"));

    /** Names a system would run or install, whatever the content looks like (a .bat file is plain text). */
    static final Set<String> PROGRAM_EXTENSIONS = Set.of("exe", "dll", "com", "scr", "pif", "cpl", "sys",
            "msi", "msp", "mst", "bat", "cmd", "ps1", "psm1", "psd1", "vbs", "vbe", "js", "jse", "mjs",
            "wsf", "wsh", "hta", "lnk", "reg", "scf", "msc", "jar", "class", "war", "ear", "apk", "appx",
            "msix", "sh", "bash", "zsh", "csh", "ksh", "command", "run", "app", "deb", "rpm", "dmg", "pkg");

    private AllowList() {
    }

    static boolean isAllowed(MediaType type) {
        return ALLOWED.containsKey(type);
    }

    static Kind kind(MediaType type) {
        Entry entry = ALLOWED.get(type);
        return entry == null ? Kind.OTHER : entry.kind();
    }

    /** A short name people know the type by ("PDF"), falling back to the type's usual extension. */
    static String label(MediaType type, String usualExtension) {
        Entry entry = ALLOWED.get(type);
        if (entry != null) {
            return entry.label();
        }
        if (usualExtension != null && usualExtension.length() > 1) {
            return usualExtension.substring(1).toUpperCase(Locale.ROOT);
        }
        return type.toString();
    }

    static boolean isProgramExtension(String extension) {
        return PROGRAM_EXTENSIONS.contains(extension);
    }
}
