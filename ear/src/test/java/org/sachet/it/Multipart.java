package org.sachet.it;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** A multipart/form-data upload as a script sends it: fields, then one file part named "file". */
final class Multipart {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Map<String, String> fields = new LinkedHashMap<>();
    private String fileName;
    private boolean expectContinue;
    private byte[] content;

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    /** Asks the server before sending the body (Expect: 100-continue), as curl does for large files. */
    Multipart expectContinue() {
        this.expectContinue = true;
        return this;
    }

    Multipart file(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
        return this;
    }

    HttpResponse<String> post(String authorization) throws Exception {
        return post("/api/v1/materials", authorization);
    }

    HttpResponse<String> post(String path, String authorization) throws Exception {
        String boundary = "sachet-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        if (content != null) {
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.BASE_URL + path))
                .timeout(Duration.ofSeconds(120)).expectContinue(expectContinue).version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return TestServer.documented("POST", path, HTTP.send(request.build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
