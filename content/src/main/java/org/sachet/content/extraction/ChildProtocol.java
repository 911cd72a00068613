package org.sachet.content.extraction;

/**
 * What the server and a parser child tell each other over ForkParser's pipe. The request travels in the
 * {@code Metadata} sent to the child. The answer is SAX events: the body text only, then one result element in
 * our namespace. The result is sent this way because ForkParser returns nothing but SAX events (metadata a
 * parser sets late, e.g. an MP3's duration, would otherwise be lost), and because exceptions of the parser
 * libraries cannot be deserialised in a server that lacks those libraries.
 */
final class ChildProtocol {

    /** Request: absolute path of the file; the child opens it itself (random access, no copy over the pipe). */
    static final String FILE_PATH = "sachet:file-path";

    /**
     * The result: one {@code <result>} element in this namespace after the text, one attribute per metadata value
     * (the attribute's name is the metadata name, repeated for multi-valued fields).
     */
    static final String NAMESPACE = "urn:sachet:extraction";
    static final String RESULT = "result";

    /** Result fields next to the document's own metadata. */
    static final String FAILURE = "sachet:failure";
    static final String FAILURE_DETAIL = "sachet:failure-detail";
    static final String TRUNCATED = "sachet:truncated";

    /** Arguments of {@link SachetParserFactory}. */
    static final String ARG_MAX_CHARS = "maxChars";
    static final String ARG_OCR_LANGUAGE = "ocrLanguage";
    static final String ARG_MAX_PACKAGE_DEPTH = "maxPackageDepth";
    static final String ARG_MAX_COMPRESSION_RATIO = "maxCompressionRatio";

    /** Bounds on what the trailer carries, so odd metadata (a huge XMP packet) cannot flood the server. */
    static final int MAX_FIELDS = 500;
    static final int MAX_VALUE_CHARS = 8_000;

    private ChildProtocol() {
    }
}
