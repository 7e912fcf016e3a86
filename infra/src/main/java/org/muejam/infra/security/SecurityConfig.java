package org.muejam.infra.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.queryhandling.QueryGateway;
import org.muejam.command.identity.ExternalIdentityDirectory;
import org.muejam.infra.config.MueJamProperties;
import org.muejam.infra.ratelimit.RateLimitFilter;
import org.muejam.infra.ratelimit.RateLimiting;
import org.muejam.infra.web.AcceptHeaderFilter;
import org.muejam.infra.web.ClientAddress;
import org.muejam.infra.web.DatabaseOutageFilter;
import org.muejam.infra.web.IpAddresses;
import org.muejam.infra.web.ProblemWriter;
import org.muejam.infra.web.RequestTextFilter;
import org.muejam.infra.web.TrustedProxies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Stateless API security: bearer JWTs issued by us (HS256) or by a configured OpenID Connect issuer (JWKS), from
 * the Authorization header or the MUEJAM_ACCESS cookie (with CSRF protection for cookie-authenticated writes), API
 * keys, roles from the token, rate limits, security headers on every response, every refusal as problem+json.
 */
@Configuration
public class SecurityConfig {

    static final String ADMIN = "ADMINISTRATOR";
    static final String MODERATOR = "MODERATOR";
    static final String SENIOR_MODERATOR = "SENIOR_MODERATOR";

    /** Endpoints anyone may POST to: no credentials, and no CSRF token even when a session cookie is around. */
    static final String[] ANONYMOUS_POSTS = {
        "/api/auth/register",
        "/api/auth/login",
        "/api/auth/refresh",
        "/api/auth/logout",
        "/api/auth/verify-email",
        "/api/auth/resend-verification",
        "/api/auth/2fa/verify",
        "/api/auth/2fa/backup-code",
        "/api/auth/password-reset/request",
        "/api/auth/password-reset/confirm",
        // signed in at the external issuer, not yet here: the endpoint itself requires that token
        ExternalAccountGate.REGISTER,
        // search analytics: anyone may search, so anyone may say which result they opened
        "/api/search/clicks",
        // a copyright holder need not have an account to send a DMCA notice
        "/api/dmca/takedowns"
    };

    /** The endpoints anyone may POST to without credentials, as the filter chain below lets them through. */
    public static List<String> anonymousPosts() {
        return List.of(ANONYMOUS_POSTS);
    }

