package io.simadmin.gateway.spa;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the built admin panel lives. By default the admin-ui jar on the classpath; a {@code file:} directory
 * (ending in "/") serves a panel built elsewhere, e.g. {@code npm run build} output while working on the UI.
 *
 * @param location a resource location of the folder holding index.html and assets/
 */
@ConfigurationProperties("simadmin.gateway.spa")
public record SpaProperties(@DefaultValue(SpaProperties.DEFAULT_LOCATION) String location) {

    public static final String DEFAULT_LOCATION = "classpath*:META-INF/simadmin-ui/";
}
