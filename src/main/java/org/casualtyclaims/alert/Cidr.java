package org.casualtyclaims.alert;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * A block of addresses such as {@code 10.0.0.0/8} or {@code fc00::/7}. Only literal
 * addresses are parsed, never names, so parsing never touches DNS.
 */
record Cidr(byte[] network, int prefixLength) {

	static Cidr parse(String block) {
		String text = block.strip();
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text : text.substring(0, slash);
		byte[] network = literal(address, block);
		int prefixLength = (slash < 0) ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
		if (prefixLength < 0 || prefixLength > network.length * 8) {
			throw new IllegalArgumentException("prefix length out of range in " + block);
		}
		return new Cidr(network, prefixLength);
	}

	boolean contains(InetAddress address) {
		byte[] bytes = address.getAddress();
		if (bytes.length != this.network.length) {
			return false;
		}
		int fullBytes = this.prefixLength / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (bytes[i] != this.network[i]) {
				return false;
			}
		}
		int restBits = this.prefixLength % 8;
		if (restBits == 0) {
			return true;
		}
		int mask = (0xff << (8 - restBits)) & 0xff;
		return (bytes[fullBytes] & mask) == (this.network[fullBytes] & mask);
	}

	private static byte[] mapped(byte[] ipv4) {
		byte[] bytes = new byte[16];
		bytes[10] = (byte) 0xff;
		bytes[11] = (byte) 0xff;
		System.arraycopy(ipv4, 0, bytes, 12, 4);
		return bytes;
	}

	// InetAddress.getByName resolves names; a literal is recognised by its characters
	private static byte[] literal(String address, String block) {
		if (address.isEmpty() || !address.matches("[0-9a-fA-F:.]+")) {
			throw new IllegalArgumentException("not an address block: " + block);
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			// Java turns ::ffff:a.b.c.d into an IPv4 address; a block written in IPv6
			// stays IPv6
			return (address.contains(":") && bytes.length == 4) ? mapped(bytes) : bytes;
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("not an address block: " + block, ex);
		}
	}

}
