package org.casualtyclaims.fuzz;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import org.casualtyclaims.apikey.ApiKeyService;
import org.casualtyclaims.apikey.Role;
import org.casualtyclaims.support.ApiTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends {@value #REQUESTS} generated requests per seed (see {@link FuzzedRequests}) to
 * the running service over HTTP: none may answer 5xx, every error is problem+json, and no
 * request answered with an error may have stored anything.
 */
@ApiTest
class FuzzIntegrationTests {

	static final int REQUESTS = 10_000;

	static final int THREADS = 2;

	@Autowired
	ApiKeyService keys;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(longs = { 20251209L })
	void noGeneratedRequestFailsTheServiceOrStoresOnError(long seed) throws Exception {
		String run = Long.toString(seed, 36) + UUID.randomUUID().toString().substring(0, 6);
		String key = this.keys.issue("fuzz-" + run, Role.ANALYST, "fuzz").key();
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		Set<Integer> accepted = ConcurrentHashMap.newKeySet();
		List<String> failures = new CopyOnWriteArrayList<>();
		SplittableRandom root = new SplittableRandom(seed);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			List<Future<?>> workers = new java.util.ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				FuzzedRequests requests = new FuzzedRequests(root.split(), run);
				int first = t * (REQUESTS / THREADS);
				workers.add(pool.submit(() -> {
					for (int n = first; n < first + REQUESTS / THREADS && failures.size() < 50; n++) {
						send(client, key, requests.next(n), accepted, failures);
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get(10, TimeUnit.MINUTES);
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(failures).as("requests answered wrongly").isEmpty();
		assertThat(storedNumbers(run)).as("requests that stored something").isSubsetOf(accepted);
	}

	private void send(HttpClient client, String key, FuzzedRequests.Fuzzed fuzzed, Set<Integer> accepted,
			List<String> failures) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + fuzzed.path()))
			.timeout(Duration.ofSeconds(30));
		// half the reads go without a key, the way dashboards read, past the cached-read
		// filter
		if (fuzzed.body() != null || fuzzed.number() % 2 == 0) {
			request.header("Authorization", "Bearer " + key);
		}
		if (fuzzed.body() != null) {
			request.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(fuzzed.body()));
		}
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		int status = response.statusCode();
		String type = response.headers().firstValue("Content-Type").orElse("");
		if (status >= 500) {
			failures.add(status + " for " + fuzzed);
		}
		else if (status >= 400 && !type.startsWith("application/problem+json")) {
			failures.add(status + " as " + type + " for " + fuzzed);
		}
		else if (status < 300 && fuzzed.body() != null) {
			accepted.add(fuzzed.number());
		}
		else if (status >= 300 && status < 400) {
			failures.add(status + " for " + fuzzed + ": " + new String(response.body(), StandardCharsets.UTF_8));
		}
	}

	// the token's number in every claim subject and report title of this run
	private Set<Integer> storedNumbers(String run) {
		Pattern token = Pattern.compile("fuzz-" + Pattern.quote(run) + "-(\\d+)-(\\d+)(?!\\d)");
		String like = "%fuzz-" + run + "-%";
		List<String> texts = new java.util.ArrayList<>(
				this.jdbc.queryForList("select subject from claims where subject like ?", String.class, like));
		texts.addAll(this.jdbc.queryForList("select title from reports where title like ?", String.class, like));
		Set<Integer> numbers = new java.util.HashSet<>();
		for (String text : texts) {
			Matcher matcher = token.matcher(text);
			// a token whose check fails was corrupted by its request, which then was not
			// refused
			if (matcher.find()
					&& FuzzedRequests.check(Integer.parseInt(matcher.group(1))) == Integer.parseInt(matcher.group(2))) {
				numbers.add(Integer.valueOf(matcher.group(1)));
			}
		}
		return numbers;
	}

}
