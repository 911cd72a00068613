package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.apache.poi.hpsf.ClassID;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sachet.content.extraction.DetectedType.Kind;

class FileTypeDetectorTest {

    private static final MediaType DOCX =
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final FileTypeDetector detector = new FileTypeDetector();

    @TempDir
    Path folder;

    @Test
    void pdfIsAcceptedAsDocument() throws IOException {
        Path pdf = TestFiles.pdf(folder.resolve("handbook.pdf"), "Handbook", "Sachet", List.of("Know your rights."));
        DetectedType type = detector.detect(pdf, "handbook.pdf");
        assertAllowed(type, MediaType.application("pdf"), Kind.DOCUMENT);
        assertEquals(Optional.empty(), type.nameMismatch());
    }

    @Test
    void realDocxIsRecognisedAsDocxFromItsEntriesWhateverItsName() throws IOException {
        Path docx = TestFiles.docx(folder.resolve("lesson.docx"), "Lesson", "Maya", List.of("Safe migration."));
        assertAllowed(detector.detect(docx, "lesson.docx"), DOCX, Kind.DOCUMENT);
        DetectedType unnamed = detector.detect(docx, "upload");
        assertAllowed(unnamed, DOCX, Kind.DOCUMENT);
    }

    @Test
    void xlsxAndXlsAreRecognised() throws IOException {
        assertAllowed(detector.detect(TestFiles.xlsx(folder.resolve("t.xlsx")), "targets.xlsx"),
                MediaType.application("vnd.openxmlformats-officedocument.spreadsheetml.sheet"), Kind.DOCUMENT);
        // The OLE2 directory names the workbook, so the name is not needed.
        assertAllowed(detector.detect(TestFiles.xls(folder.resolve("t.xls")), "targets.dat"),
                MediaType.application("vnd.ms-excel"), Kind.DOCUMENT);
    }

    @Test
    void windowsInstallerNamedDocIsRefused() throws IOException {
        POIFSFileSystem installer = new POIFSFileSystem();
        installer.getRoot().setStorageClsid(new ClassID("{000C1084-0000-0000-C000-000000000046}"));
        installer.createDocument(new ByteArrayInputStream(new byte[4096]), "\u4840\u3B3F\u43F2");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        installer.writeFilesystem(bytes);
        installer.close();
        DetectedType type = detect(bytes.toByteArray(), "lesson.doc");
        assertRefused(type, DetectedType.EXECUTABLE);
        assertEquals(MediaType.application("x-ms-installer"), type.type());
    }

    @Test
    void plainZipNamedDocxIsNotAcceptedAsDocx() throws IOException {
        Path zip = TestFiles.zip(folder.resolve("fake.docx"), "story.txt", "Once upon a time".getBytes());
        DetectedType type = detector.detect(zip, "fake.docx");
        assertAllowed(type, MediaType.application("zip"), Kind.ARCHIVE);
        assertEquals(Optional.of("DOCX → ZIP"), type.nameMismatch());
    }

    @Test
    void pngNamedPdfIsAcceptedAsPngAndFlagged() throws IOException {
        Path png = TestFiles.png(folder.resolve("report.pdf"), 64, 48);
        DetectedType type = detector.detect(png, "report.pdf");
        assertAllowed(type, MediaType.image("png"), Kind.IMAGE);
        assertEquals(Optional.of("PDF → PNG"), type.nameMismatch());
    }

    @Test
    void windowsProgramNamedPdfIsRefused() throws IOException {
        DetectedType type = detector.detect(TestFiles.windowsProgram(folder.resolve("r.pdf")), "report.pdf");
        assertRefused(type, DetectedType.EXECUTABLE);
        assertEquals(Kind.PROGRAM, type.kind());
        assertTrue(type.nameMismatch().orElseThrow().startsWith("PDF → "));
    }

    @Test
    void linuxProgramNamedPdfIsRefused() throws IOException {
        assertRefused(detector.detect(TestFiles.elfProgram(folder.resolve("r.pdf")), "report.pdf"),
                DetectedType.EXECUTABLE);
    }

    @Test
    void otherProgramSignaturesAreRefused() throws IOException {
        assertRefused(detect(bytes("CFFAEDFE07000001030000000200000000000000"), "notes.pdf"), DetectedType.EXECUTABLE);
        assertRefused(detect(bytes("CAFEBABE0000003400"), "Lesson.pdf"), DetectedType.EXECUTABLE);
        assertRefused(detect("#!/bin/sh\nrm -rf ~\n".getBytes(), "notes.txt"), DetectedType.EXECUTABLE);
        assertRefused(detect("#!/usr/bin/env python3\nprint(1)\n".getBytes(), "notes"), DetectedType.EXECUTABLE);
    }

