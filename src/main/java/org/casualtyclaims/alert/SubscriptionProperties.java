package org.casualtyclaims.alert;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on subscriptions ({@code CLAIMS_SUBSCRIPTIONS_*}).
 *
 * @param maxPerKey active subscriptions one API key may hold; every claim write checks
 * them all, so they are not free
 * @param deliveriesPageSize the largest page of the delivery log
 */
@ConfigurationProperties("claims.subscriptions")
record SubscriptionProperties(@DefaultValue("100") int maxPerKey, @DefaultValue("100") int deliveriesPageSize) {
}
