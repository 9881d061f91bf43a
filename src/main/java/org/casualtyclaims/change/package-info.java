/**
 * Tells every instance sharing the database that series changed: NOTIFY inside the
 * writing transaction, LISTEN on a connection of its own, re-published as Spring events.
 */
package org.casualtyclaims.change;
