package org.sachet.templates.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.LayoutProcessor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;

/**
 * The fonts every printed document uses, shipped in this module (Noto, SIL Open Font License, see
 * {@code fonts/OFL.txt}): nothing depends on the fonts of the machine. Noto Sans Devanagari has no Latin
 * letters, so each run of text takes the first of Devanagari, then Noto Sans, that has its characters.
 *
 * <p>Devanagari needs shaping (conjuncts, the i-sign before its consonant, reph above): OpenPDF's
 * {@link LayoutProcessor} lays glyphs out with the JDK's font engine (HarfBuzz), and writes each run's
 * text as {@code /ActualText} so that copying, search and extraction give back the original characters
 * rather than the glyphs' one-character guesses.
 */
final class PrintFonts {

    private static final String FOLDER = "org/sachet/templates/fonts/";

    private static PrintFonts instance;

    private final BaseFont devanagari;
    private final BaseFont devanagariBold;
    private final BaseFont latin;
    private final BaseFont latinBold;
    private final java.util.Map<String, FontSelector> selectors = new java.util.concurrent.ConcurrentHashMap<>();

    private PrintFonts() {
        devanagari = load("NotoSansDevanagari-Regular.ttf");
        devanagariBold = load("NotoSansDevanagari-Bold.ttf");
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
    }

    /** Loaded once per class loader: the layout switch is global to OpenPDF and may be set only once. */
    static synchronized PrintFonts get() {
        if (instance == null) {
            LayoutProcessor.enableKernLiga();
            LayoutProcessor.setWriteActualText();
            instance = new PrintFonts();
        }
        return instance;
    }

    private static BaseFont load(String file) {
        try {
            // OpenPDF and its layout processor both find the file on the class path by this name
            BaseFont font = BaseFont.createFont(FOLDER + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            font.setSecureRandom(new SubsetTag(file));
            return font;
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException("cannot load the font " + file, e instanceof IOException io ? io
                    : new IOException(e));
        }
    }

    /** For what a paragraph adds itself (line ends): without it OpenPDF would reach for Helvetica, unembedded. */
    Font plain(float size) {
        return new Font(latin, size);
    }

    /**
     * One selector per weight and size, made once: making one reads a font file (OpenPDF's FontSelector
     * registers its default font each time), which cost a 40-minute script's PDF more than three seconds.
     * A selector is only read once made, so it is shared between threads.
     */
    FontSelector regular(float size) {
        return selectors.computeIfAbsent("regular " + size, key -> selector(devanagari, latin, size));
    }

    FontSelector bold(float size) {
        return selectors.computeIfAbsent("bold " + size, key -> selector(devanagariBold, latinBold, size));
    }

    private static FontSelector selector(BaseFont first, BaseFont second, float size) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(first, size));
        selector.addFont(new Font(second, size));
        return selector;
    }

    /**
     * The six letters OpenPDF puts before "+" in an embedded subset's name: the same for a font every time (so a
     * document prints to the same bytes) and different for each font (ISO 32000-1 §9.6.4: a document's subsets
     * need distinct tags; one constant had given all four fonts "NNNNNN+"). OpenPDF draws each letter from
     * {@code nextDouble()}, six draws per subset, in one thread: each thread walks the font's letters in turn.
     */
    private static final class SubsetTag extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final char[] letters = new char[6];
        private final transient ThreadLocal<int[]> drawn = ThreadLocal.withInitial(() -> new int[1]);

        SubsetTag(String fontFile) {
            byte[] digest;
            try {
                digest = java.security.MessageDigest.getInstance("SHA-256")
                        .digest(fontFile.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < letters.length; i++) {
                letters[i] = (char) ('A' + Math.floorMod(digest[i], 26));
            }
        }

        @Override
        public double nextDouble() {
            int[] count = drawn.get();
            char letter = letters[count[0]++ % letters.length];
            return (letter - 'A' + 0.5) / 26;
        }
    }
}
