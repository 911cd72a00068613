package org.sachet.platform;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The widths of a written sheet's columns, from the text in them. */
public final class SheetColumns {

    private SheetColumns() {
    }

    /**
     * Each of the first {@code columns} as wide as its longest text, 8 to 60 characters. POI's autoSizeColumn
     * needs font metrics, which a headless server may lack; a width by characters is enough.
     */
    public static void fitToText(Sheet sheet, int columns) {
        for (int i = 0; i < columns; i++) {
            int widest = 8;
            for (Row row : sheet) {
                Cell cell = row.getCell(i);
                if (cell != null) {
                    widest = Math.max(widest, cell.toString().length() + 2);
                }
            }
            sheet.setColumnWidth(i, Math.min(60, widest) * 256);
        }
    }
}