    @Test
    void scriptsAreRefusedByTheirNameEvenWhenTheContentIsPlainText() throws IOException {
        for (String name : List.of("run.bat", "run.cmd", "run.ps1", "run.js", "run.vbs", "setup.msi", "app.jar")) {
            assertRefused(detect("echo hello\r\n".getBytes(), name), DetectedType.EXECUTABLE);
        }
    }

    @Test
    void javaArchiveIsRefusedEvenWhenNamedZip() throws IOException {
        Path jar = TestFiles.zip(folder.resolve("kit.zip"), "META-INF/MANIFEST.MF",
                "Manifest-Version: 1.0\nMain-Class: Evil\n".getBytes());
        assertRefused(detector.detect(jar, "kit.zip"), DetectedType.EXECUTABLE);
    }

    @Test
    void zipWhoseFirstEntryIsAProgramIsRefused() throws IOException {
        Path zip = TestFiles.zip(folder.resolve("kit.zip"), "setup.exe", new byte[] {'M', 'Z', 0, 0});
        assertRefused(detector.detect(zip, "kit.zip"), DetectedType.EXECUTABLE);
    }

    @Test
    void textNamedPngIsTextAndFlagged() throws IOException {
        DetectedType type = detector.detect(TestFiles.text(folder.resolve("photo.png"), "just words"), "photo.png");
        assertAllowed(type, MediaType.TEXT_PLAIN, Kind.DOCUMENT);
        assertEquals(Optional.of("PNG → TXT"), type.nameMismatch());
    }

    @Test
    void nepaliTextIsPlainTextWithoutMismatch() throws IOException {
        DetectedType type = detector.detect(TestFiles.text(folder.resolve("n.txt"), TestFiles.NEPALI), "सूचना.txt");
        assertAllowed(type, MediaType.TEXT_PLAIN, Kind.DOCUMENT);
        assertEquals(Optional.empty(), type.nameMismatch());
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        assertRefused(detect(new byte[0], "empty.pdf"), DetectedType.EMPTY);
    }

    @Test
    void htmlAndSvgAreRefusedAsActiveContent() throws IOException {
        assertRefused(detect("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(),
                "page.html"), DetectedType.ACTIVE_CONTENT);
        assertRefused(detect(("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<script>alert(1)</script></svg>").getBytes(), "logo.svg"), DetectedType.ACTIVE_CONTENT);
    }

    @Test
    void unknownBinaryIsNotAllowed() throws IOException {
        assertRefused(detect(bytes("0001020304050607080910111213141516"), "data.bin"), DetectedType.TYPE_NOT_ALLOWED);
    }

    @Test
    void audioAndVideoAreRecognisedFromTheirHeaders() throws IOException {
        assertAllowed(detector.detect(TestFiles.wav(folder.resolve("s.wav"), 20), "s.wav"),
                MediaType.audio("vnd.wave"), Kind.AUDIO);
        assertAllowed(detect(concat("ID3".getBytes(), new byte[64]), "song.mp3"), MediaType.audio("mpeg"), Kind.AUDIO);
        assertAllowed(detect(concat(bytes("00000020"), "ftypM4A \0\0\0\0M4A mp42isom".getBytes()), "talk.m4a"),
                MediaType.audio("mp4"), Kind.AUDIO);
        assertAllowed(detect(concat(bytes("FFF15080"), new byte[64]), "jingle.aac"), MediaType.audio("x-aac"),
                Kind.AUDIO);
        assertAllowed(detect(concat("OggS".getBytes(), concat(new byte[24], "OpusHead".getBytes())), "radio.ogg"),
                MediaType.audio("opus"), Kind.AUDIO);
        assertAllowed(detect(concat(bytes("00000020"), "ftypisom\0\0\2\0isomiso2avc1mp41".getBytes()), "clip.mp4"),
                MediaType.video("mp4"), Kind.VIDEO);
        assertAllowed(detect(bytes("1A45DFA39F4286810142F7810142F2810442F381084282847765626D"), "clip.webm"),
                MediaType.video("webm"), Kind.VIDEO);
    }

    @Test
    void readsOnlyTheFirstBytes() throws IOException {
        byte[] large = new byte[5 * FileTypeDetector.PREFIX_BYTES];
        System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
        InputStream upload = new ByteArrayInputStream(large);
        detector.detect(upload, "big.pdf");
        assertEquals(large.length - FileTypeDetector.PREFIX_BYTES, upload.available());
    }

    private DetectedType detect(byte[] content, String name) throws IOException {
        return detector.detect(new ByteArrayInputStream(content), name);
    }

    private static void assertAllowed(DetectedType type, MediaType expected, Kind kind) {
        assertEquals(expected, type.type(), () -> "type of " + type);
        assertEquals(kind, type.kind());
        assertTrue(type.allowed(), () -> "should be allowed: " + type);
    }

    private static void assertRefused(DetectedType type, String reason) {
        assertFalse(type.allowed(), () -> "should be refused: " + type);
        assertEquals(Optional.of(reason), type.refusalReason(), () -> "reason for " + type);
    }

    private static byte[] bytes(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
