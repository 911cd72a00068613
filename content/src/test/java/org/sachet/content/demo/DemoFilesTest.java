package org.sachet.content.demo;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DemoFilesTest {

    @Test
    void pdfHasACorrectCrossReferenceTable() {
        List<String> lines = Collections.nCopies(60, "Ask before you go (abroad) \\ call 1145");
        String pdf = new String(DemoFiles.pdf("Safe migration", "Sachet", lines), StandardCharsets.ISO_8859_1);
        assertTrue(pdf.startsWith("%PDF-1.4"));
        assertTrue(pdf.contains("/Count 2"), "60 lines need two pages");
        int startxref = Integer.parseInt(pdf.substring(pdf.indexOf("startxref\n") + 10, pdf.indexOf("\n%%EOF")).strip());
        assertTrue(pdf.startsWith("xref", startxref));
        // every object's offset in the table points at "n 0 obj"
        String[] table = pdf.substring(startxref).split("\n");
        for (int n = 1; n <= 8; n++) {
            int offset = Integer.parseInt(table[2 + n].substring(0, 10));
            assertTrue(pdf.startsWith(n + " 0 obj", offset), "object " + n);
        }
        assertTrue(pdf.contains("(Ask before you go \\(abroad\\) \\\\ call 1145) Tj"));
    }

    @Test
    void docxStartsWithItsContentTypesAndKeepsNepaliText() throws IOException {
        byte[] docx = DemoFiles.docx("सुरक्षित आप्रवासन", "Sachet", List.of("विदेश जानुअघि सोध्नुहोस् <सधैं>"));
        List<String> names = new ArrayList<>();
        String document = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                if (e.getName().equals("word/document.xml")) {
                    document = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertTrue(document.contains("विदेश जानुअघि सोध्नुहोस् &lt;सधैं&gt;"));
    }

    @Test
    void pngDecodesAtItsSize() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(DemoFiles.png(300, 420, 3)));
        assertEquals(300, image.getWidth());
        assertEquals(420, image.getHeight());
    }

    @Test
    void wavHeaderDescribesItsSamples() {
        byte[] wav = DemoFiles.wav(2);
        assertEquals("RIFF", new String(wav, 0, 4, StandardCharsets.US_ASCII));
        assertEquals(44 + 2 * 8000 * 2, wav.length);
    }
}
