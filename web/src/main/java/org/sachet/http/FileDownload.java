package org.sachet.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A stored file on its way to a client, and the response headers that go with a {@link DownloadPlan}.
 * The bytes are copied in small chunks straight from the file, so the heap never holds a whole file.
 *
 * @param sha256 the content hash, which is also the ETag
 * @param inline whether a browser should show the file (a preview) rather than save it
 */
public record FileDownload(Path file, long size, String sha256, Instant lastModified, String mediaType,
                           String fileName, boolean inline) {

    private static final int CHUNK = 512 * 1024; // fewer, larger writes: loopback throughput, not heap, is the limit

    public Map<String, String> headers(DownloadPlan plan) {
        return new DownloadHeaders(size, sha256, lastModified, mediaType, fileName, inline).of(plan);
    }

    /** Writes the planned bytes (all of them for 200, the range for 206, none otherwise). */
    public void write(DownloadPlan plan, OutputStream out) throws IOException {
        if (plan.status() != 200 && plan.status() != 206) {
            return;
        }
        Optional<ByteRange> range = plan.range();
        long position = range.map(ByteRange::first).orElse(0L);
        long remaining = range.map(ByteRange::length).orElse(size);
        byte[] chunk = new byte[CHUNK];
        ByteBuffer buffer = ByteBuffer.wrap(chunk);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (remaining > 0) {
                buffer.clear().limit((int) Math.min(CHUNK, remaining));
                int read = channel.read(buffer, position);
                if (read < 0) {
                    throw new IOException("file ended early: " + file);
                }
                out.write(chunk, 0, read);
                position += read;
                remaining -= read;
            }
        }
        out.flush();
    }
}
