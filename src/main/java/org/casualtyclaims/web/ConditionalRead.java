package org.casualtyclaims.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a read that sends a strong {@code ETag} and answers a matching
 * {@code If-None-Match} with 304: the cached listings ({@link CachedReads}) and the
 * versioned entities. The OpenAPI document lists the 304 and the ETag header from it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConditionalRead {

}
