/**
 * Reports: an article, briefing or transcript, posted with the claims found in it, all or
 * nothing.
 */
package org.casualtyclaims.report;
