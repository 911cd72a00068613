package org.sachet.web.platform;

import jakarta.servlet.http.Part;
import org.sachet.platform.ImportRow;
import org.sachet.platform.RuleViolation;
import org.sachet.web.i18n.Feedback;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * The view state of an import page: the uploaded file, its rows as checked, each with its verdict, until the
 * person imports all of them, only the good ones, or cancels. The page's bean brings the reading, checking and
 * importing (its service); the texts are the import's own, {@code <messages>.empty}, {@code .unreadable} and
 * {@code .done}.
 */
public final class ImportReview<R extends ImportRow> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Stores checked rows (all, or only the good ones) and says how many it stored. */
    @FunctionalInterface
    public interface Importer<R> {
        int importRows(List<R> rows, boolean goodRowsOnly);
    }

    private final String messages;
    private transient Part file;
    private List<R> rows = List.of();

    public ImportReview(String messages) {
        this.messages = messages;
    }

    /** Reads the uploaded file and checks every row, changing nothing yet. */
    public void check(Function<InputStream, List<R>> readAndCheck) {
        rows = List.of();
        if (file == null || file.getSize() == 0) {
            Feedback.error(messages + ".empty");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            rows = readAndCheck.apply(content);
        } catch (RuleViolation e) {
            Feedback.error(e);
        } catch (IOException e) {
            Feedback.error(messages + ".unreadable");
        }
    }

    /** Imports the checked rows; false when refused (a bad row and not "only the good ones"), the rows kept. */
    public boolean importChecked(boolean goodRowsOnly, Importer<R> importer) {
        try {
            int stored = importer.importRows(rows, goodRowsOnly);
            Feedback.info(messages + ".done", stored);
            rows = List.of();
            return true;
        } catch (RuleViolation e) {
            Feedback.error(e);
            return false;
        }
    }

    public void cancel() {
        rows = List.of();
    }

    public List<R> getRows() {
        return rows;
    }

    public long getBadRows() {
        return rows.stream().filter(row -> !row.isGood()).count();
    }

    public long getGoodRows() {
        return rows.size() - getBadRows();
    }

    /** Why a row cannot be imported, in the viewer's language. */
    public String problemOf(ImportRow row) {
        return row.isGood() ? "" : Feedback.text(row.problem(), row.arguments().toArray());
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
