package org.casualtyclaims.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.WireEnum;

import tools.jackson.databind.json.JsonMapper;

/**
 * LISTENs on a connection of its own and re-publishes each notification as a
 * {@link SeriesChanged} event. When the connection drops it reconnects with a growing
 * pause and publishes {@link ChangesMissed}, since notifications sent meanwhile are gone.
 */
@Component
class ChangeListener implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(ChangeListener.class);

	private static final int WAIT_MILLIS = 2_000;

	private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

	private final JdbcConnectionDetails database;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private volatile boolean running;

	private volatile Connection connection;

	private Thread thread;

	ChangeListener(JdbcConnectionDetails database, ApplicationEventPublisher events, JsonMapper json) {
		this.database = database;
		this.events = events;
		this.json = json;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listenUntilStopped, "claims-change-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		closeQuietly();
		if (this.thread != null) {
			this.thread.interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listenUntilStopped() {
		Duration pause = Duration.ofMillis(100);
		boolean connectedBefore = false;
		while (this.running) {
			try {
				connect();
				if (connectedBefore) {
					this.events.publishEvent(new ChangesMissed());
				}
				connectedBefore = true;
				pause = Duration.ofMillis(100);
				receiveUntilBroken();
			}
			catch (SQLException | RuntimeException ex) {
				if (this.running) {
					log.warn("Change notifications interrupted; reconnecting in " + pause.toMillis() + " ms: "
							+ ex.getMessage());
				}
			}
			closeQuietly();
			sleep(pause);
			pause = pause.multipliedBy(2).compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause.multipliedBy(2);
		}
	}

	private void connect() throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			properties.setProperty("password", this.database.getPassword());
		}
		properties.setProperty("ApplicationName", "casualty-claims-listener");
		properties.setProperty("tcpKeepAlive", "true");
		Connection opened = DriverManager.getConnection(this.database.getJdbcUrl(), properties);
		try (Statement statement = opened.createStatement()) {
			statement.execute("LISTEN " + ChangeNotifier.CHANNEL);
		}
		this.connection = opened;
	}

	private void receiveUntilBroken() throws SQLException {
		PGConnection pg = this.connection.unwrap(PGConnection.class);
		while (this.running) {
			PGNotification[] notifications = pg.getNotifications(WAIT_MILLIS);
			if (notifications == null || notifications.length == 0) {
				// a quiet connection may be a dead one: ask the server
				try (Statement statement = this.connection.createStatement()) {
					statement.execute("select 1");
				}
				continue;
			}
			for (PGNotification notification : notifications) {
				publish(notification.getParameter());
			}
		}
	}

	private void publish(String payload) {
		try {
			ChangePayload change = this.json.readValue(payload, ChangePayload.class);
			Set<SeriesRef> series = new LinkedHashSet<>();
			for (List<String> pair : change.series()) {
				Category category = WireEnum.fromWireName(Category.class, pair.get(1));
				series.add(new SeriesRef(pair.get(0), category));
			}
			this.events.publishEvent(new SeriesChanged(change.id(), series));
		}
		catch (RuntimeException ex) {
			log.error("Could not handle a change notification; derived state is rebuilt", ex);
			this.events.publishEvent(new ChangesMissed());
		}
	}

	private void closeQuietly() {
		Connection open = this.connection;
		this.connection = null;
		if (open != null) {
			try {
				open.close();
			}
			catch (SQLException ex) {
				// already broken; nothing to release
			}
		}
	}

	private static void sleep(Duration pause) {
		try {
			Thread.sleep(pause.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
