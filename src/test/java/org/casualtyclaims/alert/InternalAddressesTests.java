package org.casualtyclaims.alert;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class InternalAddressesTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
			"169.254.169.254", "0.0.0.0", "100.64.0.1", "224.0.0.1", "239.255.255.250", "255.255.255.255", "::1", "::",
			"fe80::1", "fc00::1", "fd12:3456::1", "fec0::1", "ff02::1", "64:ff9b::7f00:1", "64:ff9b::a00:1",
			"2002:7f00:1::", "2002:c0a8:101::1", "::127.0.0.1", "2001:db8::1" })
	void refusesWhatIsNotThePublicInternet(String literal) throws UnknownHostException {
		assertThat(InternalAddresses.isInternal(InetAddress.getByName(literal))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "192.169.0.1", "100.128.0.1",
			"2606:4700:4700::1111", "2a00:1450:4001::200e", "64:ff9b::808:808", "2002:808:808::" })
	void acceptsPublicAddresses(String literal) throws UnknownHostException {
		assertThat(InternalAddresses.isInternal(InetAddress.getByName(literal))).isFalse();
	}

	// Java turns "::ffff:127.0.0.1" into an IPv4 address when it parses text, but an
	// address built from 16 bytes (as a resolver may hand over) stays IPv6
	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "10.0.0.1", "169.254.169.254", "192.168.0.1" })
	void judgesIpv4MappedAddressesByTheirIpv4Address(String ipv4) throws UnknownHostException {
		byte[] v4 = InetAddress.getByName(ipv4).getAddress();
		byte[] mapped = new byte[16];
		mapped[10] = (byte) 0xff;
		mapped[11] = (byte) 0xff;
		System.arraycopy(v4, 0, mapped, 12, 4);
		InetAddress address = Inet6Address.getByAddress(null, mapped, -1);
		assertThat(InternalAddresses.isInternal(address)).isTrue();
		assertThat(InternalAddresses.isInternal(InetAddress.getByName("::ffff:" + ipv4))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "8.8.8.8", "93.184.216.34" })
	void acceptsIpv4MappedPublicAddresses(String ipv4) throws UnknownHostException {
		assertThat(InternalAddresses.isInternal(InetAddress.getByName("::ffff:" + ipv4))).isFalse();
	}

}
