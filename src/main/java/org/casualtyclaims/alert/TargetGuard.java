package org.casualtyclaims.alert;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether a webhook target may be called: {@code http} or {@code https}, a host,
 * no credentials in the URL, and every address the host resolves to on the public
 * internet (or inside {@code claims.webhooks.allowed-networks}). Asked when a
 * subscription is made and again before every delivery, because a name that resolved to a
 * public address yesterday may resolve to 127.0.0.1 today (DNS rebinding).
 */
@Component
class TargetGuard {

	private final List<Cidr> allowed;

	private final Resolver resolver;

	@Autowired
	TargetGuard(WebhookProperties properties) {
		this(properties.allowedNetworks(), InetAddress::getAllByName);
	}

	TargetGuard(List<String> allowedNetworks, Resolver resolver) {
		this.allowed = allowedNetworks.stream().filter((block) -> !block.isBlank()).map(Cidr::parse).toList();
		this.resolver = resolver;
	}

	/** The target as a URI, or a {@link RefusedTargetException} saying why not. */
	URI check(String url) {
		URI uri = parse(url);
		InetAddress[] addresses;
		try {
			addresses = this.resolver.resolve(uri.getHost());
		}
		catch (UnknownHostException ex) {
			throw new RefusedTargetException("The target host " + uri.getHost() + " does not resolve.");
		}
		for (InetAddress address : addresses) {
			if (InternalAddresses.isInternal(address) && !isAllowed(address)) {
				throw new RefusedTargetException("The target host " + uri.getHost()
						+ " resolves to an internal address (loopback, private, link-local, multicast or reserved); "
						+ "webhooks go to public addresses only.");
			}
		}
		return uri;
	}

	private boolean isAllowed(InetAddress address) {
		InetAddress judged = InternalAddresses.carriedIpv4(address);
		return this.allowed.stream().anyMatch((block) -> block.contains(judged) || block.contains(address));
	}

	private static URI parse(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new RefusedTargetException("The target must be an absolute http or https URL.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
			throw new RefusedTargetException("The target must be an absolute http or https URL.");
		}
		// credentials in a URL end up in logs and in our table: a secret belongs in
		// "secret"
		if (uri.getRawUserInfo() != null) {
			throw new RefusedTargetException("The target URL must not carry a user name or password.");
		}
		if (uri.getRawFragment() != null) {
			throw new RefusedTargetException("The target URL must not carry a fragment.");
		}
		return uri;
	}

	/** Name resolution, replaceable in tests. */
	@FunctionalInterface
	interface Resolver {

		InetAddress[] resolve(String host) throws UnknownHostException;

	}

}
