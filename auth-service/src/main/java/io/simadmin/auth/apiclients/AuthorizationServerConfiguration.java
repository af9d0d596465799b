package io.simadmin.auth.apiclients;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.server.authorization.authentication.ClientSecretAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Spring Authorization Server, used for one thing: the OAuth2 client credentials token endpoint at
 * {@code /api/auth/oauth2/token} (client_secret_basic or client_secret_post), with its standard error answers. Its
 * other endpoints (authorize, introspection, metadata, its own JWKS) are not reachable: this chain matches only
 * the token path, and the service's JWKS is {@code /api/auth/.well-known/jwks.json}.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain partnerTokenEndpoint(HttpSecurity http, ApiClientRegistrations registrations,
                                             JwtEncoder jwtEncoder, PartnerTokenCustomizer customizer) throws Exception {
        JwtGenerator tokens = new JwtGenerator(jwtEncoder);
        tokens.setJwtCustomizer(customizer);
        ClientSecretDigest secrets = new ClientSecretDigest();
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(ApiClientService.TOKEN_ENDPOINT))
                .with(authorizationServer, server -> server
                        .registeredClientRepository(registrations)
                        .authorizationService(new NoStoredAuthorizations())
                        .tokenGenerator(tokens)
                        .authorizationServerSettings(AuthorizationServerSettings.builder()
                                .tokenEndpoint(ApiClientService.TOKEN_ENDPOINT).build())
                        .clientAuthentication(clients -> clients.authenticationProviders(providers -> providers.forEach(p -> {
                            if (p instanceof ClientSecretAuthenticationProvider secret) {
                                secret.setPasswordEncoder(secrets);
                            }
                        }))))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
