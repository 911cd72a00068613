package org.sachet.platform;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.ParserConfigurationException;

/**
 * An uploaded table of rows under a header row naming the columns in any order and case: a CSV file (UTF-8, a
 * spreadsheet's byte-order mark allowed) or a spreadsheet (XLSX, or the older XLS), whose first sheet is read
 * with each cell as the spreadsheet shows it. Every import reads its file through this, so a file refused as a
 * whole is refused the same way everywhere, with the import's own messages: {@code <messages>.empty},
 * {@code .tooLarge}, {@code .missingColumns}, {@code .tooMany} and {@code .unreadable}.
 */
public final class TableFile {

    /**
     * The largest file read, in megabytes: a spreadsheet is unpacked whole in memory, and an import's rows
     * (thousands of venues, a programme's targets) fit in far less.
     */
    public static final int MAX_MEGABYTES = 5;

    /**
     * The most a spreadsheet's sheet may unpack to: far more than the rows of any import, far less than what
     * would strain the server (a 1.2 MB XLSX can unpack to a 95 MB sheet).
     */
    static final long MAX_SHEET_BYTES = 24L << 20;

    static {
        // no part of a workbook (the shared strings, say) unpacks to more than a sheet may
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    }

    /** Files read at once, across every import and person; the others wait a little, then are told to retry. */
    private static final Semaphore READING = new Semaphore(2);
    private static final int BUSY_WAIT_SECONDS = 20;

    /** One data line: its line (or spreadsheet row) number, the header being 1, and its values by column name. */
    public record Line(int number, Map<String, String> values) {

        /** The value in a column, stripped; null when the column is absent or the cell empty. */
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private TableFile() {
    }

    /** A name a sheet of a workbook may take: none of []:*?/\ and at most 31 characters. */
    public static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /**
     * @throws RuleViolation for a file that is empty, larger than {@link #MAX_MEGABYTES}, unreadable, lacks a
     *                       required column or has too many rows
     */
    public static List<Line> read(InputStream content, Collection<String> required, int maxRows, String messages) {
        try (content) {
            byte[] bytes = content.readNBytes(MAX_MEGABYTES * 1024 * 1024 + 1);
            if (bytes.length == 0) {
                throw new RuleViolation("file", messages + ".empty");
            }
            if (bytes.length > MAX_MEGABYTES * 1024 * 1024) {
                throw new RuleViolation("file", messages + ".tooLarge", MAX_MEGABYTES);
            }
            InputStream file = new ByteArrayInputStream(bytes);
            FileMagic kind = FileMagic.valueOf(file);
            Table table;
            if (!READING.tryAcquire(BUSY_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new RuleViolation("file", "import.busy");
            }
            try {
                table = kind == FileMagic.OOXML ? workbook(file, maxRows, messages)
                        : kind == FileMagic.OLE2 ? oldSpreadsheet(file, maxRows, messages)
                        : csv(bytes, maxRows, messages);
            } finally {
                READING.release();
            }
            refuseControlCharacters(table, messages);
            if (table.columns.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            List<String> missing = required.stream().filter(c -> !table.columns.contains(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new RuleViolation("file", messages + ".missingColumns", String.join(", ", missing));
            }
            if (table.lines.isEmpty()) {
                throw new RuleViolation("file", messages + ".empty");
            }
            return table.lines;
        } catch (IOException | IllegalArgumentException | IllegalStateException | UncheckedIOException
                 | POIXMLException | RecordFormatException | OpenXML4JException | SAXException e) {
            throw new RuleViolation("file", messages + ".unreadable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuleViolation("file", "import.busy");
        }
    }

    /** Characters no name or code holds (NUL, other controls, a line break in a cell): the line is named. */
    private static void refuseControlCharacters(Table table, String messages) {
        for (Line line : table.lines) {
            for (String value : line.values.values()) {
                if (value.chars().anyMatch(c -> Character.getType(c) == Character.CONTROL)) {
                    throw new RuleViolation("file", messages + ".controlCharacters", line.number);
                }
            }
        }
    }

    private record Table(List<String> columns, List<Line> lines) {
    }

    private static Table csv(byte[] bytes, int maxRows, String messages) throws IOException {
        int badLine = firstLineNotUtf8(bytes);
        if (badLine == 1) {
            throw new RuleViolation("file", messages + ".unreadable"); // not even its header is text
        }
        if (badLine > 1) {
            throw new RuleViolation("file", messages + ".notUtf8", badLine);
        }
        Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        try (CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> columns = csv.getHeaderNames().stream().map(TableFile::columnName).toList();
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : csv) {
                if (lines.size() == maxRows) {
                    throw new RuleViolation("file", messages + ".tooMany", maxRows);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < columns.size() && i < record.size(); i++) {
                    values.putIfAbsent(columns.get(i), record.get(i));
                }
                lines.add(new Line((int) record.getRecordNumber() + 1, values));
            }
            return new Table(columns, lines);
        }
    }

    /** The line (from 1) holding the first byte that is not UTF-8 (a Latin-1 "é", say), or 0 when all are. */
    static int firstLineNotUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                int line = 1;
                for (int i = 0; i < in.position(); i++) {
                    if (bytes[i] == '\n') {
                        line++;
                    }
                }
                return line;
            }
            if (result.isUnderflow()) {
                return 0;
            }
            out.clear();
        }
    }

