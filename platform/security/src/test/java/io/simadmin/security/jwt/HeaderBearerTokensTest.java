package io.simadmin.security.jwt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Authorization header's token, found and refused as Spring's default resolver does. */
class HeaderBearerTokensTest {

    private final HeaderBearerTokens tokens = new HeaderBearerTokens();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @ParameterizedTest
    @ValueSource(strings = {"Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln", "bearer abc", "BEARER a-b.c_d~e+f/g==",
            "Bearer x="})
    void finds_the_token_of_a_bearer_header_as_spring_does(String header) {
        MockHttpServletRequest request = withAuthorization(header);

        assertThat(tokens.resolve(request)).isEqualTo(spring.resolve(request))
                .isEqualTo(header.substring("Bearer ".length()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Token abc", "", "Bea"})
    void sees_no_token_in_another_scheme(String header) {
        MockHttpServletRequest request = withAuthorization(header);

        assertThat(tokens.resolve(request)).isNull();
        assertThat(spring.resolve(request)).isNull();
    }

    @Test
    void sees_no_token_without_the_header() {
        assertThat(tokens.resolve(new MockHttpServletRequest("GET", "/api/orders"))).isNull();
    }

    @Test
    void never_reads_a_token_from_the_query() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        request.setParameter("access_token", "abc");

        assertThat(tokens.resolve(request)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearerabc", "Bearer abc def", "Bearer abc\n",
            "Bearer a=b", "Bearer ===", "Bearer abc\"", "Bearer ab%63", "Bearer tok€n"})
    void refuses_a_malformed_bearer_header_as_an_invalid_token(String header) {
        MockHttpServletRequest request = withAuthorization(header);

        assertThatThrownBy(() -> spring.resolve(request)).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> tokens.resolve(request)).isInstanceOfSatisfying(OAuth2AuthenticationException.class,
                e -> {
                    assertThat(e.getError().getErrorCode()).isEqualTo("invalid_token");
                    assertThat(e.getError().getDescription()).isEqualTo("Bearer token is malformed");
                });
    }

    private static MockHttpServletRequest withAuthorization(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
        request.addHeader("Authorization", header);
        return request;
    }
}
