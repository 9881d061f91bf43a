package org.casualtyclaims.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Whether a request that {@link CachedReadFilter} could answer from the cache may have
 * its answer now. A refusal has written its own response (a 429, say). The rate limits
 * provide it, so this package needs to know nothing about them.
 */
public interface CachedReadAdmission {

	boolean admit(HttpServletRequest request, HttpServletResponse response) throws IOException;

}
