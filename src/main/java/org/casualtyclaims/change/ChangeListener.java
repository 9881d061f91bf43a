package org.casualtyclaims.change;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import org.casualtyclaims.claim.Category;
import org.casualtyclaims.claim.WireEnum;

import tools.jackson.databind.json.JsonMapper;

/**
 * LISTENs on a connection of its own and re-publishes each notification as a
 * {@link SeriesChanged} event, or {@link ChangesMissed} when it says "all". Every
 * (re)connect publishes {@link ChangesMissed}, since notifications sent meanwhile are
 * gone, and so does a change the sequence shows but no notification announced in time
 * ({@link MissedChangeDetector}). Starts before the web server, and start-up waits (up to
 * the ready timeout) until it listens.
 */
@Component
class ChangeListener implements SmartLifecycle {

	// before the web server (Integer.MAX_VALUE - 2048), so no request is served unheard
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Log log = LogFactory.getLog(ChangeListener.class);

	private static final Duration MAX_PAUSE = Duration.ofSeconds(5);

	private final JdbcConnectionDetails database;

	private final String schema;

	private final ApplicationEventPublisher events;

	private final JsonMapper json;

	private final ChangesProperties properties;

	private final NotificationLag lag;

	private final CountDownLatch listening = new CountDownLatch(1);

	private volatile boolean running;

	private volatile Connection connection;

	private Thread thread;

	ChangeListener(JdbcConnectionDetails database, @Value("${spring.datasource.hikari.schema:}") String schema,
			ApplicationEventPublisher events, JsonMapper json, ChangesProperties properties, NotificationLag lag) {
		this.database = database;
		this.schema = schema;
		this.events = events;
		this.json = json;
		this.properties = properties;
		this.lag = lag;
	}

	@Override
	public void start() {
		this.running = true;
		this.thread = new Thread(this::listenUntilStopped, "claims-change-listener");
		this.thread.setDaemon(true);
		this.thread.start();
		try {
			if (!this.listening.await(this.properties.readyTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
				log.warn("Not yet listening for other instances' changes after " + this.properties.readyTimeout()
						+ "; starting anyway, the cache is dropped once listening");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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

	@Override
	public int getPhase() {
		return PHASE;
	}

	/** Whether the listening connection is up. */
	boolean isListening() {
		return this.connection != null;
	}

	private void listenUntilStopped() {
		Duration pause = Duration.ofMillis(100);
		MissedChangeDetector detector = new MissedChangeDetector(this.properties.missedAfter());
		while (this.running) {
			try {
				connect();
				// whatever happened while not listening is unknown
				detector.listening(sequenceValue());
				this.events.publishEvent(new ChangesMissed());
				this.listening.countDown();
				pause = Duration.ofMillis(100);
				receiveUntilBroken(detector);
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
		Properties settings = new Properties();
		settings.setProperty("user", this.database.getUsername());
		if (this.database.getPassword() != null) {
			settings.setProperty("password", this.database.getPassword());
		}
		if (!this.schema.isEmpty()) {
			settings.setProperty("currentSchema", this.schema);
		}
		settings.setProperty("ApplicationName", "casualty-claims-listener");
		settings.setProperty("tcpKeepAlive", "true");
		// a dead network shows as a timed-out read within seconds, not TCP's 15 minutes
		settings.setProperty("connectTimeout", seconds(this.properties.connectTimeout()));
		settings.setProperty("loginTimeout", seconds(this.properties.connectTimeout()));
		settings.setProperty("socketTimeout", seconds(this.properties.socketTimeout()));
		Connection opened = DriverManager.getConnection(this.database.getJdbcUrl(), settings);
		try (Statement statement = opened.createStatement()) {
			statement.execute("LISTEN " + ChangeNotifier.CHANNEL);
		}
		catch (SQLException ex) {
			opened.close();
			throw ex;
		}
		this.connection = opened;
	}

	private void receiveUntilBroken(MissedChangeDetector detector) throws SQLException {
		PGConnection pg = this.connection.unwrap(PGConnection.class);
		long pollNanos = this.properties.pollInterval().toNanos();
		long nextPoll = System.nanoTime() + pollNanos;
		while (this.running) {
			long waitMillis = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextPoll - System.nanoTime()));
			PGNotification[] notifications = pg.getNotifications((int) Math.min(waitMillis, Integer.MAX_VALUE));
			if (notifications != null) {
				for (PGNotification notification : notifications) {
					publish(notification.getParameter(), detector);
				}
			}
			long now = System.nanoTime();
			if (now - nextPoll >= 0) {
				// also proves the connection alive, well within its socket timeout
				if (detector.sequenceAt(sequenceValue(), now)) {
					log.warn("A committed change was not announced within " + this.properties.missedAfter()
							+ " (its instance may have died); reloading everything");
					this.events.publishEvent(new ChangesMissed());
				}
				nextPoll = now + pollNanos;
			}
		}
	}

	private long sequenceValue() throws SQLException {
		try (Statement statement = this.connection.createStatement();
				ResultSet rs = statement.executeQuery("select last_value, is_called from change_event_ids")) {
			rs.next();
			return rs.getBoolean(2) ? rs.getLong(1) : rs.getLong(1) - 1;
		}
	}

	private void publish(String payload, MissedChangeDetector detector) {
		try {
			ChangePayload change = this.json.readValue(payload, ChangePayload.class);
			if (change.id() != null) {
				this.lag.arrived(change.id());
			}
			if (change.ids() != null) {
				detector.announced(change.ids());
			}
			if (change.everything()) {
				this.events.publishEvent(new ChangesMissed());
				return;
			}
			if (change.series() == null || change.series().isEmpty()) {
				// only rolled-back writes
				return;
			}
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

	private static String seconds(Duration duration) {
		// the driver counts whole seconds; round up so 1500 ms is not 1 s
		return Long.toString(Math.max(1, (duration.toMillis() + 999) / 1000));
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
