/** HTTP plumbing every feature shares: problems, paging, ETags, request limits. */
package org.casualtyclaims.web;
