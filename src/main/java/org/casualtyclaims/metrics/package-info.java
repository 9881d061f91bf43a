/**
 * What operators watch beside HTTP and the pool: the domain's own figures as gauges, read
 * from PostgreSQL on a schedule rather than on each scrape.
 */
package org.casualtyclaims.metrics;
