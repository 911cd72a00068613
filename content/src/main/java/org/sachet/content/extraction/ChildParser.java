package org.sachet.content.extraction;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipException;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.apache.tika.exception.CorruptedFileException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.metadata.XMPDM;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * The parser a ForkParser child runs for each file. It opens the file by path, stops the parse once the text
 * limit is reached (ending the work in the child, not just discarding text in the server), and turns every
 * outcome into result fields sent after the document, so the parse itself never fails across the pipe: the
 * child stays in the pool, and the server needs none of the parser libraries' exception classes.
 */
final class ChildParser implements Parser {

    private static final String TIKA_EXCEPTIONS = "X-TIKA:EXCEPTION:";

    private final Parser parser;
    private final int maxChars;
    private final long maxCompressionRatio;

    ChildParser(Parser parser, int maxChars, long maxCompressionRatio) {
        this.parser = parser;
        this.maxChars = maxChars;
        this.maxCompressionRatio = maxCompressionRatio;
    }

    @Override
    public Set<MediaType> getSupportedTypes(ParseContext context) {
        return parser.getSupportedTypes(context);
    }

    @Override
    public void parse(InputStream unused, ContentHandler server, Metadata request, ParseContext context)
            throws IOException, SAXException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, request.get(TikaCoreProperties.RESOURCE_NAME_KEY));
        String failure = null;
        String detail = null;
        boolean truncated = false;
        // Body text only, joined into large pieces; beyond the limit it throws, which ends the parse in the child.
        BatchingContentHandler text = new BatchingContentHandler(new WriteOutContentHandler(server, maxChars));
        Path path = Path.of(request.get(ChildProtocol.FILE_PATH));
        try (TikaInputStream file = TikaInputStream.get(path, metadata)) {
            context.set(Parser.class, parser);
            context.set(EmbeddedDocumentExtractor.class, new ExpansionLimit(context, Files.size(path),
                    maxCompressionRatio));
            parser.parse(file, text, metadata, context);
            addAudioDuration(path, metadata);
            // Tika records, rather than throws, what failed in an embedded file; a bomb inside fails the whole.
            for (String embeddedFailure : metadata.getValues(TikaCoreProperties.EMBEDDED_EXCEPTION)) {
                if (embeddedFailure.toLowerCase(Locale.ROOT).contains("zip bomb")) {
                    failure = FailureCode.ZIP_BOMB.code();
                    detail = "in an embedded file: " + embeddedFailure.lines()
                            .filter(line -> line.toLowerCase(Locale.ROOT).contains("zip bomb")).findFirst()
                            .orElse("").strip();
                }
            }
        } catch (Exception | Error e) {
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError)) {
                throw (VirtualMachineError) e; // out of memory or worse: let this child die and be replaced
            }
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                truncated = true;
            } else {
                failure = failureCode(e);
                detail = describe(e);
            }
        }
        text.flush();
        sendResult(server, metadata, truncated, failure, detail);
    }

    /**
     * Tika reports the duration of MP3, MP4 and Ogg files but not of WAV (or AIFF, AU); the JDK reads it from the
     * header.
     */
    private static void addAudioDuration(Path path, Metadata metadata) {
        String type = String.valueOf(metadata.get(Metadata.CONTENT_TYPE));
        if (metadata.get(XMPDM.DURATION) != null || !type.startsWith("audio/")) {
            return;
        }
        try {
            AudioFileFormat format = AudioSystem.getAudioFileFormat(path.toFile());
            float framesPerSecond = format.getFormat().getFrameRate();
            if (format.getFrameLength() > 0 && framesPerSecond > 0) {
                metadata.set(XMPDM.DURATION, Double.toString(format.getFrameLength() / (double) framesPerSecond));
            }
        } catch (UnsupportedAudioFileException | IOException notReadableByTheJdk) {
            // no duration, as before
        }
    }

    /** One element whose attributes are the fields: two messages over the pipe, however many fields. */
    private static void sendResult(ContentHandler server, Metadata metadata, boolean truncated, String failure,
                                   String detail) throws SAXException {
        AttributesImpl fields = new AttributesImpl();
        for (String name : metadata.names()) {
            if (name.startsWith(TIKA_EXCEPTIONS)) {
                continue; // stack traces, long and of no use to the server; the failure fields summarise them
            }
            for (String value : metadata.getValues(name)) {
                if (fields.getLength() < ChildProtocol.MAX_FIELDS) {
                    addField(fields, name, value);
                }
            }
        }
        if (truncated) {
            addField(fields, ChildProtocol.TRUNCATED, "true");
        }
        if (failure != null) {
            addField(fields, ChildProtocol.FAILURE, failure);
            addField(fields, ChildProtocol.FAILURE_DETAIL, detail);
        }
        server.startElement(ChildProtocol.NAMESPACE, ChildProtocol.RESULT, ChildProtocol.RESULT, fields);
        server.endElement(ChildProtocol.NAMESPACE, ChildProtocol.RESULT, ChildProtocol.RESULT);
    }

    /** A metadata name may repeat, as Tika's multi-valued fields do; the server adds them up. */
    private static void addField(AttributesImpl fields, String name, String value) {
        String bounded = value.length() > ChildProtocol.MAX_VALUE_CHARS
                ? value.substring(0, ChildProtocol.MAX_VALUE_CHARS) : value;
        fields.addAttribute("", name, name, "CDATA", bounded);
    }

    /** Maps a parse failure to a {@link FailureCode} code, looking through the causes. */
    static String failureCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String name = t.getClass().getName();
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (t instanceof EncryptedDocumentException || name.endsWith("EncryptedDocumentException")
                    || name.endsWith("InvalidPasswordException")) {
                return FailureCode.ENCRYPTED.code();
            }
            if (message.contains("zip bomb")) {
                return FailureCode.ZIP_BOMB.code();
            }
            if (t instanceof ZeroByteFileException) {
                return FailureCode.EMPTY.code();
            }
            if (t instanceof CorruptedFileException || t instanceof ZipException || t instanceof EOFException
                    || name.endsWith("NotOfficeXmlFileException") || name.endsWith("InvalidFormatException")
                    || message.contains("truncated") || message.contains("unexpected end")
                    || message.contains("couldn't find core part")) { // POI: an OOXML file cut short
                return FailureCode.CORRUPT.code();
            }
        }
        return FailureCode.PARSE_ERROR.code();
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = failure.getClass().getSimpleName() + ": " + failure.getMessage()
                + (root == failure ? "" : " (cause: " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")");
        return text.length() > 500 ? text.substring(0, 500) : text;
    }
}
