package org.sachet.web.platform;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives every page resource that has no version in its address one ({@code &v=} and the first 12 hex digits of
 * its content's SHA-256), so browsers may keep them for a year (web.xml's {@code defaultResourceMaxAge}) and still
 * fetch a style or script the moment a new build changes it. PrimeFaces' own resources carry its version already;
 * Sachet's ({@code css/sachet.css}, its scripts) and Faces' {@code faces.js} did not (issue 18).
 */
public class VersionedResources extends ResourceHandlerWrapper {

    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResources(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return versioned(super.createResource(resourceName, libraryName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName, String contentType) {
        return versioned(super.createResource(resourceName, libraryName, contentType));
    }

    private Resource versioned(Resource resource) {
        if (resource == null) {
            return null;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("&v=") || path.contains("?v=")) {
                    return path;
                }
                String key = getLibraryName() + "/" + getResourceName();
                String version = versions.computeIfAbsent(key, k -> fingerprint(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + "v=" + version;
            }
        };
    }

    private static String fingerprint(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[8192];
            for (int read; (read = in.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the page resource " + resource.getResourceName(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
