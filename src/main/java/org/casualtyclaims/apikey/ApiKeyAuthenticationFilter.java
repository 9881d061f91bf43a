package org.casualtyclaims.apikey;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the key from {@code Authorization: Bearer} or {@code X-API-Key} and checks it
 * against the stored hashes (confirmed ones are cached for seconds, see
 * {@link VerifiedKeys}; writes check again, see {@link WritingKeyCheck}). A request
 * without a key goes on as anonymous, for the authorization rules to judge; a request
 * with a bad key is refused here with 401, even where no key is needed, so a client never
 * mistakes a dead key for a working one. The key itself is never logged.
 */
class ApiKeyAuthenticationFilter extends OncePerRequestFilter {

	static final String API_KEY_HEADER = "X-API-Key";

	private static final String BEARER = "bearer ";

	// generated keys are 46 characters; this bounds the work a junk header costs
	private static final int MAX_KEY_LENGTH = 512;

	private final ApiKeyService keys;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiKeyAuthenticationFilter(ApiKeyService keys, AuthenticationEntryPoint entryPoint) {
		this.keys = keys;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		String apiKey = request.getHeader(API_KEY_HEADER);
		if (authorization == null && apiKey == null) {
			chain.doFilter(request, response);
			return;
		}
		try {
			ApiKeyPrincipal principal = authenticate(presentedKey(authorization, apiKey));
			SecurityContext context = this.contexts.createEmptyContext();
			context.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.role().authorities()));
			this.contexts.setContext(context);
		}
		catch (BadCredentialsException ex) {
			this.contexts.clearContext();
			this.entryPoint.commence(request, response, ex);
			return;
		}
		chain.doFilter(request, response);
	}

	private ApiKeyPrincipal authenticate(String key) {
		Optional<ApiKeyPrincipal> principal = Optional.empty();
		if (!key.isEmpty() && key.length() <= MAX_KEY_LENGTH) {
			principal = this.keys.authenticate(key);
		}
		return principal.orElseThrow(() -> new BadCredentialsException("The API key is unknown or was revoked."));
	}

	private static String presentedKey(String authorization, String apiKey) {
		String bearer = null;
		if (authorization != null) {
			if (!authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
				throw new BadCredentialsException("Only Bearer credentials are accepted: Authorization: Bearer {key}.");
			}
			bearer = authorization.substring(BEARER.length()).strip();
		}
		if (bearer != null && apiKey != null && !bearer.equals(apiKey.strip())) {
			throw new BadCredentialsException("Send one API key: Authorization and X-API-Key differ.");
		}
		return (bearer != null) ? bearer : apiKey.strip();
	}

}
