/**
 * The OpenAPI document at {@code /v3/api-docs}: what springdoc reads from the
 * controllers, completed from what the code knows (access rules, limits, problem
 * responses) so that generated clients and API linters can trust it.
 */
package org.casualtyclaims.openapi;
