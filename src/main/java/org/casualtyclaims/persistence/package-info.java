/** Persistence plumbing the features' entities share. */
package org.casualtyclaims.persistence;
