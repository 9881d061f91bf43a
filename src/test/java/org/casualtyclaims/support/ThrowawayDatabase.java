package org.casualtyclaims.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * A database of its own on an existing PostgreSQL server, for one test run. The name is
 * random, so parallel runs and earlier crashed runs never collide.
 */
public final class ThrowawayDatabase {

	private static final String DEFAULT_SERVER_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private final String serverUrl;

	private final String user;

	private final String password;

	private final String name;

	private ThrowawayDatabase(String serverUrl, String user, String password, String name) {
		this.serverUrl = serverUrl;
		this.user = user;
		this.password = password;
		this.name = name;
	}

	public static String serverUrlFromEnvironment() {
		String url = System.getenv("CLAIMS_TEST_POSTGRES_URL");
		return (url != null && !url.isBlank()) ? url : DEFAULT_SERVER_URL;
	}

	/** On the local server, as the environment names it. */
	public static ThrowawayDatabase create(String serverUrl) {
		return create(serverUrl, envOr("CLAIMS_TEST_POSTGRES_USER", "postgres"),
				envOr("CLAIMS_TEST_POSTGRES_PASSWORD", "postgres"));
	}

	/** On the server that {@code serverUrl} reaches, connecting as {@code user}. */
	public static ThrowawayDatabase create(String serverUrl, String user, String password) {
		String name = "claims_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		ThrowawayDatabase database = new ThrowawayDatabase(serverUrl, user, password, name.toLowerCase(Locale.ROOT));
		database.execute("create database " + database.name);
		return database;
	}

	public String url() {
		int query = this.serverUrl.indexOf('?');
		String base = (query >= 0) ? this.serverUrl.substring(0, query) : this.serverUrl;
		String params = (query >= 0) ? this.serverUrl.substring(query) : "";
		return base.substring(0, base.lastIndexOf('/') + 1) + this.name + params;
	}

	public JdbcConnectionDetails connectionDetails() {
		String url = url();
		String user = this.user;
		String password = this.password;
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return user;
			}

			@Override
			public String getPassword() {
				return password;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	public void drop() {
		execute("drop database if exists " + this.name + " with (force)");
	}

	private void execute(String sql) {
		try (Connection connection = DriverManager.getConnection(this.serverUrl, this.user, this.password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot reach the test PostgreSQL at " + this.serverUrl
					+ " (set CLAIMS_TEST_POSTGRES_URL, or run Docker): " + ex.getMessage(), ex);
		}
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}
