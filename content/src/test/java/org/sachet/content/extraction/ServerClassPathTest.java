package org.sachet.content.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tests' own class path holds the whole parser package (Maven's "provided" scope), which would hide a server
 * class reaching for it. Here the server-side classes run in a class loader with only what the server will have:
 * our classes, tika-core and the two jars tika-core needs.
 */
class ServerClassPathTest {

    @TempDir
    Path folder;

    @Test
    void serverSideWorksWithTikaCoreAlone() throws Exception {
        Path docx = TestFiles.docx(folder.resolve("lesson.docx"), "Lesson", "Sachet", List.of("Know your rights."));
        Path png = TestFiles.png(folder.resolve("poster.png"), 640, 480);
        try (URLClassLoader server = new URLClassLoader(serverClassPath(), ClassLoader.getPlatformClassLoader())) {
            assertThrows(ClassNotFoundException.class, () -> server.loadClass("org.apache.pdfbox.Loader"));
            assertThrows(ClassNotFoundException.class, () -> server.loadClass("org.apache.poi.POIDocument"));

            Object detector = server.loadClass(name("FileTypeDetector")).getConstructor().newInstance();
            Object type = call(detector, "detect", new Class<?>[] {Path.class, String.class}, docx, "lesson.docx");
            assertEquals("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    call(type, "type").toString());

            Class<?> settingsClass = server.loadClass(name("ExtractionSettings"));
            Object settings = call(settingsClass.getMethod("defaults").invoke(null), "withPoolSize",
                    new Class<?>[] {int.class}, 1);
            Class<?> extractorClass = server.loadClass(name("TextExtractor"));
            try (AutoCloseable extractor = (AutoCloseable) extractorClass.getConstructor(Path.class, settingsClass)
                    .newInstance(TestFiles.childClassPath(), settings)) {
                Object extraction = call(extractor, "extract", new Class<?>[] {Path.class, String.class}, docx,
                        "lesson.docx");
                assertEquals("OK", call(extraction, "status").toString());
                assertEquals("Know your rights.", call(extraction, "text"));
            }

            Object thumbnailer = server.loadClass(name("Thumbnailer")).getConstructor(Path.class)
                    .newInstance(TestFiles.childClassPath());
            Class<?> mediaType = server.loadClass("org.apache.tika.mime.MediaType");
            Object pngType = mediaType.getMethod("image", String.class).invoke(null, "png");
            Object thumbnail = call(thumbnailer, "thumbnail", new Class<?>[] {Path.class, mediaType, Path.class},
                    png, pngType, folder.resolve("thumb.png"));
            assertEquals("CREATED", call(thumbnail, "status").toString());
        }
    }

    /** target/classes plus tika-core, commons-io and slf4j-api, taken from the child folder. */
    private static URL[] serverClassPath() throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(Path.of(System.getProperty("basedir", "."), "target", "classes").toUri().toURL());
        try (Stream<Path> jars = Files.list(TestFiles.childClassPath())) {
            for (Path jar : jars.filter(ServerClassPathTest::isServerJar).toList()) {
                urls.add(jar.toUri().toURL());
            }
        }
        assertEquals(4, urls.size(), () -> "server class path " + urls);
        return urls.toArray(URL[]::new);
    }

    private static boolean isServerJar(Path jar) {
        String name = jar.getFileName().toString();
        return name.startsWith("tika-core-") || name.startsWith("commons-io-") || name.startsWith("slf4j-api-");
    }

    private static String name(String simpleName) {
        return "org.sachet.content.extraction." + simpleName;
    }

    private static Object call(Object target, String method) throws ReflectiveOperationException {
        return call(target, method, new Class<?>[0]);
    }

    private static Object call(Object target, String method, Class<?>[] types, Object... arguments)
            throws ReflectiveOperationException {
        var found = target.getClass().getMethod(method, types);
        found.setAccessible(true); // records' accessors are public, but the record classes may not be
        return found.invoke(target, arguments);
    }
}
