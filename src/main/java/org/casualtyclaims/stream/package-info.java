/**
 * The push channel: server-sent events fanned out to many clients, none slowing another.
 */
package org.casualtyclaims.stream;
