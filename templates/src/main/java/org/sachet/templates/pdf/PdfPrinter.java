package org.sachet.templates.pdf;

import org.sachet.templates.text.NepaliDigits;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
import java.util.List;
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
        Document pdf = new Document(document.landscape() ? PageSize.A4.rotate() : PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(pdf, out);
            writer.setCloseStream(false);
            pdf.addTitle(document.title());
            pdf.addAuthor(document.author());
            pdf.open();
            if (document.titleShown()) {
                pdf.add(paragraph(fonts, fonts.bold(TITLE), document.title(), TITLE, 10));
            }
            for (PrintDocument.Block block : document.blocks()) {
                if (block instanceof PrintDocument.Heading h) {
                    pdf.add(paragraph(fonts, fonts.bold(HEADING), h.text(), HEADING, 6));
                } else if (block instanceof PrintDocument.Paragraph p) {
                    pdf.add(paragraph(fonts, fonts.regular(BODY), p.text(), BODY, 6));
                } else if (block instanceof PrintDocument.Bullets b) {
                    for (String item : b.items()) {
                        pdf.add(hanging(fonts, "•  " + item, 10));
                    }
                } else if (block instanceof PrintDocument.Centered line) {
                    pdf.add(centered(fonts, line, pdf.right() - pdf.left()));
                } else if (block instanceof PrintDocument.Table table) {
                    pdf.add(table(fonts, table));
                } else if (block instanceof PrintDocument.Columns columns) {
                    pdf.add(columns(fonts, columns));
                } else if (block instanceof PrintDocument.Signatures signatures) {
                    pdf.add(signatures(fonts, signatures, pdf.right() - pdf.left()));
                } else if (block instanceof PrintDocument.Steps steps) {
                    for (int i = 0; i < steps.items().size(); i++) {
                        String number = Integer.toString(i + 1);
                        pdf.add(hanging(fonts, (steps.devanagariDigits() ? NepaliDigits.toDevanagari(number) : number) + ".  "
                                + steps.items().get(i), 14));
                    }
                }
            }
            reproducible(writer.getInfo(), document);
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("printing \"" + document.title() + "\" failed", e);
        }
    }

    /**
     * OpenPDF centres by the characters' own widths, which shaping changes (a conjunct is one glyph, the
     * i-sign moves), so a centred Nepali line drifts. Measure the shaped runs instead and indent by half
     * the room that is left.
     */
    private static Paragraph centered(PrintFonts fonts, PrintDocument.Centered line, float room) {
        Phrase phrase = (line.bold() ? fonts.bold(line.size()) : fonts.regular(line.size())).process(line.text());
        float width = shapedWidth(phrase);
        Paragraph paragraph = new Paragraph(line.size() * LEADING, "", fonts.plain(line.size()));
        paragraph.add(phrase);
        paragraph.setIndentationLeft(Math.max(0, (room - width) / 2));
        paragraph.setSpacingBefore(line.spaceBefore());
        return paragraph;
    }

    /** The width of a text as shaped (see {@link #centered}). */
    private static float shapedWidth(Phrase phrase) {
        float width = 0;
        for (Object element : phrase) {
            Chunk chunk = (Chunk) element;
            width += (float) LayoutProcessor.computeGlyphVector(chunk.getFont().getBaseFont(), chunk.getFont().getSize(),
                    chunk.getContent()).getLogicalBounds().getWidth();
        }
        return width;
    }

    /** Lines to sign on with gaps between them, 80 % of the width; each label centred under its line as shaped. */
    private static PdfPTable signatures(PrintFonts fonts, PrintDocument.Signatures signatures, float room)
            throws DocumentException {
        int labels = signatures.labels().size();
        float[] widths = new float[2 * labels - 1];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = i % 2 == 0 ? 1f : 0.6f;
        }
        float total = 0;
        for (float w : widths) {
            total += w;
        }
        PdfPTable pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(80);
        pdfTable.setSpacingBefore(signatures.spaceBefore());
        for (int i = 0; i < widths.length; i++) {
            if (i % 2 == 1) {
                PdfPCell gap = new PdfPCell();
                gap.setBorder(PdfPCell.NO_BORDER);
                pdfTable.addCell(gap);
                continue;
            }
            Phrase label = fonts.regular(12).process(signatures.labels().get(i / 2));
            float column = room * 0.8f * widths[i] / total;
            PdfPCell cell = new PdfPCell(label);
            cell.setBorder(PdfPCell.TOP);
            cell.setBorderWidthTop(0.8f);
            cell.setPaddingTop(4);
            cell.setPaddingBottom(6);
            cell.setPaddingLeft(Math.max(0, (column - shapedWidth(label)) / 2));
            cell.setPaddingRight(0);
            pdfTable.addCell(cell);
        }
        return pdfTable;
    }

    private static PdfPTable table(PrintFonts fonts, PrintDocument.Table table) throws DocumentException {
        float[] widths = new float[table.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = table.widths().get(i);
        }
        PdfPTable pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(100);
        pdfTable.setHeaderRows(1);
        pdfTable.setSpacingBefore(4);
        pdfTable.setSpacingAfter(8);
        for (String heading : table.header()) {
            PdfPCell cell = new PdfPCell(fonts.bold(BODY - 1).process(heading));
            cell.setPadding(4);
            cell.setPaddingBottom(7); // room below the line for Devanagari's lower marks
            cell.setGrayFill(0.9f);
            pdfTable.addCell(cell);
        }
        for (List<String> row : table.rows()) {
            for (String text : row) {
                PdfPCell cell = new PdfPCell(fonts.regular(BODY).process(text));
                cell.setMinimumHeight(table.rowHeight());
                cell.setPadding(4);
                pdfTable.addCell(cell);
            }
        }
        return pdfTable;
    }

    private static PdfPTable columns(PrintFonts fonts, PrintDocument.Columns columns) throws DocumentException {
        float[] widths = new float[columns.widths().size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = columns.widths().get(i);
        }
        PdfPTable pdfTable = new PdfPTable(widths);
        pdfTable.setWidthPercentage(100);
        pdfTable.setSpacingBefore(4);
        for (int r = 0; r < columns.rows().size(); r++) {
            List<String> row = columns.rows().get(r);
            boolean emphasised = columns.emphasised().get(r);
            for (int c = 0; c < row.size(); c++) {
                FontSelector selector = c == 0 ? fonts.regular(BODY - 3) : emphasised || c == 1 && row.size() > 2
                        ? fonts.bold(BODY) : fonts.regular(BODY);
                PdfPCell cell = new PdfPCell(selector.process(row.get(c)));
                cell.setBorder(PdfPCell.NO_BORDER);
                cell.setPadding(2);
                cell.setPaddingBottom(5); // room below the line for Devanagari's lower marks
                if (emphasised) {
                    cell.setPaddingTop(10);
                }
                if (c == 0) {
                    cell.setHorizontalAlignment(com.lowagie.text.Element.ALIGN_RIGHT);
                    cell.setPaddingRight(8);
                }
                pdfTable.addCell(cell);
            }
        }
        return pdfTable;
    }

    /** A list item: the first line starts at the margin, the rest under the text after the mark. */
    private static Paragraph hanging(PrintFonts fonts, String text, float markWidth) {
        Paragraph line = paragraph(fonts, fonts.regular(BODY), text, BODY, 2);
        line.setIndentationLeft(markWidth + 4);
        line.setFirstLineIndent(-markWidth);
        return line;
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
