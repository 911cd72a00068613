package org.sachet.templates.pdf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document to print: its title and author (also the PDF's own metadata), the date it is issued on, and
 * blocks of text in any mix of Nepali and English. The same document always prints to the same bytes.
 */
public record PrintDocument(String title, String author, Instant issued, List<Block> blocks) {

    public PrintDocument {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(issued, "issued");
        blocks = List.copyOf(blocks);
    }

    /** A part of the page, printed one after the other. */
    public sealed interface Block permits Heading, Paragraph, Bullets {
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

    public static Builder builder(String title, String author, Instant issued) {
        return new Builder(title, author, issued);
    }

    /** Collects the blocks in reading order. */
    public static final class Builder {
        private final String title;
        private final String author;
        private final Instant issued;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String author, Instant issued) {
            this.title = title;
            this.author = author;
            this.issued = issued;
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

        public PrintDocument build() {
            return new PrintDocument(title, author, issued, blocks);
        }
    }
}
