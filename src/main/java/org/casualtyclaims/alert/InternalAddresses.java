package org.casualtyclaims.alert;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Which addresses a webhook must never reach on its own: everything that is not the
 * public internet. A target resolving into one of these could make the service probe its
 * own network (SSRF): the database, a cloud metadata endpoint, an admin port. IPv6 forms
 * that carry an IPv4 address (mapped, compatible, NAT64, 6to4) are judged by the IPv4
 * address they carry.
 */
final class InternalAddresses {

	private static final Cidr[] INTERNAL_V4 = cidrs("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
			"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4");

	private static final Cidr[] INTERNAL_V6 = cidrs("::/128", "::1/128", "100::/64", "2001::/32", "2001:db8::/32",
			"fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	private static final Cidr[] CARRYING_V4 = cidrs("::ffff:0:0/96", "::/96", "64:ff9b::/96");

	private static final Cidr SIX_TO_FOUR = Cidr.parse("2002::/16");

	private InternalAddresses() {
	}

	static boolean isInternal(InetAddress address) {
		InetAddress judged = carriedIpv4(address);
		if (judged instanceof Inet4Address) {
			return matchesAny(INTERNAL_V4, judged);
		}
		return matchesAny(INTERNAL_V6, judged);
	}

	/**
	 * The IPv4 address an IPv6 address carries, or the address itself when it carries
	 * none.
	 */
	static InetAddress carriedIpv4(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != 16) {
			return address;
		}
		for (Cidr form : CARRYING_V4) {
			// ::/128 and ::1 are IPv6's own unspecified and loopback, not IPv4 0.0.0.x
			if (form.contains(address) && !isZeroOrOneInLastWord(bytes)) {
				return ipv4(bytes, 12);
			}
		}
		if (SIX_TO_FOUR.contains(address)) {
			return ipv4(bytes, 2);
		}
		return address;
	}

	private static boolean isZeroOrOneInLastWord(byte[] bytes) {
		for (int i = 0; i < 15; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return bytes[15] == 0 || bytes[15] == 1;
	}

	private static InetAddress ipv4(byte[] bytes, int offset) {
		try {
			return InetAddress
				.getByAddress(new byte[] { bytes[offset], bytes[offset + 1], bytes[offset + 2], bytes[offset + 3] });
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException("four bytes are always an IPv4 address", ex);
		}
	}

	private static boolean matchesAny(Cidr[] blocks, InetAddress address) {
		for (Cidr block : blocks) {
			if (block.contains(address)) {
				return true;
			}
		}
		return false;
	}

	private static Cidr[] cidrs(String... blocks) {
		Cidr[] parsed = new Cidr[blocks.length];
		for (int i = 0; i < blocks.length; i++) {
			parsed[i] = Cidr.parse(blocks[i]);
		}
		return parsed;
	}

}
