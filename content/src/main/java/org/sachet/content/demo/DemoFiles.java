package org.sachet.content.demo;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small real files for the demo catalogue, made by the application itself so that a new installation shows
 * materials that upload, extract, scan and download like any other: a PDF (English, the standard Helvetica
 * font), a DOCX (any script: Word and Tika shape Devanagari themselves), a PNG poster (shapes only, so no
 * installed font is needed) and a WAV recording (tones).
 */
public final class DemoFiles {

    private static final int LINES_PER_PAGE = 48;

    private DemoFiles() {
    }

    /** A PDF of the given lines, Latin-1 only, with its title and author in the document information. */
    public static byte[] pdf(String title, String author, List<String> lines) {
        List<List<String>> pages = new ArrayList<>();
        for (int i = 0; i < Math.max(1, lines.size()); i += LINES_PER_PAGE) {
            pages.add(lines.subList(Math.min(i, lines.size()), Math.min(i + LINES_PER_PAGE, lines.size())));
        }
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        int firstPage = 5; // 1 catalog, 2 pages, 3 font, 4 info, then a page and its content per page
        for (int p = 0; p < pages.size(); p++) {
            kids.append(firstPage + 2 * p).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids.toString().strip() + "] /Count " + pages.size() + " >>");
        objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
        objects.add("<< /Title (" + pdfText(title) + ") /Author (" + pdfText(author) + ") /Producer (Sachet) >>");
        for (int p = 0; p < pages.size(); p++) {
            StringBuilder content = new StringBuilder("BT /F1 11 Tf 56 790 Td 15 TL\n");
            for (String line : pages.get(p)) {
                content.append('(').append(pdfText(line)).append(") Tj T*\n");
            }
            content.append("ET");
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
                    + " /Contents " + (firstPage + 2 * p + 1) + " 0 R >>");
            byte[] stream = content.toString().getBytes(StandardCharsets.ISO_8859_1);
            objects.add("<< /Length " + stream.length + " >>\nstream\n" + content + "\nendstream");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            write(out, (i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append(String.format("%010d 00000 n \n", offset));
        }
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R /Info 4 0 R >>\n")
                .append("startxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    /** A Word document with a title paragraph and the given paragraphs, in any script. */
    public static byte[] docx(String title, String author, List<String> paragraphs) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // [Content_Types].xml first: that is how readers recognise an Office Open XML package
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
                    </Relationships>""");
            entry(zip, "docProps/core.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>""".formatted(xml(title), xml(author)));
            StringBuilder body = new StringBuilder();
            body.append("<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>").append(xml(title))
                    .append("</w:t></w:r></w:p>");
            for (String paragraph : paragraphs) {
                body.append("<w:p><w:r><w:t xml:space=\"preserve\">").append(xml(paragraph)).append("</w:t></w:r></w:p>");
            }
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>%s</w:body></w:document>"""
                    .formatted(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A poster-like PNG of coloured shapes; {@code seed} varies the design. */
    public static byte[] png(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color[] palette = {new Color(0x8a1c1c), new Color(0xf2b705), new Color(0x0b5394), new Color(0x2e7d32),
                    new Color(0xfff7e0)};
            g.setColor(palette[4]);
            g.fillRect(0, 0, width, height);
            g.setColor(palette[seed % 4]);
            g.fillRect(0, 0, width, height / 6);
            g.setStroke(new BasicStroke(Math.max(2, width / 80f)));
            for (int i = 0; i < 6; i++) {
                g.setColor(palette[(seed + i) % 4]);
                int size = width / (3 + i % 3);
                int x = (seed * 37 + i * width / 5) % Math.max(1, width - size);
                int y = height / 5 + (i * height / 7) % Math.max(1, height - size - height / 5);
                if (i % 2 == 0) {
                    g.fillOval(x, y, size, size);
                } else {
                    g.drawRect(x, y, size, size / 2);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A mono 16-bit PCM WAV of gentle tones, {@code seconds} long, at 8 kHz. */
    public static byte[] wav(int seconds) {
        int rate = 8000;
        int samples = rate * seconds;
        ByteBuffer wav = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVE".getBytes(StandardCharsets.US_ASCII)).put("fmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2)
                .putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        double[] notes = {261.6, 329.6, 392.0, 523.3};
        for (int i = 0; i < samples; i++) {
            double frequency = notes[(i / (rate / 2)) % notes.length];
            wav.putShort((short) (Math.sin(2 * Math.PI * frequency * i / rate) * 6000));
        }
        return wav.array();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** PDF literal-string text: backslash, parentheses escaped; anything outside Latin-1 becomes '?'. */
    private static String pdfText(String text) {
        StringBuilder b = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c == '\\' || c == '(' || c == ')') {
                b.append('\\').append(c);
            } else if (c < 32 || c > 255) {
                b.append('?');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
