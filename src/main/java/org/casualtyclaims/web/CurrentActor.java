package org.casualtyclaims.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is making the current request, as recorded in createdBy and changedBy: the name of
 * the request's API key, or {@code anonymous} when it sent none.
 */
@Component
public class CurrentActor {

	public static final String ANONYMOUS = "anonymous";

	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return ANONYMOUS;
		}
		return authentication.getName();
	}

}
