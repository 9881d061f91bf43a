package org.casualtyclaims.change;

import java.sql.ResultSet;
import java.time.Duration;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Sends the notifications, after the writes committed, from one thread: whatever
 * accumulated while the previous NOTIFY was on its way goes out as the next one. So no
 * writing transaction waits on PostgreSQL's notification queue lock, and a busy instance
 * sends a few notifications a second, not one per write.
 */
@Component
class NotificationSender implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(NotificationSender.class);

	private static final ResultSetExtractor<Void> IGNORE = (ResultSet rs) -> null;

	private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ChangesProperties properties;

	private final NotificationLag lag;

	// guarded by this
	private PendingChanges pending;

	private volatile boolean running;

	private Thread thread;

	NotificationSender(JdbcTemplate jdbc, JsonMapper json, ChangesProperties properties, NotificationLag lag) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.lag = lag;
		this.pending = new PendingChanges(properties.maxSeries());
	}

	/**
	 * A transaction holding change id {@code id} ended; {@code series} is empty if it
	 * rolled back.
	 */
	synchronized void submit(long id, Set<SeriesRef> series) {
		this.pending.add(id, series);
		notifyAll();
	}

	@Override
	public synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::sendUntilStopped, "claims-change-sender");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		synchronized (this) {
			this.running = false;
			notifyAll();
		}
		try {
			// the last writes' notifications still go out
			this.thread.join(this.properties.connectTimeout().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	// after the listener (it starts first), before the web server takes requests
	@Override
	public int getPhase() {
		return ChangeListener.PHASE + 1;
	}

	private void sendUntilStopped() {
		while (true) {
			PendingChanges batch = nextBatch();
			if (batch == null) {
				return;
			}
			try {
				this.lag.sending(batch.topId(), batch.oldestNanos());
				this.jdbc.query("select pg_notify(?, ?)", IGNORE, ChangeNotifier.CHANNEL,
						batch.payload(this.json, this.properties.maxPayloadBytes()));
			}
			catch (DataAccessException ex) {
				if (!this.running) {
					// the pool is closing; listeners' poll of change_event_ids covers
					// these
					log.warn("Could not send a change notification while stopping: " + ex.getMessage());
					return;
				}
				log.warn("Could not send a change notification; retrying: " + ex.getMessage());
				takeBack(batch);
				pause();
			}
			catch (RuntimeException ex) {
				// not the database's fault, so a retry would fail alike; the poll covers
				// it
				log.error("Could not build a change notification; listeners will treat it as missed", ex);
			}
		}
	}

	// waits for changes; null once stopped with nothing left to send
	private synchronized PendingChanges nextBatch() {
		while (this.pending.isEmpty()) {
			if (!this.running) {
				return null;
			}
			try {
				wait();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return null;
			}
		}
		PendingChanges batch = this.pending;
		this.pending = new PendingChanges(this.properties.maxSeries());
		return batch;
	}

	private synchronized void takeBack(PendingChanges batch) {
		batch.addAll(this.pending);
		this.pending = batch;
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_PAUSE.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
