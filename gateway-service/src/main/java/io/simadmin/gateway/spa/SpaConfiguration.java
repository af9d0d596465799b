package io.simadmin.gateway.spa;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * Serves the admin panel from the gateway's own origin, so the SPA, its API calls and the refresh cookie share one
 * origin (no CORS, SameSite=Strict works). Router functions are consulted before the gateway's route table, but
 * {@link SpaRequests} keeps every API path out; GET/HEAD only, so writes to unknown paths still answer 404/405.
 * Any other path answers index.html only to a browser navigating (Accept: text/html), and "/" to anyone.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpaProperties.class)
public class SpaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SpaConfiguration.class);

    @Bean
    SpaFiles spaFiles(SpaProperties properties) {
        SpaFiles files = SpaFiles.scan(properties.location());
        if (files.available()) {
            log.info("admin panel: {} files from {}", files.size(), properties.location());
        } else {
            log.warn("admin panel: no index.html at {} (built with -Dui.skip=true?); its routes answer 404",
                    properties.location());
        }
        return files;
    }

    @Bean
    RouterFunction<ServerResponse> spaRoutes(SpaFiles files) {
        SpaHandler handler = new SpaHandler(files);
        return RouterFunctions.route(request -> SpaRequests.isRead(request)
                                && SpaRequests.isPanelPath(request.path())
                                && files.find(SpaRequests.relativePath(request)).isPresent(),
                        handler::file)
                .andRoute(request -> files.available()
                                && SpaRequests.isRead(request)
                                && SpaRequests.isPanelPath(request.path())
                                && !request.path().startsWith("/" + SpaFiles.ASSETS_PREFIX)
                                && (SpaRequests.acceptsHtml(request) || request.path().equals("/")),
                        handler::index);
    }
}
