package org.sachet.catalogue;

/** The kinds of SBCC material a programme produces. */
public enum MaterialType {
    POSTER, LEAFLET, MANUAL, WORKSHEET, STORYTELLING_KIT, STICKER, VIDEO, ANIMATION, RADIO_RECORDING,
    PRESENTATION, OTHER;

    /** A first guess from the detected media type, for a file dropped before its editor describes it. */
    public static MaterialType guessFrom(String mediaType) {
        if (mediaType.startsWith("image/")) {
            return POSTER;
        }
        if (mediaType.startsWith("audio/")) {
            return RADIO_RECORDING;
        }
        if (mediaType.startsWith("video/")) {
            return VIDEO;
        }
        if (mediaType.contains("presentation") || mediaType.contains("powerpoint")) {
            return PRESENTATION;
        }
        if (mediaType.equals("application/pdf") || mediaType.contains("word")) {
            return MANUAL;
        }
        return OTHER;
    }
}
