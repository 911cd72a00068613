package org.sachet.content.extraction;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws a thumbnail in a child JVM started by {@link Thumbnailer}; never loaded by the server (PDFBox is only on
 * the child class path). Arguments: source file, target PNG, media type. Prints one result line, prefixed by
 * {@link #RESULT}: "created W H", or a status name of {@link Thumbnail.Status} and a detail.
 */
public final class ThumbnailerChild {

    static final String RESULT = "sachet-thumbnail:";
    static final int MAX_SIDE = 320;
    static final long MAX_PIXELS = 50_000_000L;

    private ThumbnailerChild() {
    }

    public static void main(String[] args) {
        int exitCode;
        try {
            BufferedImage thumbnail = "application/pdf".equals(args[2]) ? firstPage(Path.of(args[0]))
                    : image(Path.of(args[0]));
            if (!ImageIO.write(thumbnail, "png", Path.of(args[1]).toFile())) {
                throw new IOException("no PNG writer");
            }
            System.out.println(RESULT + "CREATED " + thumbnail.getWidth() + " " + thumbnail.getHeight());
            exitCode = 0;
        } catch (Refusal refusal) {
            System.out.println(RESULT + refusal.status + " " + refusal.getMessage());
            exitCode = 2;
        } catch (Exception | Error e) {
            System.out.println(RESULT + Thumbnail.Status.FAILED + " " + e);
            exitCode = 3;
        }
        System.out.flush();
        System.exit(exitCode); // AWT may leave non-daemon threads behind
    }

    /** Reads the size from the header first, so a decompression bomb is refused before any pixel is decoded. */
    static BufferedImage image(Path source) throws IOException, Refusal {
        try (ImageInputStream input = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new Refusal(Thumbnail.Status.UNSUPPORTED, "no decoder for this image format");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new Refusal(Thumbnail.Status.TOO_LARGE, width + "x" + height + " pixels");
                }
                // Decode every n-th pixel only: memory stays near the thumbnail's size, not the image's.
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / (2 * MAX_SIDE));
                param.setSourceSubsampling(step, step, 0, 0);
                return scaled(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        }
    }

    static BufferedImage firstPage(Path source) throws IOException, Refusal {
        try (PDDocument document = Loader.loadPDF(source.toFile())) {
            if (document.getNumberOfPages() == 0) {
                throw new Refusal(Thumbnail.Status.FAILED, "the PDF has no pages");
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            float scale = MAX_SIDE / Math.max(box.getWidth(), box.getHeight());
            return new PDFRenderer(document).renderImage(0, scale, ImageType.RGB);
        } catch (InvalidPasswordException e) {
            throw new Refusal(Thumbnail.Status.ENCRYPTED, "the PDF needs a password");
        }
    }

    /** Fits the image in MAX_SIDE x MAX_SIDE, never enlarging it; transparency is kept. */
    private static BufferedImage scaled(BufferedImage image) {
        double factor = Math.min(1.0, (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return thumbnail;
    }

    /** A file we decline to draw, with the status to report. */
    static final class Refusal extends Exception {
        private final Thumbnail.Status status;

        Refusal(Thumbnail.Status status, String detail) {
            super(detail);
            this.status = status;
        }
    }
}
