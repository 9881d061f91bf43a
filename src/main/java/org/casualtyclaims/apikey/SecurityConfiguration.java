package org.casualtyclaims.apikey;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;

import org.casualtyclaims.config.ClaimsProperties;

import tools.jackson.databind.json.JsonMapper;

/**
 * Who may do what. Reads are open unless {@code claims.public-read=false}, then any valid
 * key may read; every other method needs analyst, key management needs admin. Health and
 * the OpenAPI document stay open, so probes and client generators work without a key; the
 * rest of the actuator (Prometheus metrics) needs a key of any role. Stateless: no
 * session, no cookie, so no CSRF token to check.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	// the dashboard's files hold no data, so with private reads the page still loads
	// and can tell its user that reading needs a key
	private static final String[] ALWAYS_OPEN = { "/actuator/health", "/actuator/health/**", "/v3/api-docs",
			"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/", "/index.html", "/dashboard.js",
			"/dashboard.css", "/dashboard/**", "/favicon.ico" };

	@Bean
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeyService keys, ClaimsProperties properties,
			JsonMapper json) {
		ProblemSecurityResponses problems = new ProblemSecurityResponses(json);
		http.csrf(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache((cache) -> cache.requestCache(new NullRequestCache()))
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// controllers set their own caching (ETag, no-cache); no-store everywhere
			// would defeat If-None-Match
			.headers((headers) -> headers.cacheControl((cache) -> cache.disable()))
			.addFilterAt(corsFilter(properties.cors(), json), CorsFilter.class)
			.addFilterBefore(new ApiKeyAuthenticationFilter(keys, problems), AnonymousAuthenticationFilter.class)
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.authorizeHttpRequests((requests) -> rules(requests, properties.publicRead()));
		return http.build();
	}

	private static void rules(
			AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests,
			boolean publicRead) {
		// an error or async dispatch belongs to a request that was already authorized
		requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.ASYNC).permitAll();
		requests.requestMatchers(ALWAYS_OPEN).permitAll();
		// metrics name endpoints, rates and pool figures: any valid key, even with
		// public reads (give Prometheus a reader key); not an API path, so not in
		// AccessPolicy
		requests.requestMatchers("/actuator/**").hasRole(Role.READER.name());
		// the rules of AccessPolicy, which the OpenAPI document states per operation
		requests.requestMatchers(AccessPolicy.KEY_MANAGEMENT, AccessPolicy.KEY_MANAGEMENT + "/**")
			.hasRole(Role.ADMIN.name());
		requests.requestMatchers(AccessPolicy.SUBSCRIPTIONS, AccessPolicy.SUBSCRIPTIONS + "/**")
			.hasRole(Role.ANALYST.name());
		for (HttpMethod read : AccessPolicy.READS) {
			if (publicRead) {
				requests.requestMatchers(read).permitAll();
			}
			else {
				requests.requestMatchers(read).authenticated();
			}
		}
		// every other method writes, wherever it is sent: new endpoints are closed by
		// default
		requests.anyRequest().hasRole(Role.ANALYST.name());
	}

	private static CorsFilter corsFilter(ClaimsProperties.Cors settings, JsonMapper json) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(settings.allowedOrigins());
		cors.setAllowedMethods(settings.allowedMethods());
		cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, ApiKeyAuthenticationFilter.API_KEY_HEADER,
				HttpHeaders.CONTENT_TYPE, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH, "Idempotency-Key"));
		cors.setExposedHeaders(List.of(HttpHeaders.ETAG, HttpHeaders.LOCATION, HttpHeaders.WWW_AUTHENTICATE));
		cors.setMaxAge(Duration.ofHours(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new ProblemCorsProcessor(json));
		return filter;
	}

	// keys are the only credentials; this stops Boot from making a user with a logged
	// password
	@Bean
	UserDetailsService noUsers() {
		return new InMemoryUserDetailsManager();
	}

}
