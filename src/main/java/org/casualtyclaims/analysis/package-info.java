/**
 * Analysis across claims that no single delta answers: conflicting claims of one series,
 * the ratio of two categories of a subject, and the consistency flags raised on write.
 * Reads claims by read-only SQL of its own and the claim package's public services; it
 * writes nothing.
 */
package org.casualtyclaims.analysis;
