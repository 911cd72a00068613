package org.sachet.templates.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * Prints a {@link PrintDocument} to an A4 PDF with the fonts embedded (subset) and Devanagari shaped.
 * Reproducible: the dates are the document's issue date and the file identifier is a hash of its content,
 * so the same document gives the same bytes (a stable ETag for the kits that carry it).
 */
public final class PdfPrinter {

    private static final float BODY = 11.5f;
    private static final float HEADING = 15f;
    private static final float TITLE = 20f;
    /** Devanagari's marks above and below need about 1.5 times the font size between lines. */
    private static final float LEADING = 1.55f;

    private PdfPrinter() {
    }

    public static byte[] print(PrintDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            print(document, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // not from a byte array
        }
        return out.toByteArray();
    }

    public static void print(PrintDocument document, OutputStream out) throws IOException {
        PrintFonts fonts = PrintFonts.get();
        Document pdf = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            pdf.addTitle(document.title());
            pdf.addAuthor(document.author());
            pdf.open();
            pdf.add(paragraph(fonts, fonts.bold(TITLE), document.title(), TITLE, 10));
            for (PrintDocument.Block block : document.blocks()) {
                if (block instanceof PrintDocument.Heading h) {
                    pdf.add(paragraph(fonts, fonts.bold(HEADING), h.text(), HEADING, 6));
                } else if (block instanceof PrintDocument.Paragraph p) {
                    pdf.add(paragraph(fonts, fonts.regular(BODY), p.text(), BODY, 6));
                } else if (block instanceof PrintDocument.Bullets b) {
                    for (String item : b.items()) {
                        Paragraph line = paragraph(fonts, fonts.regular(BODY), "•  " + item, BODY, 2);
                        line.setIndentationLeft(14);
                        line.setFirstLineIndent(-10);
                        pdf.add(line);
                    }
                }
            }
            reproducible(writer.getInfo(), document);
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("printing \"" + document.title() + "\" failed", e);
        }
    }

    private static Paragraph paragraph(PrintFonts fonts, FontSelector selector, String text, float size,
                                       float spaceAfter) {
        Paragraph paragraph = new Paragraph(size * LEADING, "", fonts.plain(size));
        paragraph.add(selector.process(text));
        paragraph.setSpacingAfter(spaceAfter);
        return paragraph;
    }

    /** Fixes what would otherwise change from one run to the next: dates, producer and file identifier. */
    private static void reproducible(PdfDictionary info, PrintDocument document) {
        Calendar issued = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        issued.setTimeInMillis(document.issued().toEpochMilli());
        PdfDate date = new PdfDate(issued);
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        info.put(PdfName.PRODUCER, new PdfString("Sachet"));
        byte[] id = md5(document.toString());
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
    }

    private static byte[] md5(String content) {
        try {
            return MessageDigest.getInstance("MD5").digest(content.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
    }
}
