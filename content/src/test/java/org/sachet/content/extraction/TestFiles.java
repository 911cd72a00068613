package org.sachet.content.extraction;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Makes the files the tests need, so that no binary fixture has to be kept in the repository. */
final class TestFiles {

    static final String NEPALI = "मानव बेचबिखन विरुद्धको सचेतना कार्यक्रम। आफ्नो अधिकार जान्नुहोस् र सुरक्षित "
            + "रहनुहोस्। विदेशमा काम गर्न जानुअघि सरकारी निकायमा दर्ता गर्नुहोस्।";

    private TestFiles() {
    }

    /** The folder the child JVMs run from, assembled by the build (see pom.xml). */
    static Path childClassPath() {
        Path folder = Path.of(System.getProperty("sachet.tika.child.dir", "target/tika-child"));
        try (var jars = Files.list(folder)) {
            if (jars.noneMatch(jar -> jar.getFileName().toString().startsWith("sachet-content"))) {
                throw new IllegalStateException("run the Maven build first: no child jar of our own in " + folder);
            }
        } catch (IOException e) {
            throw new IllegalStateException("run the Maven build first: " + folder, e);
        }
        return folder;
    }

    static Path pdf(Path file, String title, String author, List<String> pages) throws IOException {
        try (PDDocument document = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                    content.newLineAtOffset(72, 760);
                    for (String line : text.split("\n")) {
                        content.showText(line);
                        content.newLineAtOffset(0, -15);
                    }
                    content.endText();
                }
            }
            document.getDocumentInformation().setTitle(title);
            document.getDocumentInformation().setAuthor(author);
            document.save(file.toFile());
        }
        return file;
    }

    static Path encryptedPdf(Path file) throws IOException {
        pdf(file, "Safehouses", "Sachet", List.of("Secret safehouse addresses"));
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(file.toFile());
        }
        return file;
    }

    static byte[] docxBytes(String title, String author, List<String> paragraphs) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String paragraph : paragraphs) {
                document.createParagraph().createRun().setText(paragraph);
            }
            document.getProperties().getCoreProperties().setTitle(title);
            document.getProperties().getCoreProperties().setCreator(author);
            document.write(out);
            return out.toByteArray();
        }
    }

    static Path docx(Path file, String title, String author, List<String> paragraphs) throws IOException {
        return Files.write(file, docxBytes(title, author, paragraphs));
    }

    static Path xlsx(Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Cohorts").createRow(0).createCell(0).setCellValue("Sindhupalchok");
            workbook.write(out);
        }
        return file;
    }

    static Path xls(Path file) throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("Cohorts").createRow(0).createCell(0).setCellValue("Sindhupalchok");
            workbook.write(out);
        }
        return file;
    }

    /** A DOCX cut off part-way: the ZIP's central directory and most entries are missing. */
    static Path truncatedDocx(Path file) throws IOException {
        byte[] whole = docxBytes("Cut", "Nobody", List.of("This document was cut off in transfer."));
        return Files.write(file, Arrays.copyOf(whole, whole.length / 3));
    }

    static Path zip(Path file, String entryName, byte[] content) throws IOException {
        return Files.write(file, zipBytes(entryName, content));
    }

    static byte[] zipBytes(String entryName, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entryName));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /**
     * A ZIP of about 1 MB holding one text entry of {@code megabytes} MB of zeros. Deflating a gigabyte takes
     * seconds, so one megabyte is deflated with a full flush (a self-contained block, no references back) and
     * that block is repeated, which is a valid deflate stream for the whole.
     */
    static Path zipBomb(Path file, int megabytes) throws IOException {
        byte[] zeros = new byte[1024 * 1024];
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH)) > 0) {
            block.write(buffer, 0, n);
        }
        deflater.end();
        byte[] lastBlock = {0x03, 0x00}; // an empty final block
        long compressed = (long) block.size() * megabytes + lastBlock.length;
        long uncompressed = (long) zeros.length * megabytes;
        CRC32 crc = new CRC32();
        for (int i = 0; i < megabytes; i++) {
            crc.update(zeros);
        }
        byte[] name = "zeros.txt".getBytes(StandardCharsets.US_ASCII);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            ByteBuffer local = zipHeader(0x04034b50, false, crc.getValue(), compressed, uncompressed, name, 0);
            out.write(local.array(), 0, local.position());
            for (int i = 0; i < megabytes; i++) {
                block.writeTo(out);
            }
            out.write(lastBlock);
            long directoryOffset = local.position() + compressed;
            ByteBuffer central = zipHeader(0x02014b50, true, crc.getValue(), compressed, uncompressed, name, 0);
            out.write(central.array(), 0, central.position());
            ByteBuffer end = ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN);
            end.putInt(0x06054b50).putShort((short) 0).putShort((short) 0).putShort((short) 1).putShort((short) 1)
                    .putInt(central.position()).putInt((int) directoryOffset).putShort((short) 0);
            out.write(end.array());
        }
        return file;
    }

    /** A ZIP local (or central directory) header of a deflated entry. */
    private static ByteBuffer zipHeader(int signature, boolean central, long crc, long compressed,
                                        long uncompressed, byte[] name, int localHeaderOffset) {
        ByteBuffer header = ByteBuffer.allocate(46 + name.length).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(signature);
        if (central) {
            header.putShort((short) 20); // made by
        }
        header.putShort((short) 20).putShort((short) 0).putShort((short) Deflater.DEFLATED)
                .putShort((short) 0).putShort((short) 0x21) // 1980-01-01
                .putInt((int) crc).putInt((int) compressed).putInt((int) uncompressed)
                .putShort((short) name.length).putShort((short) 0);
        if (central) {
            header.putShort((short) 0).putShort((short) 0).putShort((short) 0).putInt(0).putInt(localHeaderOffset);
        }
        header.put(name);
        return header;
    }

    /** ZIPs inside ZIPs, {@code depth} deep, with a short text at the bottom. */
    static Path nestedZip(Path file, int depth) throws IOException {
        byte[] content = zipBytes("note.txt", "the bottom of the nest".getBytes(StandardCharsets.UTF_8));
        for (int level = depth - 1; level >= 1; level--) {
            content = zipBytes("level-" + level + ".zip", content);
        }
        return Files.write(file, content);
    }

    static Path png(Path file, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x2E, 0x7D, 0x32));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
        graphics.dispose();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A valid small PNG whose header claims {@code width} x {@code height} pixels (a decompression-bomb shape). */
    static Path pngClaiming(Path file, int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream ihdr = new DataOutputStream(header);
        ihdr.writeInt(width);
        ihdr.writeInt(height);
        ihdr.write(new byte[] {8, 2, 0, 0, 0}); // 8-bit RGB, no interlace
        chunk(out, "IHDR", header.toByteArray());
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflate = new DeflaterOutputStream(data)) {
            deflate.write(new byte[1024]); // far too little for the claimed size
        }
        chunk(out, "IDAT", data.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return Files.write(file, bytes.toByteArray());
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(data.length);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    /** Mono 16-bit 8 kHz silence. */
    static Path wav(Path file, int milliseconds) throws IOException {
        AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
        int frames = 8 * milliseconds;
        byte[] silence = new byte[frames * 2];
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(silence), format, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
        return file;
    }

    static Path elfProgram(Path file) throws IOException {
        byte[] elf = new byte[512];
        System.arraycopy(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0}, 0, elf, 0, 8);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3E; // x86-64
        return Files.write(file, elf);
    }

    static Path windowsProgram(Path file) throws IOException {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3C] = (byte) 0x80; // e_lfanew
        System.arraycopy(new byte[] {'P', 'E', 0, 0}, 0, exe, 0x80, 4);
        return Files.write(file, exe);
    }

    static Path text(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
