package org.sachet.content.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.ParserFactory;
import org.xml.sax.SAXException;

/**
 * Builds the parser inside a ForkParser child (named to ForkParser by class name, so the server never runs it):
 * Tika's AutoDetectParser with our limits, wrapped in {@link ChildParser}.
 *
 * <p>The limits go through a generated tika-config, the route ForkParser's {@code ParserFactoryFactory} leaves
 * open in 3.3.1 (a ParseContext sent with each call is deserialised in the child, but AutoDetectParser takes its
 * zip-bomb limits from {@code <autoDetectParserConfig>}):
 * <ul>
 * <li>{@code maximumPackageEntryDepth}: how deep archives and embedded documents may nest. Deeper raises Tika's
 * "Suspected zip bomb" error, which Tika records against the embedded file (the parse goes on with what it has);
 * {@link ChildParser} turns such a record into a zip-bomb failure of the whole file.</li>
 * <li>{@code maximumCompressionRatio} / {@code outputThreshold}: past a million characters of output, text more
 * than this many times the bytes read is taken as a decompression bomb. The same ratio bounds the bytes that
 * archive entries unpack to ({@link ExpansionLimit}), which catches the bombs that produce no text.</li>
 * <li>OCR: Tesseract is excluded unless a language is given, so a missing or unwanted Tesseract costs nothing.</li>
 * </ul>
 */
public final class SachetParserFactory extends ParserFactory {

    private final Map<String, String> arguments;

    public SachetParserFactory(Map<String, String> arguments) {
        super(arguments);
        this.arguments = new HashMap<>(arguments);
    }

    @Override
    public Parser build() throws IOException, SAXException, TikaException {
        int maxChars = Integer.parseInt(arguments.get(ChildProtocol.ARG_MAX_CHARS));
        long maxCompressionRatio = Long.parseLong(arguments.get(ChildProtocol.ARG_MAX_COMPRESSION_RATIO));
        String xml = tikaConfig(arguments.getOrDefault(ChildProtocol.ARG_OCR_LANGUAGE, ""),
                Integer.parseInt(arguments.get(ChildProtocol.ARG_MAX_PACKAGE_DEPTH)), maxCompressionRatio);
        TikaConfig config = new TikaConfig(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return new ChildParser(new AutoDetectParser(config), maxChars, maxCompressionRatio);
    }

    static String tikaConfig(String ocrLanguage, int maxPackageDepth, long maxCompressionRatio) {
        String ocrParser = ocrLanguage.isBlank() ? "" : """
                    <parser class="org.apache.tika.parser.ocr.TesseractOCRParser">
                      <params><param name="language" type="string">%s</param></params>
                    </parser>
                """.formatted(ocrLanguage);
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <properties>
                  <parsers>
                    <parser class="org.apache.tika.parser.DefaultParser">
                      <parser-exclude class="org.apache.tika.parser.ocr.TesseractOCRParser"/>
                    </parser>
                %s  </parsers>
                  <autoDetectParserConfig>
                    <params>
                      <maximumPackageEntryDepth>%d</maximumPackageEntryDepth>
                      <maximumCompressionRatio>%d</maximumCompressionRatio>
                      <outputThreshold>1000000</outputThreshold>
                    </params>
                  </autoDetectParserConfig>
                </properties>
                """.formatted(ocrParser, maxPackageDepth, maxCompressionRatio);
    }
}
