package org.casualtyclaims.web;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import org.casualtyclaims.support.ApiTest;
import org.casualtyclaims.support.ClaimApi;
import org.casualtyclaims.support.ClaimJson;
import org.casualtyclaims.support.TestKeys;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cached read answers the same through its controller (a request with a key, which the
 * cache filter leaves to MVC) as through {@link CachedReadFilter} (one without): the same
 * status, bytes and caching headers, plain, gzipped and 304 on either tag.
 */
@ApiTest
class CachedReadResponsesIntegrationTests {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static final List<String> HEADERS = List.of("etag", "cache-control", "content-type", "content-encoding",
			"content-length");

	@LocalServerPort
	int port;

	@Autowired
	RestTestClient http;

	@ParameterizedTest
	@ValueSource(strings = { "/api/v1/deltas/latest", "/api/v1/series", "/api/v1/claims", "/api/v1/deltas" })
	void theControllerAnswersAsTheCacheFilterDoes(String path) throws Exception {
		String subject = ClaimJson.uniqueSubject();
		ClaimApi claims = new ClaimApi(this.http);
		claims.create(ClaimJson.podcastClaim(subject));
		claims.create(ClaimJson.contactGroupClaim(subject));
		String uri = "http://127.0.0.1:" + this.port + path + "?subject="
				+ URLEncoder.encode(subject, StandardCharsets.UTF_8);
		// another test's write may drop the entry in between, and change the tags: a few
		// tries
		List<String> differences = List.of("not compared yet");
		for (int attempt = 0; attempt < 5 && !differences.isEmpty(); attempt++) {
			differences = differences(uri);
		}
		assertThat(differences).isEmpty();
	}

	private List<String> differences(String uri) throws Exception {
		List<String> differences = new ArrayList<>();
		HttpResponse<byte[]> plain = get(uri, true);
		HttpResponse<byte[]> gzipped = get(uri, true, "Accept-Encoding", "gzip");
		String tag = plain.headers().firstValue("etag").orElseThrow();
		String gzipTag = gzipped.headers().firstValue("etag").orElseThrow();
		String[][] variants = { {}, { "Accept-Encoding", "gzip" }, { "If-None-Match", tag },
				{ "If-None-Match", gzipTag }, { "If-None-Match", tag, "Accept-Encoding", "gzip" },
				{ "If-None-Match", "\"other\"" }, { "If-Match", "\"other\"" },
				{ "If-Unmodified-Since", "Sat, 01 Jan 2000 00:00:00 GMT" } };
		for (String[] headers : variants) {
			HttpResponse<byte[]> controller = get(uri, true, headers);
			HttpResponse<byte[]> filter = get(uri, false, headers);
			String variant = String.join(" ", headers);
			if (controller.statusCode() != filter.statusCode()) {
				differences.add(variant + ": status " + controller.statusCode() + " vs " + filter.statusCode());
			}
			if (!Arrays.equals(controller.body(), filter.body())) {
				differences.add(variant + ": body");
			}
			for (String header : HEADERS) {
				if (!controller.headers().allValues(header).equals(filter.headers().allValues(header))) {
					differences.add(variant + ": " + header + " " + controller.headers().allValues(header) + " vs "
							+ filter.headers().allValues(header));
				}
			}
			if (!new HashSet<>(controller.headers().allValues("vary"))
				.equals(new HashSet<>(filter.headers().allValues("vary")))) {
				differences.add(variant + ": vary " + controller.headers().allValues("vary") + " vs "
						+ filter.headers().allValues("vary"));
			}
		}
		return differences;
	}

	private static HttpResponse<byte[]> get(String uri, boolean withKey, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(10));
		if (withKey) {
			request.header("Authorization", "Bearer " + TestKeys.ADMIN_KEY);
		}
		if (headers.length > 0) {
			request.headers(headers);
		}
		return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

}
