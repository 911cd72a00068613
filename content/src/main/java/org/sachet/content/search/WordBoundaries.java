package org.sachet.content.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Breaks text where white space starts or ends, so a snippet is cut between words. The highlighter asks for a break
 * near every match in a document; the JDK's word iterator answers that slowly on long texts (worst on
 * Devanagari), while this scans only to the nearest white space.
 */
final class WordBoundaries extends BreakIterator {

    private String text = "";
    private CharacterIterator iterator = new StringCharacterIterator("");
    private int current;

    @Override
    public void setText(String newText) {
        text = newText;
        iterator = new StringCharacterIterator(newText);
        current = 0;
    }

    @Override
    public void setText(CharacterIterator newText) {
        StringBuilder copy = new StringBuilder();
        for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
            copy.append(c);
        }
        setText(copy.toString());
    }

    @Override
    public CharacterIterator getText() {
        return iterator;
    }

    @Override
    public int first() {
        return current = 0;
    }

    @Override
    public int last() {
        return current = text.length();
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public int next() {
        return following(current);
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n && result != DONE; i++) {
            result = next();
        }
        for (int i = 0; i > n && result != DONE; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int previous() {
        return preceding(current);
    }

    @Override
    public int following(int offset) {
        if (offset >= text.length()) {
            return DONE;
        }
        int i = Math.max(offset + 1, 1);
        while (i < text.length() && !isBoundary(i)) {
            i++;
        }
        return current = i;
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            return DONE;
        }
        int i = Math.min(offset - 1, text.length());
        while (i > 0 && !isBoundary(i)) {
            i--;
        }
        return current = i;
    }

    @Override
    public boolean isBoundary(int offset) {
        return offset <= 0 || offset >= text.length()
                || Character.isWhitespace(text.charAt(offset - 1)) != Character.isWhitespace(text.charAt(offset));
    }
}
