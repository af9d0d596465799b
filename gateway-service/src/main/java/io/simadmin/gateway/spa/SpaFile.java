package io.simadmin.gateway.spa;

import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;

/**
 * One file of the built panel.
 *
 * @param gzipped the build's precompressed copy ({@code name.gz}), or null when there is none
 */
record SpaFile(String path, Resource resource, MediaType mediaType, Resource gzipped) {

    /** Vite names what it builds into assets/ after the content's hash: such a file never changes. */
    boolean immutable() {
        return path.startsWith(SpaFiles.ASSETS_PREFIX);
    }
}
