package org.casualtyclaims.support;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * Second instances on the test context's database, one per set of properties, started on
 * first use and closed with the context (before its database goes). A boot costs seconds,
 * so tests that leave an instance as they found it share one instead of starting their
 * own: don't close what {@link #shared()} returns, and start a
 * {@link SecondInstance#sharing fresh one} for a test that breaks or watches its start.
 */
public class SecondInstances implements DisposableBean {

	private final JdbcConnectionDetails database;

	private final Map<Map<String, String>, SecondInstance> started = new ConcurrentHashMap<>();

	SecondInstances(JdbcConnectionDetails database) {
		this.database = database;
	}

	/** The instance with the default test settings. */
	public SecondInstance shared() {
		return shared(Map.of());
	}

	/** The instance with these properties on top of the default test settings. */
	public SecondInstance shared(Map<String, String> extraProperties) {
		return this.started.computeIfAbsent(new TreeMap<>(extraProperties),
				(properties) -> SecondInstance.sharing(this.database, properties));
	}

	@Override
	public void destroy() {
		this.started.values().forEach(SecondInstance::close);
		this.started.clear();
	}

}
