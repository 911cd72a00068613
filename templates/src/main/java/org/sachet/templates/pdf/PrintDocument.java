package org.sachet.templates.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to print: its title and author (also the PDF's own metadata), the date it is issued on, and
 * blocks of text in any mix of Nepali and English. The same document always prints to the same bytes.
 */
public record PrintDocument(String title, String author, Instant issued, boolean landscape, boolean titleShown,
                            List<Block> blocks) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(issued, "issued");
        blocks = List.copyOf(blocks);
    }

    /** A part of the page, printed one after the other. */
    public sealed interface Block permits Heading, Paragraph, Bullets, Steps, Table, Centered, Columns, Signatures {
    }

    /** A heading, bold and larger. */
    public record Heading(String text) implements Block {
    }

    /** Running text, wrapped to the page width. */
    public record Paragraph(String text) implements Block {
    }

    /** A bulleted list. */
    public record Bullets(List<String> items) implements Block {
        public Bullets {
            items = List.copyOf(items);
        }
    }

    /** Numbered steps, numbered in the digits given (Devanagari digits for a Nepali document). */
    public record Steps(List<String> items, boolean devanagariDigits) implements Block {
        public Steps {
            items = List.copyOf(items);
        }
    }

    /**
     * A table with a header row (repeated on every page) and rows of at least {@code rowHeight} points, room
     * to write in by hand on a printed form.
     *
     * @param widths each column's share of the width
     */
    public record Table(List<String> header, List<List<String>> rows, List<Float> widths, float rowHeight)
            implements Block {
        public Table {
            header = List.copyOf(header);
            rows = rows.stream().map(List::copyOf).toList();
            widths = List.copyOf(widths);
            int columns = header.size();
            if (widths.size() != columns || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per column");
            }
        }
    }

    /**
     * Text laid out in columns without rules (a script: line number, who speaks, the words). A row whose
     * {@code emphasised} flag is set prints bold (a scene heading); the first column is small, the second bold.
     */
    public record Columns(List<List<String>> rows, List<Boolean> emphasised, List<Float> widths) implements Block {
        public Columns {
            rows = rows.stream().map(List::copyOf).toList();
            emphasised = List.copyOf(emphasised);
            widths = List.copyOf(widths);
            int columns = widths.size();
            if (emphasised.size() != rows.size() || rows.stream().anyMatch(row -> row.size() != columns)) {
                throw new IllegalArgumentException("every row needs one cell per column and an emphasis flag");
            }
        }
    }

    /** A line centred on the page (a certificate's), at a size, bold or not, with space above it. */
    public record Centered(String text, float size, boolean bold, float spaceBefore) implements Block {
    }

    /** Lines to sign on, side by side, each with its label centred under it (a certificate's teacher, head). */
    public record Signatures(List<String> labels, float spaceBefore) implements Block {
        public Signatures {
            labels = List.copyOf(labels);
        }
    }

    public static Builder builder(String title, String author, Instant issued) {
        return new Builder(title, author, issued);
    }

    /** Collects the blocks in reading order. */
    public static final class Builder {
        private final String title;
        private final String author;
        private final Instant issued;
        private final List<Block> blocks = new ArrayList<>();
        private boolean landscape;
        private boolean titleShown = true;

        private Builder(String title, String author, Instant issued) {
            this.title = title;
            this.author = author;
            this.issued = issued;
        }

        /** Turns the page on its side (A4 landscape), for wide forms. */
        public Builder landscape() {
            landscape = true;
            return this;
        }

        /** Leaves the title to the PDF's metadata: the page lays out its own (a certificate). */
        public Builder titleNotShown() {
            titleShown = false;
            return this;
        }

        public Builder table(List<String> header, List<List<String>> rows, List<Float> widths, float rowHeight) {
            blocks.add(new Table(header, rows, widths, rowHeight));
            return this;
        }

        public Builder columns(List<List<String>> rows, List<Boolean> emphasised, List<Float> widths) {
            blocks.add(new Columns(rows, emphasised, widths));
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Paragraph(text));
            return this;
        }

        public Builder bullets(List<String> items) {
            blocks.add(new Bullets(items));
            return this;
        }

        public Builder steps(List<String> items, boolean devanagariDigits) {
            blocks.add(new Steps(items, devanagariDigits));
            return this;
        }

        public Builder centered(String text, float size, boolean bold, float spaceBefore) {
            blocks.add(new Centered(text, size, bold, spaceBefore));
            return this;
        }

        public Builder signatures(List<String> labels, float spaceBefore) {
            blocks.add(new Signatures(labels, spaceBefore));
            return this;
        }

        public PrintDocument build() {
            return new PrintDocument(title, author, issued, landscape, titleShown, blocks);
        }
    }
}
