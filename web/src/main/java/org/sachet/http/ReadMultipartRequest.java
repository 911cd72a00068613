package org.sachet.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.Part;
import org.apache.commons.fileupload2.core.DiskFileItem;
import org.apache.commons.fileupload2.core.DiskFileItemFactory;
import org.apache.commons.fileupload2.core.FileUploadException;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletDiskFileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A multipart request whose body Sachet read itself, into a folder of its own for this request: its parts and
 * form fields are served from there, and the folder is deleted when the request ends, whatever happened. The
 * container's own parser keeps a part that a broken connection cut off on disk for ever (issue 14).
 */
final class ReadMultipartRequest extends HttpServletRequestWrapper implements AutoCloseable {

    /** Parts up to this size stay in memory (form fields, the view state); larger ones go to the folder. */
    private static final int IN_MEMORY = 64 * 1024;

    private final Path folder;
    private final List<Part> parts = new ArrayList<>();
    private final Map<String, String[]> parameters = new LinkedHashMap<>();

    private ReadMultipartRequest(HttpServletRequest request, Path folder) {
        super(request);
        this.folder = folder;
    }

    /**
     * Reads the whole body into a new folder under {@code uploads}.
     *
     * @throws IOException when the body is cut off or is not well-formed multipart; nothing is left on disk
     */
    static ReadMultipartRequest read(HttpServletRequest request, Path uploads, long maxBytes) throws IOException {
        Files.createDirectories(uploads);
        Path folder = Files.createTempDirectory(uploads, "request-");
        ReadMultipartRequest read = new ReadMultipartRequest(request, folder);
        try {
            Charset charset = request.getCharacterEncoding() == null ? StandardCharsets.UTF_8
                    : Charset.forName(request.getCharacterEncoding());
            JakartaServletDiskFileUpload upload = new JakartaServletDiskFileUpload(DiskFileItemFactory.builder()
                    .setPath(folder).setBufferSize(IN_MEMORY).setCharset(charset).get());
            upload.setSizeMax(maxBytes);
            upload.setFileSizeMax(maxBytes);
            upload.setFileCountMax(100);
            upload.setHeaderCharset(StandardCharsets.UTF_8); // Nepali file names
            read.addQueryParameters(request.getQueryString());
            for (DiskFileItem item : upload.parseRequest(request)) {
                if (item.isFormField()) {
                    read.addParameter(item.getFieldName(), item.getString(charset));
                } else {
                    read.parts.add(new ItemPart(item));
                }
            }
            return read;
        } catch (FileUploadException | RuntimeException e) {
            read.close();
            throw new IOException("the multipart body could not be read: " + e.getMessage(), e);
        }
    }

    private void addQueryParameters(String query) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            addParameter(name, value);
        }
    }

    private void addParameter(String name, String value) {
        parameters.merge(name, new String[] {value}, (old, added) -> {
            String[] both = java.util.Arrays.copyOf(old, old.length + 1);
            both[old.length] = added[0];
            return both;
        });
    }

    /** Deletes every part this request read. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException gone) {
            // already deleted
        }
    }

    @Override
    public Collection<Part> getParts() {
        return Collections.unmodifiableList(parts);
    }

    @Override
    public Part getPart(String name) {
        return parts.stream().filter(p -> p.getName().equals(name)).findFirst().orElse(null);
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters.get(name);
    }

    /** A file part, as the servlet API hands it to Faces, PrimeFaces and the REST resources. */
    private static final class ItemPart implements Part {
        private final DiskFileItem item;

        ItemPart(DiskFileItem item) {
            this.item = item;
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return item.getInputStream();
        }

        @Override
        public String getContentType() {
            return item.getContentType();
        }

        @Override
        public String getName() {
            return item.getFieldName();
        }

        @Override
        public String getSubmittedFileName() {
            return item.getName();
        }

        @Override
        public long getSize() {
            return item.getSize();
        }

        @Override
        public void write(String fileName) throws IOException {
            item.write(Path.of(fileName));
        }

        @Override
        public void delete() throws IOException {
            item.delete();
        }

        @Override
        public String getHeader(String name) {
            return item.getHeaders() == null ? null : item.getHeaders().getHeader(name);
        }

        @Override
        public Collection<String> getHeaders(String name) {
            List<String> values = new ArrayList<>();
            if (item.getHeaders() != null) {
                item.getHeaders().getHeaders(name).forEachRemaining(values::add);
            }
            return values;
        }

        @Override
        public Collection<String> getHeaderNames() {
            List<String> names = new ArrayList<>();
            if (item.getHeaders() != null) {
                Iterator<String> all = item.getHeaders().getHeaderNames();
                all.forEachRemaining(names::add);
            }
            return names;
        }
    }
}
