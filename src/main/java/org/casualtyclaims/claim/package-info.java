/**
 * Claims: a figure, who stated it, where and when; corrected and retracted, never erased.
 */
package org.casualtyclaims.claim;
