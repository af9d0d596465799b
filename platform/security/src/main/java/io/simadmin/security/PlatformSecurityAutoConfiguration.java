package io.simadmin.security;

import io.simadmin.security.firewall.FirewallCharacters;
import io.simadmin.security.jwt.HeaderBearerTokens;
import io.simadmin.security.jwt.JwksHttp;
import io.simadmin.security.jwt.TrustedIssuers;
import io.simadmin.security.problem.AccessDeniedAdvice;
import io.simadmin.security.problem.ProblemAccessDeniedHandler;
import io.simadmin.security.problem.ProblemAuthenticationEntryPoint;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.client.loadbalancer.LoadBalancerClient;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.web.client.RestTemplate;

import java.time.Duration;
import java.util.List;

/**
 * Makes a servlet service an OAuth2 resource server of the suite (ADR 0006): tokens of the configured issuers
 * only, everything but health, info, metrics and API documents needs one, roles checked on each endpoint with
 * {@code @PreAuthorize} (see {@link AdminOnly} and friends), 401/403 as problem+json.
 */
@AutoConfiguration(
        before = {
                org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration.class,
                org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration.class,
                org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration.class},
        afterName = "org.springframework.cloud.loadbalancer.config.BlockingLoadBalancerClientAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
@EnableWebSecurity
public class PlatformSecurityAutoConfiguration {

    /** Paths open to anyone: probes, scraping and the API description the gateway aggregates. */
    public static final String[] OPEN_PATHS = {
            "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs", "/v3/api-docs/**"};

    /** Late enough that a service can put its own chain for specific paths in front of this one. */
    public static final int CHAIN_ORDER = Ordered.LOWEST_PRECEDENCE - 100;

    private static final Logger log = LoggerFactory.getLogger(PlatformSecurityAutoConfiguration.class);

    /**
     * No observation per security filter, authentication and authorization: together with their decorator they
     * cost 5-11 % of order-service's CPU per request (bench/RESULTS.md, issue 7), and the HTTP server observation
     * already times every request, denied ones included.
     */
    @Bean
    @ConditionalOnMissingBean
    SecurityObservationSettings simadminSecurityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Spring Security's strict firewall, checking characters without regular expressions ({@link FirewallCharacters});
     * Spring Security's web configuration takes the {@link HttpFirewall} bean.
     */
    @Bean
    @ConditionalOnMissingBean
    HttpFirewall simadminHttpFirewall() {
        return FirewallCharacters.strictFirewall();
    }

    @Bean
    AccessDeniedAdvice simadminAccessDeniedAdvice() {
        return new AccessDeniedAdvice();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAuthenticationEntryPoint problemAuthenticationEntryPoint() {
        return new ProblemAuthenticationEntryPoint();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemAccessDeniedHandler problemAccessDeniedHandler() {
        return new ProblemAccessDeniedHandler();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "simadmin.security.enabled", havingValue = "true", matchIfMissing = true)
    @EnableMethodSecurity
    static class ResourceServerConfiguration {

        /** Lets annotations such as {@link StaffOrPartnerWithScope} put their attribute into the expression. */
        @Bean
        static AnnotationTemplateExpressionDefaults simadminAnnotationTemplates() {
            return new AnnotationTemplateExpressionDefaults();
        }

        @Bean
        @ConditionalOnMissingBean
        JwksHttp jwksHttp(ObjectProvider<LoadBalancedJwks> loadBalanced) {
            LoadBalancedJwks balanced = loadBalanced.getIfAvailable();
            return new JwksHttp(jwksTemplate(null), balanced == null ? null : balanced.template());
        }

        @Bean
        @ConditionalOnMissingBean
        TrustedIssuers trustedIssuers(SecurityProperties properties, JwksHttp http,
                                      ObjectProvider<LocalIssuerKeys> localKeys) {
            List<LocalIssuerKeys> local = localKeys.orderedStream().toList();
            if (properties.issuers().isEmpty() && local.isEmpty()) {
                throw new IllegalStateException("No trusted token issuer is configured. Set simadmin.security.issuers."
                        + "auth.issuer and .jwk-set-uri (config-repo/application.yml does), or, for a local run "
                        + "without auth-service only, simadmin.security.enabled=false.");
            }
            TrustedIssuers issuers = new TrustedIssuers(properties.issuers(), http, local);
            log.info("accepting access tokens of {}", issuers.issuers());
            return issuers;
        }

        @Bean
        @ConditionalOnMissingBean
        AuthenticationManagerResolver<HttpServletRequest> jwtIssuerAuthenticationManagerResolver(
                TrustedIssuers issuers) {
            return issuers.resolver();
        }

        @Bean
        @Order(CHAIN_ORDER)
        SecurityFilterChain simadminResourceServer(HttpSecurity http, SecurityProperties properties,
                                                   AuthenticationManagerResolver<HttpServletRequest> resolver,
                                                   ProblemAuthenticationEntryPoint entryPoint,
                                                   ProblemAccessDeniedHandler accessDenied) throws Exception {
            statelessApi(http)
                    .authorizeHttpRequests(requests -> {
                        // An error dispatch of an already-checked request must not turn into a second 401.
                        requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
                        requests.requestMatchers(OPEN_PATHS).permitAll();
                        if (!properties.publicPaths().isEmpty()) {
                            requests.requestMatchers(properties.publicPaths().toArray(String[]::new)).permitAll();
                        }
                        requests.anyRequest().authenticated();
                    })
                    .oauth2ResourceServer(resourceServer -> resourceServer
                            .authenticationManagerResolver(resolver)
                            .bearerTokenResolver(new HeaderBearerTokens())
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDenied)
                            .withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
                                @Override
                                public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                                    // The default rethrows a key-fetch outage as a bare 500.
                                    filter.setAuthenticationFailureHandler(entryPoint);
                                    return filter;
                                }
                            }))
                    .exceptionHandling(exceptions -> exceptions
                            .authenticationEntryPoint(entryPoint)
                            .accessDeniedHandler(accessDenied));
            return http.build();
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "simadmin.security.enabled", havingValue = "false")
    static class SecurityOffConfiguration {

        @Bean
        @Order(CHAIN_ORDER)
        SecurityFilterChain simadminEverythingPermitted(HttpSecurity http) throws Exception {
            log.warn("""

                    ************************************************************************
                    *  simadmin.security.enabled=false: EVERY REQUEST IS PERMITTED WITHOUT  *
                    *  A TOKEN, AND ROLES ARE NOT CHECKED. Only for a local run before       *
                    *  auth-service exists; never in a shared or production environment.    *
                    ************************************************************************""");
            statelessApi(http).authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
            return http.build();
        }
    }

    /** Fetches JWK sets of {@code lb://} issuers through Spring Cloud LoadBalancer, when the service has it. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(LoadBalancerClient.class)
    static class LoadBalancedJwksConfiguration {

        @Bean
        LoadBalancedJwks simadminLoadBalancedJwks(ObjectProvider<LoadBalancerClient> client) {
            // Resolved per fetch, not here: the balancer may be created after this bean, or not at all.
            ClientHttpRequestInterceptor balance = (request, body, execution) -> {
                LoadBalancerClient balancer = client.getIfAvailable();
                if (balancer == null) {
                    throw new IllegalStateException("no LoadBalancerClient bean for " + request.getURI());
                }
                return new LoadBalancerInterceptor(balancer).intercept(request, body, execution);
            };
            return new LoadBalancedJwks(jwksTemplate(balance));
        }
    }

    /** A load-balanced template for JWK sets only; not a RestTemplate bean, so no service gets it injected by accident. */
    record LoadBalancedJwks(RestTemplate template) {
    }

    /** Cookies, sessions, CSRF tokens, login pages: none of them exist for a token-only API. */
    private static HttpSecurity statelessApi(HttpSecurity http) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable);
    }

    /** Every remote call has a timeout; a hanging key fetch would otherwise hold every request behind its lock. */
    private static RestTemplate jwksTemplate(ClientHttpRequestInterceptor interceptor) {
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(Duration.ofSeconds(2));
        requests.setReadTimeout(Duration.ofSeconds(5));
        RestTemplate template = new RestTemplate(requests);
        if (interceptor != null) {
            template.getInterceptors().add(interceptor);
        }
        return template;
    }
}
