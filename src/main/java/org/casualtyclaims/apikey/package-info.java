/** API keys with roles: issuing, revoking, and authenticating requests by key. */
package org.casualtyclaims.apikey;
