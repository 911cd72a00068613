package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sachet.content.extraction.Thumbnail.Status;

class ThumbnailerTest {

    private final Thumbnailer thumbnailer = new Thumbnailer(TestFiles.childClassPath());

    @TempDir
    Path folder;

    @Test
    void largeImageIsScaledToAtMost320OnTheLongSide() throws IOException {
        Path poster = TestFiles.png(folder.resolve("poster.png"), 1600, 900);
        Path target = folder.resolve("poster-thumb.png");
        Thumbnail thumbnail = thumbnailer.thumbnail(poster, MediaType.image("png"), target);
        assertEquals(Status.CREATED, thumbnail.status(), thumbnail::detail);
        BufferedImage image = ImageIO.read(target.toFile());
        assertEquals(320, image.getWidth());
        assertEquals(180, image.getHeight());
        assertEquals(320, thumbnail.width());
    }

    @Test
    void smallImageIsNotEnlarged() throws IOException {
        Path icon = TestFiles.png(folder.resolve("icon.png"), 64, 48);
        Thumbnail thumbnail = thumbnailer.thumbnail(icon, MediaType.image("png"), folder.resolve("t.png"));
        assertEquals(Status.CREATED, thumbnail.status(), thumbnail::detail);
        assertEquals(64, thumbnail.width());
        assertEquals(48, thumbnail.height());
    }

    @Test
    void firstPageOfAPdfIsDrawn() throws IOException {
        Path pdf = TestFiles.pdf(folder.resolve("rights.pdf"), "Rights", "Sachet",
                List.of("First page", "Second page"));
        Path target = folder.resolve("rights.png");
        Thumbnail thumbnail = thumbnailer.thumbnail(pdf, MediaType.application("pdf"), target);
        assertEquals(Status.CREATED, thumbnail.status(), thumbnail::detail);
        BufferedImage page = ImageIO.read(target.toFile());
        assertEquals(320, page.getHeight()); // A4 is portrait
        assertEquals(226, page.getWidth(), 1);
    }

    @Test
    void imageClaimingTenBillionPixelsIsRefusedBeforeDecoding() throws IOException {
        Path bomb = TestFiles.pngClaiming(folder.resolve("huge.png"), 100_000, 100_000);
        Path target = folder.resolve("huge-thumb.png");
        Thumbnail thumbnail = thumbnailer.thumbnail(bomb, MediaType.image("png"), target);
        assertEquals(Status.TOO_LARGE, thumbnail.status());
        assertTrue(thumbnail.detail().contains("100000x100000"), thumbnail.detail());
        assertFalse(Files.exists(target));
    }

    @Test
    void encryptedPdfIsReported() throws IOException {
        Path locked = TestFiles.encryptedPdf(folder.resolve("locked.pdf"));
        assertEquals(Status.ENCRYPTED,
                thumbnailer.thumbnail(locked, MediaType.application("pdf"), folder.resolve("l.png")).status());
    }

    @Test
    void textNamedPngIsNotAnImage() throws IOException {
        Path text = TestFiles.text(folder.resolve("photo.png"), "not a picture");
        Thumbnail thumbnail = thumbnailer.thumbnail(text, MediaType.image("png"), folder.resolve("p.png"));
        assertEquals(Status.UNSUPPORTED, thumbnail.status());
    }

    @Test
    void audioIsNotDrawnAndNoChildIsStarted() throws IOException {
        Path wav = TestFiles.wav(folder.resolve("s.wav"), 20);
        assertEquals(Status.UNSUPPORTED,
                thumbnailer.thumbnail(wav, MediaType.audio("vnd.wave"), folder.resolve("s.png")).status());
    }

    @Test
    void childOverrunningTheTimeLimitIsKilled() throws IOException {
        Thumbnailer hurried = new Thumbnailer(TestFiles.childClassPath(), Duration.ofMillis(50), "256m", 1);
        Path poster = TestFiles.png(folder.resolve("poster.png"), 800, 600);
        Path target = folder.resolve("poster-thumb.png");
        long started = System.nanoTime();
        Thumbnail thumbnail = hurried.thumbnail(poster, MediaType.image("png"), target);
        assertEquals(Status.TIMEOUT, thumbnail.status());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toSeconds() < 5);
        assertFalse(Files.exists(target));
    }
}