    /** Strict for the JSON API: nothing may load, nothing may frame it. */
    static final String API_CONTENT_SECURITY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** Swagger UI runs its own scripts and styles (style attributes included) and fetches the schema. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Bean
    SecurityFilterChain api(
            HttpSecurity http,
            AuthenticationManagerResolver<HttpServletRequest> tokens,
            ProblemWriter problems,
            RateLimiting rateLimits,
            ApiKeyVerifier apiKeys,
            QueryGateway queries,
            MueJamProperties properties,
            SecuritySettings settings,
            SuspendedAccounts suspensions)
            throws Exception {
        TrustedProxies scrapers = settings.metricsScraperRanges();
        List<String> noCsrf = new java.util.ArrayList<>(List.of(ANONYMOUS_POSTS));
        noCsrf.add("/api/auth/password-reset/**");
        CsrfPolicy csrfPolicy = new CsrfPolicy(
                noCsrf, "https".equalsIgnoreCase(properties.publicUrl().getScheme()));
        ApiKeyAuthenticationFilter apiKeyAuthentication = new ApiKeyAuthenticationFilter(apiKeys, queries, problems);
        AccessDeniedHandler refusal = (request, response, failure) -> {
            if (failure instanceof CsrfException) {
                problems.write(
                        request,
                        response,
                        403,
                        "csrf-token-invalid",
                        "Forbidden",
                        "a write authenticated by the " + CookieBearerTokenResolver.ACCESS_COOKIE + " cookie must send "
                                + "the " + CsrfPolicy.COOKIE + " cookie's value in the " + CsrfPolicy.HEADER
                                + " header",
                        null);
            } else {
                problems.write(request, response, 403, "forbidden", "Forbidden", "your roles do not allow this", null);
            }
        };
        http.csrf(csrf -> csrf.disable())
                .addFilterAt(csrfPolicy.filter(refusal), CsrfFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(headers -> headers.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                SecurityConfig::isSwaggerUi,
                                new StaticHeadersWriter("Content-Security-Policy", SWAGGER_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                request -> !isSwaggerUi(request),
                                new StaticHeadersWriter("Content-Security-Policy", API_CONTENT_SECURITY_POLICY)))
                        // on plain HTTP too: behind a TLS-terminating proxy every request looks insecure here
                        .httpStrictTransportSecurity(hsts -> hsts.disable())
                        .addHeaderWriter(new StaticHeadersWriter(
                                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"))
                        .frameOptions(frame -> frame.deny())
                        .contentTypeOptions(Customizer.withDefaults())
                        .referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .authorizeHttpRequests(auth -> auth.requestMatchers("/actuator/metrics/**")
                        .hasRole(ADMIN)
                        // metrics tell much about the platform: for the scraper's addresses, or an administrator
                        .requestMatchers("/actuator/prometheus")
                        .access(AuthorizationManagers.anyOf(
                                (authentication, context) ->
                                        new AuthorizationDecision(fromAddress(scrapers, context.getRequest())),
                                AuthorityAuthorizationManager.hasRole(ADMIN)))
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info")
                        .permitAll()
                        .requestMatchers("/api/schema", "/api/schema/**", "/swagger-ui/**", "/v3/api-docs/**")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, ANONYMOUS_POSTS)
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/legal/documents/**")
                        .permitAll()
                        // published stories, chapters, whispers and comments are for everyone; a signed-in reader's
                        // credential still counts (their drafts, their NSFW preference)
                        .requestMatchers(
                                HttpMethod.GET, "/api/stories", "/api/stories/**", "/api/whispers", "/api/whispers/**")
                        .permitAll()
                        // uploaded images are public, as covers and avatars are
                        .requestMatchers(HttpMethod.GET, "/api/images/*")
                        .permitAll()
                        // an export's download link carries its own credential: the signature (decision 0040)
                        .requestMatchers(HttpMethod.GET, "/api/gdpr/export/*/download")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/search", "/api/search/**")
                        .permitAll()
                        // a deletion request's status and receipt: its random id is the key, it shows nothing personal,
                        // and the person reads it after their account is gone
                        .requestMatchers(HttpMethod.GET, "/api/gdpr/delete/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/legal/documents/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.PUT, "/api/legal/cookie-consent")
                        .permitAll()
                        .requestMatchers("/api/admin/**")
                        .hasRole(ADMIN)
                        .requestMatchers("/api/moderation/moderators", "/api/moderation/moderators/**")
                        .hasRole(ADMIN)
                        // the queue, the cases' reports and the figures are for moderation staff; actions check
                        // the role per action in their use case
                        .requestMatchers("/api/moderation/queue", "/api/moderation/reports/**", "/api/moderation/stats")
                        .hasAnyRole(MODERATOR, SENIOR_MODERATOR, ADMIN)
                        // the DMCA agents are the administrators; an author files a counter-notice signed in
                        .requestMatchers(HttpMethod.GET, "/api/dmca/**")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/dmca/takedowns/*/decision")
                        .hasRole(ADMIN)
                        .requestMatchers(HttpMethod.POST, "/api/dmca/takedowns/*/court-action")
                        .hasRole(ADMIN)
                        .requestMatchers("/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(rs -> rs.authenticationManagerResolver(tokens)
                        .bearerTokenResolver(new CookieBearerTokenResolver())
                        .authenticationEntryPoint((request, response, failure) ->
                                TokenRefusal.write(problems, request, response, failure)))
                .addFilterAfter(new CsrfPolicy.IssueTokenFilter(), CsrfFilter.class)
                .addFilterAfter(apiKeyAuthentication, BearerTokenAuthenticationFilter.class)
                .addFilterAfter(new IdentityLengthFilter(problems), ApiKeyAuthenticationFilter.class)
                .addFilterAfter(new ExternalAccountGate(), IdentityLengthFilter.class)
                .addFilterAfter(new SuspendedAccountFilter(suspensions, problems), ExternalAccountGate.class)
                .exceptionHandling(e -> e.authenticationEntryPoint((request, response, failure) -> {
                            if (ExternalAccountGate.unlinked(request).isPresent()) {
                                ExternalAccountGate.refuse(problems, request, response);
                                return;
                            }
                            problems.write(
                                    request,
                                    response,
                                    401,
                                    "unauthorized",
                                    "Unauthorized",
                                    "sign in first: send Authorization: Bearer <token> or an API key",
                                    null);
                        })
                        .accessDeniedHandler(refusal));
        // before rate limits and authentication, and after the header writer so refusals carry its headers
        http.addFilterAfter(new DatabaseOutageFilter(problems), HeaderWriterFilter.class)
                .addFilterAfter(new RequestTextFilter(problems), HeaderWriterFilter.class)
                .addFilterAfter(new AcceptHeaderFilter(problems), HeaderWriterFilter.class);
        if (rateLimits.enabled()) {
            // addresses and accounts are counted before authentication (bad credentials count too),
            // users once authentication has named them
            http.addFilterAfter(
                            rateLimits.filter(RateLimitFilter.Phase.BEFORE_AUTHENTICATION), HeaderWriterFilter.class)
                    .addFilterBefore(
                            rateLimits.filter(RateLimitFilter.Phase.AFTER_AUTHENTICATION),
                            AnonymousAuthenticationFilter.class);
        }
        return http.build();
    }

    private static boolean fromAddress(TrustedProxies ranges, HttpServletRequest request) {
        return IpAddresses.parseBare(ClientAddress.of(request))
                .map(ranges::contains)
                .orElse(false);
    }

    private static boolean isSwaggerUi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/schema/swagger-ui");
    }

    /** The proxies whose X-Forwarded-For the client address filter believes. */
    @Bean
    TrustedProxies trustedProxies(SecuritySettings settings) {
        return settings.trustedProxyRanges();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    SecretKey jwtKey(MueJamProperties properties) {
        return new SecretKeySpec(properties.jwtSecretBytes(), "HmacSHA256");
    }

    @Bean
    JwtEncoder jwtEncoder(SecretKey jwtKey) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(jwtKey));
    }

    @Bean
    JwtDecoder jwtDecoder(SecretKey jwtKey, MueJamProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(jwtKey)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(
                JwtValidators.createDefaultWithIssuer(properties.tokens().issuer()));
        return decoder;
    }

    /**
     * Picks the decoder by the token's issuer: ours, or the external OpenID Connect issuer when configured, whose
     * tokens must be meant for the configured audience and sign in to the local account linked to them.
     */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> tokenAuthentication(
            JwtDecoder ours, MueJamProperties properties, ExternalIdentityDirectory identities, QueryGateway queries) {
        Map<String, AuthenticationManager> managers = new java.util.HashMap<>();
        managers.put(properties.tokens().issuer(), manager(ours, new RolesConverter()));
        MueJamProperties.Oidc oidc = properties.oidc();
        if (oidc.enabled()) {
            NimbusJwtDecoder external = NimbusJwtDecoder.withJwkSetUri(oidc.jwksUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256)
                    .jwsAlgorithm(SignatureAlgorithm.ES256)
                    .build();
            external.setJwtValidator(ExternalSignIn.validator(oidc));
            managers.put(oidc.issuer(), manager(external, new ExternalSignIn(oidc.issuer(), identities, queries)));
        }
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    private static AuthenticationManager manager(
            JwtDecoder decoder, Converter<Jwt, AbstractAuthenticationToken> converter) {
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter);
        return provider::authenticate;
    }

    /** Our tokens carry the account's "roles" from the sign-in or refresh that issued them. */
    private record RolesConverter() implements Converter<Jwt, AbstractAuthenticationToken> {
        @Override
        public AbstractAuthenticationToken convert(Jwt jwt) {
            Collection<GrantedAuthority> authorities;
            List<String> roles = jwt.getClaimAsStringList("roles");
            if (roles == null || roles.isEmpty()) {
                authorities = List.of(new SimpleGrantedAuthority("ROLE_USER"));
            } else {
                authorities = roles.stream()
                        .map(r -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + r))
                        .toList();
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        }
    }
}
