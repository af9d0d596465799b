package io.simadmin.gateway.spa;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Answers with a file of the panel, or with index.html for a client-side route. Hashed assets are cached for a
 * year and never revalidated; everything else (index.html above all, which names the current hashes) is
 * revalidated on every use so that a new release reaches browsers on their next navigation.
 */
final class SpaHandler {

    static final CacheControl IMMUTABLE = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final SpaFiles files;

    SpaHandler(SpaFiles files) {
        this.files = files;
    }

    Mono<ServerResponse> file(ServerRequest request) {
        SpaFile file = files.find(SpaRequests.relativePath(request)).orElseThrow();
        if (SpaFiles.INDEX.equals(file.path())) {
            return index(request);
        }
        ServerResponse.BodyBuilder response = ServerResponse.ok()
                .cacheControl(file.immutable() ? IMMUTABLE : CacheControl.noCache())
                .contentType(file.mediaType());
        if (file.gzipped() != null) {
            response.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
            if (SpaRequests.acceptsGzip(request)) {
                return response.header(HttpHeaders.CONTENT_ENCODING, "gzip")
                        .body(BodyInserters.fromResource(file.gzipped()));
            }
        }
        return response.body(BodyInserters.fromResource(file.resource()));
    }

    Mono<ServerResponse> index(ServerRequest request) {
        String etag = files.indexETag();
        if (request.headers().header(HttpHeaders.IF_NONE_MATCH).stream().anyMatch(etag::equals)) {
            return ServerResponse.status(304).eTag(etag).cacheControl(CacheControl.noCache()).build();
        }
        return ServerResponse.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .eTag(etag)
                .bodyValue(files.index());
    }
}
