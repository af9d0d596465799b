package io.simadmin.gateway.spa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;

/**
 * The files of the built panel, listed once at startup. Only listed files are ever served, so no request path can
 * reach anything else on the classpath or the disk (no "..", no encoded tricks to defend against one by one).
 * index.html is kept in memory with its ETag: it is what every client-side route answers.
 */
public final class SpaFiles {

    static final String INDEX = "index.html";
    static final String ASSETS_PREFIX = "assets/";
    private static final String GZIP_SUFFIX = ".gz";

    private static final Logger log = LoggerFactory.getLogger(SpaFiles.class);

    private final Map<String, SpaFile> files;
    private final byte[] index;
    private final String indexETag;

    private SpaFiles(Map<String, SpaFile> files, byte[] index) {
        this.files = Map.copyOf(files);
        this.index = index;
        this.indexETag = index == null ? null : "\"" + sha256(index).substring(0, 16) + "\"";
    }

    /** Lists every file below {@code location}; a location without index.html means there is no panel to serve. */
    public static SpaFiles scan(String location) {
        String root = location.endsWith("/") ? location : location + "/";
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Resource> found = new HashMap<>();
        try {
            for (Resource folder : resolver.getResources(root)) {
                String folderUrl = folder.getURL().toString();
                String prefix = folderUrl.endsWith("/") ? folderUrl : folderUrl + "/";
                for (Resource file : resolver.getResources(prefix + "**")) {
                    String url = file.getURL().toString();
                    if (url.endsWith("/") || !url.startsWith(prefix) || !file.isReadable()) {
                        continue;
                    }
                    found.putIfAbsent(url.substring(prefix.length()), file);
                }
            }
        } catch (IOException e) {
            // A missing folder is not an error (the panel is optional); an unreadable one is logged and skipped.
            log.warn("admin panel files at {} could not be listed: {}", location, e.getMessage());
        }
        return of(found);
    }

    static SpaFiles of(Map<String, Resource> found) {
        Map<String, SpaFile> files = new HashMap<>();
        found.forEach((path, resource) -> {
            if (path.endsWith(GZIP_SUFFIX) && found.containsKey(path.substring(0, path.length() - GZIP_SUFFIX.length()))) {
                return;
            }
            MediaType type = MediaTypeFactory.getMediaType(path).orElse(MediaType.APPLICATION_OCTET_STREAM);
            files.put(path, new SpaFile(path, resource, type, found.get(path + GZIP_SUFFIX)));
        });
        byte[] index = null;
        SpaFile indexFile = files.get(INDEX);
        if (indexFile != null) {
            try (var in = indexFile.resource().getInputStream()) {
                index = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the admin panel's index.html", e);
            }
        }
        return new SpaFiles(files, index);
    }

    /** False when the gateway was built without the panel (admin-ui skipped): its routes then answer 404. */
    public boolean available() {
        return index != null;
    }

    /** @param path the request path without its leading "/" */
    Optional<SpaFile> find(String path) {
        return Optional.ofNullable(files.get(path));
    }

    byte[] index() {
        return index;
    }

    String indexETag() {
        return indexETag;
    }

    int size() {
        return files.size();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
