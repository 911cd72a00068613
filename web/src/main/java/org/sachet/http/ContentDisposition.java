package org.sachet.http;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * {@code Content-Disposition} for downloads that keeps Nepali file names (RFC 6266 with the RFC 8187
 * {@code filename*} parameter), plus a plain ASCII {@code filename} for old clients.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** For previews: the browser shows the file (PDF, image, audio) but keeps the name if it is saved. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String type, String fileName) {
        String name = Normalizer.normalize(fileName == null ? "" : fileName, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}/\\\\]", "_").strip();
        if (name.isEmpty()) {
            name = "download";
        }
        return type + "; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncode(name);
    }

    private static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        for (char c : name.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '%' ? c : '_');
        }
        return ascii.toString();
    }

    /** RFC 8187 value characters: letters, digits and !#$&+-.^_`|~ pass; every other byte is %XX. */
    private static String percentEncode(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (plain) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
