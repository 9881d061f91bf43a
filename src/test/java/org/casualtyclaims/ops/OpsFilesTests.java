package org.casualtyclaims.ops;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops profile's files agree with each other: nginx balances and Prometheus scrapes
 * the replicas the compose file defines, only loopback addresses are published, and the
 * event stream passes nginx unbuffered. {@code .ci/check-ops.sh} checks the syntax with
 * the real tools.
 */
class OpsFilesTests {

	private static final List<String> REPLICAS = List.of("app", "app-2");

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> services() throws IOException {
		Map<String, Object> compose = new Yaml().load(Files.readString(Path.of("docker-compose.yml")));
		return (Map<String, Map<String, Object>>) compose.get("services");
	}

	@Test
	void theOpsProfileAddsTheSecondReplicaNginxPrometheusAndGrafana() throws IOException {
		Map<String, Map<String, Object>> services = services();
		for (String service : List.of("app-2", "nginx", "prometheus", "grafana")) {
			assertThat(services.get(service).get("profiles")).as(service).isEqualTo(List.of("ops"));
		}
		// both replicas run the same build with the same settings
		assertThat(services.get("app-2").get("environment")).isEqualTo(services.get("app").get("environment"));
		assertThat(services.get("app-2").get("build")).isEqualTo(services.get("app").get("build"));
	}

	@Test
	void onlyLoopbackAddressesArePublished() throws IOException {
		List<String> published = new ArrayList<>();
		services().forEach((name, service) -> {
			Object ports = service.get("ports");
			if (ports != null) {
				for (Object port : (List<?>) ports) {
					assertThat(port.toString()).as(name).startsWith("127.0.0.1:");
					published.add(name);
				}
			}
		});
		assertThat(published).containsExactlyInAnyOrder("db", "app", "nginx", "grafana");
	}

	@Test
	void nginxBalancesAndPrometheusScrapesEveryReplica() throws IOException {
		String nginx = Files.readString(Path.of("ops/nginx/nginx.conf"));
		List<String> upstream = new ArrayList<>();
		Matcher servers = Pattern.compile("(?m)^\\s*server ([a-z0-9-]+):8080\\b").matcher(nginx);
		while (servers.find()) {
			upstream.add(servers.group(1));
		}
		assertThat(upstream).isEqualTo(REPLICAS);
		String prometheus = Files.readString(Path.of("ops/prometheus/prometheus.yml"));
		assertThat(prometheus).contains("targets: [\"app:8080\", \"app-2:8080\"]")
			.contains("metrics_path: /actuator/prometheus");
		assertThat(services().keySet()).containsAll(REPLICAS);
	}

	@Test
	void theEventStreamPassesNginxUnbuffered() throws IOException {
		String nginx = Files.readString(Path.of("ops/nginx/nginx.conf"));
		Matcher stream = Pattern.compile("location = /api/v1/deltas/stream \\{([^}]*)}").matcher(nginx);
		assertThat(stream.find()).isTrue();
		assertThat(stream.group(1)).contains("proxy_buffering off;").contains("proxy_read_timeout 1h;");
	}

	@Test
	void grafanaIsProvisionedWithTheDashboardAndItsDataSource() throws IOException {
		String datasource = Files.readString(Path.of("ops/grafana/provisioning/datasources/prometheus.yml"));
		assertThat(datasource).contains("uid: prometheus").contains("url: http://prometheus:9090");
		String dashboard = Files.readString(Path.of("ops/grafana/dashboards/casualty-claims.json"));
		assertThat(dashboard).contains("\"uid\": \"prometheus\"").doesNotContain("${DS_");
	}

}
