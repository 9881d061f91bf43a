/**
 * The browser dashboard: its Content-Security-Policy and how its static files are served.
 */
package org.casualtyclaims.dashboard;
