/** Application-wide settings: properties, clock, JSON. */
package org.casualtyclaims.config;
