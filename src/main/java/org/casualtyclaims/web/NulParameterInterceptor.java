package org.casualtyclaims.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses query parameters holding a NUL character before any handler uses them:
 * PostgreSQL cannot compare text with a NUL in it, and would fail the query.
 */
class NulParameterInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			String name = parameter.getKey();
			if (name.indexOf('\0') >= 0) {
				throw new InvalidParameterException(name.replace("\0", ""), "must not contain NUL characters");
			}
			for (String value : parameter.getValue()) {
				if (value != null && value.indexOf('\0') >= 0) {
					throw new InvalidParameterException(name, "must not contain NUL characters");
				}
			}
		}
		return true;
	}

}
