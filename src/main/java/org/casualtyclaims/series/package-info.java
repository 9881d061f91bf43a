/**
 * Series: the active claims of one subject and category, kept in step with every claim
 * write.
 */
package org.casualtyclaims.series;
