/** Rate limits: token buckets per API key and per client address, held in this JVM. */
package org.casualtyclaims.ratelimit;
