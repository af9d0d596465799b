package io.simadmin.analytics.support;

import io.simadmin.test.TestTokens;
import org.springframework.boot.resttestclient.autoconfigure.RestTestClientBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/** The tests' RestTestClient sends an admin's token by default; a request's own Authorization header wins. */
@TestConfiguration(proxyBeanMethods = false)
public class AdminTokenClient {

    @Bean
    RestTestClientBuilderCustomizer adminToken() {
        return builder -> builder.defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.bearer(TestTokens.admin()));
    }
}
