package io.simadmin.auth.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * auth-service as a resource server of its own tokens (until platform-security lands): its public endpoints are
 * open, the admin's own account needs any admin role, admins and API keys need super_admin. No sessions, no
 * CSRF tokens: the API takes bearer tokens, and the cookie-authenticated refresh/logout are protected by the
 * cookie's SameSite=Strict.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] PUBLIC_POSTS = {
            "/api/auth/login", "/api/auth/login/", "/api/auth/token/refresh", "/api/auth/token/refresh/",
            "/api/auth/logout", "/api/auth/logout/", "/api/auth/password/reset", "/api/auth/password/reset/",
            "/api/auth/password/reset/confirm", "/api/auth/password/reset/confirm/"};

    @Bean
    SecurityFilterChain api(HttpSecurity http, JwtDecoder jwtDecoder) throws Exception {
        ProblemResponses problems = new ProblemResponses();
        JwtAuthenticationConverter authentication = new JwtAuthenticationConverter();
        authentication.setJwtGrantedAuthoritiesConverter(new RoleAuthorities());
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/.well-known/jwks.json").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html",
                                "/error").permitAll()
                        .requestMatchers("/api/auth/user", "/api/auth/user/", "/api/auth/password/change",
                                "/api/auth/password/change/").hasAnyRole("SUPER_ADMIN", "ADMIN", "MODERATOR")
                        .requestMatchers("/api/admins", "/api/admins/**", "/api/settings/api/keys",
                                "/api/settings/api/keys/**").hasRole("SUPER_ADMIN")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.decoder(jwtDecoder).jwtAuthenticationConverter(authentication))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
