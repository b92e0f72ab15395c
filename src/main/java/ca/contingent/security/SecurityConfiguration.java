package ca.contingent.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import ca.contingent.monthly.Step;
import ca.contingent.shared.Role;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.HstsHeaderWriter;
import org.springframework.security.web.header.writers.XContentTypeOptionsHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.header.writers.CrossOriginOpenerPolicyHeaderWriter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpStatus;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private static final Role[] HEADQUARTERS = { Role.ADMIN, Role.PROGRAM_OFFICER };

    private static final Role[] REPORT_READERS = { Role.ADMIN, Role.PROGRAM_OFFICER, Role.AGENCY_COORDINATOR,
            Role.MISSION_COMMANDER, Role.ANALYST, Role.AUDITOR };

    private static final Role[] IMPORTERS = { Role.ADMIN, Role.PROGRAM_OFFICER, Role.AGENCY_COORDINATOR,
            Role.MISSION_COMMANDER };

    /**
     * Who reads people and deployments: a member their own person record and deployments
     * (the scope narrows to them), the others within their scope.
     */
    private static final Role[] PEOPLE_READERS = { Role.ADMIN, Role.PROGRAM_OFFICER, Role.AGENCY_COORDINATOR,
            Role.MISSION_COMMANDER, Role.MEMBER };

    private static final Role[] NOMINATORS = { Role.ADMIN, Role.PROGRAM_OFFICER, Role.AGENCY_COORDINATOR };

    private static final Role[] HEADQUARTERS_AND_COMMANDERS = { Role.ADMIN, Role.PROGRAM_OFFICER,
            Role.MISSION_COMMANDER };

    private static final Role[] AUDIT_READERS = { Role.ADMIN, Role.AUDITOR };

    private final boolean localPasswords;

    SecurityConfiguration(@Value("${contingent.security.local-passwords:true}") boolean localPasswords) {
        this.localPasswords = localPasswords;
    }

    /**
     * The API: HTTP Basic or the browser's session, never creating a session of its own.
     * A request that carries HTTP Basic credentials needs no CSRF token; one that rides
     * on a session cookie does.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, SessionRegistry sessions, MessageSource messages,
            SignInThrottle throttle, ImportRateLimit imports, AuditedAccessDenied denied) throws Exception {
        // Without HTTP Basic a Basic header authenticates nothing, so it must not excuse
        // a session write from CSRF.
        RequestMatcher sessionWrite = (HttpServletRequest request) -> !isSafe(request.getMethod())
                && !(this.localPasswords && hasBasicCredentials(request));
        http.securityMatcher("/api/**").authorizeHttpRequests((authorize) -> {
            authorize.requestMatchers(HttpMethod.POST, "/api/v1/imports/**")
                .hasAnyAuthority(authorities(IMPORTERS))
                // Publishing (freezing) a fiscal year: headquarters; every report
                // reader reads what was published.
                .requestMatchers(HttpMethod.POST, "/api/v1/reports/annual/*/publication")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/reports/**")
                .hasAnyAuthority(authorities(REPORT_READERS))
                .requestMatchers("/api/v1/users/**")
                .hasAuthority(Role.ADMIN.authority())
                .requestMatchers(HttpMethod.GET, "/api/v1/audit")
                .hasAnyAuthority(authorities(AUDIT_READERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/agencies/**", "/api/v1/missions/**")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/missions/*/strength")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers(HttpMethod.POST, "/api/v1/deployments/*/deploy", "/api/v1/deployments/*/complete",
                        "/api/v1/deployments/*/cancel")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers(HttpMethod.GET, "/api/v1/personnel/**", "/api/v1/deployments/**")
                .hasAnyAuthority(authorities(PEOPLE_READERS));
            // Monthly reports: each step to its roles; the service checks the scope
            // (404) and the status (409).
            monthlyReportSteps(authorize, "/api/v1/monthly-reports");
            authorize.requestMatchers(HttpMethod.POST, "/api/v1/monthly-reports")
                .hasAnyAuthority(authorities(Step.writers()))
                .requestMatchers(HttpMethod.PUT, "/api/v1/monthly-reports/*")
                .hasAnyAuthority(authorities(Step.writers()))
                .requestMatchers(HttpMethod.GET, "/api/v1/monthly-reports", "/api/v1/monthly-reports/*")
                .hasAnyAuthority(authorities(Step.readers()))
                .anyRequest()
                .denyAll();
        })
            .sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
            // A browser session ended by an administrator is refused here as well as on
            // pages. The filter is added
            // by hand: maximumSessions() would register every HTTP Basic request,
            // creating a session for each.
            .addFilterBefore(
                    new ConcurrentSessionFilter(sessions,
                            (event) -> event.getResponse().sendError(HttpStatus.UNAUTHORIZED.value())),
                    BasicAuthenticationFilter.class)
            .addFilterAfter(new PasswordChangeRequired(messages), AuthorizationFilter.class)
            .addFilterAfter(imports.filter(messages), AuthorizationFilter.class)
            .addFilterBefore(new SignInThrottleFilter(throttle, messages), BasicAuthenticationFilter.class)
            .csrf((csrf) -> csrf.requireCsrfProtectionMatcher(sessionWrite))
            .exceptionHandling((ex) -> ex.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED))
                .accessDeniedHandler(denied))
            .headers(this::headers)
            .addFilterBefore(new ErrorPageHeaders(), HeaderWriterFilter.class);
        // HTTP Basic checks the local passwords: turning them off turns it off too; the
        // API then serves only the
        // browser session of a user who signed in through the identity provider.
        if (this.localPasswords) {
            http.httpBasic(
                    (basic) -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        }
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, SessionRegistry sessions, MessageSource messages,
            SignInThrottle throttle, ImportRateLimit imports,
            ObjectProvider<ClientRegistrationRepository> registrations, OidcAccounts oidcAccounts,
            AuditedAccessDenied denied) throws Exception {
        http.authorizeHttpRequests((authorize) -> {
            authorize.requestMatchers("/login", "/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                .permitAll()
                .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/v3/api-docs", "/v3/api-docs/**")
                .permitAll()
                .requestMatchers("/", "/language")
                .authenticated()
                .requestMatchers(HttpMethod.POST, "/reports/annual/*/publication")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers("/reports/**")
                .hasAnyAuthority(authorities(REPORT_READERS))
                // Dashboards: aggregates only, every role that reads reports (the page
                // and each chart's CSV).
                .requestMatchers(HttpMethod.GET, "/dashboards", "/dashboards/*.csv")
                .hasAnyAuthority(authorities(REPORT_READERS))
                .requestMatchers("/imports/**")
                .hasAnyAuthority(authorities(IMPORTERS))
                // A commander plans the rotation of their own missions (the controller
                // checks which) but has no other mission page; the program-wide list is
                // narrowed to the caller's scope.
                .requestMatchers(HttpMethod.GET, "/missions/*/rotation", "/missions/*/rotation.csv",
                        "/missions/*/rotation.ics", "/rotation")
                .hasAnyAuthority(authorities(HEADQUARTERS_AND_COMMANDERS))
                .requestMatchers("/agencies/**", "/missions/**", "/activities/**")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                // Scoped roles read (the query narrows what they see); a coordinator also
                // enters and edits the people of their own agency (the service checks the
                // agency); other writes stay with headquarters.
                .requestMatchers("/people/new", "/people/*/edit")
                .hasAnyAuthority(authorities(NOMINATORS))
                // A coordinator nominates people of their own agency (the service checks
                // the agency); editing a deployment and its lifecycle steps stay with
                // headquarters.
                .requestMatchers("/deployments/new")
                .hasAnyAuthority(authorities(NOMINATORS))
                .requestMatchers("/deployments/*/edit")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                // A member reads their own person record and deployments (the scope
                // narrows to them).
                .requestMatchers(HttpMethod.GET, "/people/**", "/deployments/**")
                .hasAnyAuthority(authorities(PEOPLE_READERS))
                .requestMatchers("/people/**", "/deployments/**")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                .requestMatchers("/audit/**")
                .hasAnyAuthority(authorities(AUDIT_READERS))
                .requestMatchers("/users/**")
                .hasAuthority(Role.ADMIN.authority())
                .requestMatchers("/retention/**")
                .hasAuthority(Role.ADMIN.authority())
                .requestMatchers("/account/**")
                .authenticated()
                .requestMatchers("/settings/**")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                // Results framework (issue 5): results and the logic model are read by
                // every report reader; headquarters maintain the model; a commander also
                // writes their own missions' highlights (the service checks which).
                .requestMatchers(HttpMethod.GET, "/results", "/results/outcomes", "/results/export.*")
                .hasAnyAuthority(authorities(REPORT_READERS))
                .requestMatchers("/results/highlights/**")
                .hasAnyAuthority(authorities(HEADQUARTERS_AND_COMMANDERS))
                .requestMatchers("/results/**")
                .hasAnyAuthority(authorities(HEADQUARTERS))
                // Monthly reports: the reminder list for those who follow reports up; the
                // member's own writing; each step to its roles; the service checks the
                // scope
                // (404) and the status.
                .requestMatchers(HttpMethod.GET, "/monthly-reports/owed", "/monthly-reports/owed.csv")
                .hasAnyAuthority(authorities(Step.reviewers()))
                .requestMatchers("/monthly-reports/new", "/monthly-reports/*/edit")
                .hasAnyAuthority(authorities(Step.writers()));
            monthlyReportSteps(authorize, "/monthly-reports");
            authorize.requestMatchers(HttpMethod.GET, "/monthly-reports", "/monthly-reports/*")
                .hasAnyAuthority(authorities(Step.readers()))
                .anyRequest()
                .denyAll();
        })
            .logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut").permitAll())
            .exceptionHandling((ex) -> ex.accessDeniedHandler(denied))
            // The idle timeout is server.servlet.session.timeout; the registry lets an
            // administrator end a session.
            .sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
                .maximumSessions(-1)
                .sessionRegistry(sessions)
                .expiredUrl("/login?expired"))
            .addFilterAfter(new PasswordChangeRequired(messages), AuthorizationFilter.class)
            .addFilterAfter(imports.filter(messages), AuthorizationFilter.class)
            .addFilterBefore(new SignInThrottleFilter(throttle, messages), UsernamePasswordAuthenticationFilter.class)
            .headers(this::headers)
            .addFilterBefore(new ErrorPageHeaders(), HeaderWriterFilter.class);
        if (this.localPasswords) {
            http.formLogin((form) -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll());
        }
        // Only when a registration is configured
        // (spring.security.oauth2.client.registration.*): without one Boot
        // creates no repository and the page chain stays as it was.
        if (registrations.getIfAvailable() != null) {
            http.oauth2Login((oidc) -> oidc.loginPage("/login")
                .defaultSuccessUrl("/", false)
                .failureUrl("/login?refused")
                .userInfoEndpoint((userInfo) -> userInfo.oidcUserService(oidcAccounts)));
        }
        return http.build();
    }

    /**
     * Each step of the monthly reports under {@code base} (pages or API) to the roles of
     * {@link Step}'s table, the one the report itself and its page read.
     */
    private static void monthlyReportSteps(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry authorize,
            String base) {
        for (Step step : Step.values()) {
            authorize.requestMatchers(HttpMethod.POST, base + "/*/" + step.path())
                .hasAnyAuthority(authorities(step.roles()));
        }
    }

    private static String[] authorities(Role... roles) {
        return Arrays.stream(roles).map(Role::authority).toArray(String[]::new);
    }

    private static String[] authorities(Collection<Role> roles) {
        return authorities(roles.toArray(Role[]::new));
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CSP))
            .referrerPolicy((referrer) -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
            .crossOriginOpenerPolicy(
                    (coop) -> coop.policy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN))
            .frameOptions((frame) -> frame.deny());
    }

    /**
     * Sign-in checks run after the password is verified ({@link SignInChecks}), so that a
     * locked account answers exactly like a wrong password, in content and in time.
     */
    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwords);
        provider.setPreAuthenticationChecks(SignInChecks.NONE);
        provider.setPostAuthenticationChecks(new SignInChecks());
        return provider;
    }

    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    /**
     * Tells the registry when the container ends a session (idle timeout, sign-out), so
     * it does not grow.
     */
    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    /**
     * The same headers on the error page. Spring Security's header filter, like every
     * once-per-request filter, skips the container's error dispatch, so an error page
     * shown after a failure that happened before that filter ran (a request the firewall
     * rejected, an exception from an earlier filter) would go out without CSP, nosniff or
     * no-store. Every writer leaves a header alone when the response already has it.
     */
    private static final class ErrorPageHeaders implements Filter {

        private final List<HeaderWriter> writers = List.of(new ContentSecurityPolicyHeaderWriter(CSP),
                new ReferrerPolicyHeaderWriter(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN),
                crossOriginOpenerPolicy(), new XContentTypeOptionsHeaderWriter(), new CacheControlHeadersWriter(),
                new HstsHeaderWriter(),
                new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY));

        private static HeaderWriter crossOriginOpenerPolicy() {
            CrossOriginOpenerPolicyHeaderWriter writer = new CrossOriginOpenerPolicyHeaderWriter();
            writer.setPolicy(CrossOriginOpenerPolicyHeaderWriter.CrossOriginOpenerPolicy.SAME_ORIGIN);
            return writer;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out
                    && (http.getDispatcherType() == DispatcherType.ERROR
                            || http.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null)) {
                this.writers.forEach((writer) -> writer.writeHeaders(http, out));
            }
            chain.doFilter(request, response);
        }

    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // Argon2id at the OWASP minimum (19 MiB, 2 iterations, 1 lane); Spring's own
        // defaults are below it.
        Argon2PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        DelegatingPasswordEncoder encoder = new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2));
        // A stored hash of another scheme (or a damaged one) must fail the check like a
        // wrong password, not end the
        // request with an error.
        encoder.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {

            @Override
            public String encode(CharSequence raw) {
                throw new UnsupportedOperationException("only argon2 hashes are written");
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                return false;
            }

        });
        return encoder;
    }

    private static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    private static boolean hasBasicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

}