    /**
     * The first sheet of an XLSX workbook, read as a stream of rows (SAX over the sheet's XML): memory stays
     * bounded by the rows kept, however large the sheet unpacks to (a 1 MB file can hold a 100 MB sheet).
     */
    private static Table workbook(InputStream file, int maxRows, String messages)
            throws IOException, OpenXML4JException, SAXException {
        // from a file, POI unpacks each part as it is read (from a stream it would unpack them all in memory)
        Path copy = Files.createTempFile("sachet-import", ".xlsx");
        copyOf(file, copy);
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(copy.toFile())) {
            // the sizes the file declares: a part that says it unpacks too large is refused with the reason
            if (zip.stream().anyMatch(entry -> entry.getSize() > MAX_SHEET_BYTES)) {
                Files.deleteIfExists(copy);
                throw new RuleViolation("file", messages + ".tooLarge", MAX_MEGABYTES);
            }
        }
        try (OPCPackage opc = OPCPackage.open(copy.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(opc);
            reader.setUseReadOnlySharedStringsTable(true);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new Table(List.of(), List.of());
            }
            SheetRows rows = new SheetRows(maxRows, messages);
            try (InputStream sheet = new BoundedStream(sheets.next(), MAX_SHEET_BYTES, messages)) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                        (SharedStrings) reader.getSharedStringsTable(), rows, new DataFormatter(Locale.ROOT), false));
                xml.parse(new InputSource(sheet));
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
            return new Table(rows.columns.stream().filter(c -> !c.isEmpty()).toList(), rows.lines);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void copyOf(InputStream file, Path copy) throws IOException {
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The rows of a streamed sheet: the first row with a value names the columns; empty rows are skipped. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final int maxRows;
        private final String messages;
        private final List<String> columns = new ArrayList<>();
        private final List<Line> lines = new ArrayList<>();
        private boolean headerRead;
        private Map<String, String> values;
        private final Map<Integer, String> headerCells = new HashMap<>();

        SheetRows(int maxRows, String messages) {
            this.maxRows = maxRows;
            this.messages = messages;
        }

        @Override
        public void startRow(int rowNum) {
            values = new HashMap<>();
            headerCells.clear();
        }

        @Override
        public void cell(String reference, String formatted, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            String value = formatted == null ? "" : formatted.strip();
            if (!headerRead) {
                headerCells.put(column, value);
            } else if (column < columns.size() && !value.isEmpty() && !columns.get(column).isEmpty()) {
                values.putIfAbsent(columns.get(column), value);
            }
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerRead) {
                if (headerCells.values().stream().allMatch(String::isEmpty)) {
                    return;
                }
                int width = headerCells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
                for (int c = 0; c < width; c++) {
                    columns.add(columnName(headerCells.getOrDefault(c, "")));
                }
                headerRead = true;
                return;
            }
            if (values.isEmpty()) {
                return;
            }
            if (lines.size() == maxRows) {
                throw new RuleViolation("file", messages + ".tooMany", maxRows);
            }
            lines.add(new Line(rowNum + 1, values));
        }
    }

    /** Stops reading an unpacked part past a size, as a file that would take too much to read. */
    private static final class BoundedStream extends FilterInputStream {
        private final String messages;
        private long left;

        BoundedStream(InputStream in, long limit, String messages) {
            super(in);
            this.left = limit;
            this.messages = messages;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            left -= n;
            if (left < 0) {
                throw new RuleViolation("file", messages + ".tooLarge", MAX_MEGABYTES);
            }
        }
    }

    /** The first sheet of an old binary (XLS) workbook: not compressed, so never larger in memory than its file. */
    private static Table oldSpreadsheet(InputStream file, int maxRows, String messages) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(file)) {
            if (workbook.getNumberOfSheets() == 0) {
                return new Table(List.of(), List.of());
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter shown = new DataFormatter(Locale.ROOT);
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> columns = new ArrayList<>();
            if (header != null) {
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    Cell cell = header.getCell(c);
                    columns.add(cell == null ? "" : columnName(shown.formatCellValue(cell)));
                }
            }
            List<Line> lines = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; header != null && r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Map<String, String> values = new HashMap<>();
                for (int c = 0; row != null && c < columns.size(); c++) {
                    Cell cell = row.getCell(c);
                    String value = cell == null ? "" : shown.formatCellValue(cell).strip();
                    if (!value.isEmpty() && !columns.get(c).isEmpty()) {
                        values.putIfAbsent(columns.get(c), value);
                    }
                }
                if (values.isEmpty()) {
                    continue;
                }
                if (lines.size() == maxRows) {
                    throw new RuleViolation("file", messages + ".tooMany", maxRows);
                }
                lines.add(new Line(r + 1, values));
            }
            return new Table(columns.stream().filter(c -> !c.isEmpty()).toList(), lines);
        }
    }

    private static String columnName(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }
}
