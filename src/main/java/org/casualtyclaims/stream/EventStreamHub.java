package org.casualtyclaims.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans events out to every connected client, replays missed ones to reconnecting
 * clients, and sends a heartbeat so proxies keep idle streams open.
 */
@Component
public class EventStreamHub implements DisposableBean {

	static final int REPLAY_CAPACITY = 1024;

	static final int MAX_QUEUED_PER_CLIENT = 256;

	// at most this many clients are written to at once; a client that cannot get a
	// sender when it needs one is dropped rather than queued behind the slow ones
	static final int MAX_SENDERS = 64;

	static final Duration HEARTBEAT = Duration.ofSeconds(15);

	static final Duration RECONNECT_GRACE = Duration.ofMinutes(2);

	private volatile long lastDeparture = System.nanoTime() - RECONNECT_GRACE.toNanos();

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final ReplayBuffer replay = new ReplayBuffer(REPLAY_CAPACITY);

	private final ThreadPoolExecutor senders = new ThreadPoolExecutor(0, MAX_SENDERS, 30, TimeUnit.SECONDS,
			new SynchronousQueue<>(), new CustomizableThreadFactory("stream-sender-"));

	private final ScheduledExecutorService heartbeat = Executors
		.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("stream-heartbeat-"));

	public EventStreamHub() {
		this.heartbeat.scheduleAtFixedRate(() -> offerToAll("heartbeat"), HEARTBEAT.toMillis(), HEARTBEAT.toMillis(),
				TimeUnit.MILLISECONDS);
	}

	/** Connects a client; {@code lastEventId} is what it saw last, or null for a new client. */
	public SseEmitter subscribe(Long lastEventId) {
		SseEmitter emitter = new SseEmitter(0L);
		Subscriber subscriber = new Subscriber(emitter, MAX_QUEUED_PER_CLIENT, this.senders);
		emitter.onCompletion(() -> remove(subscriber));
		emitter.onTimeout(() -> remove(subscriber));
		emitter.onError((ex) -> remove(subscriber));
		subscriber.offer("connected");
		if (lastEventId != null) {
			Optional<List<StreamEvent>> missed = this.replay.after(lastEventId);
			if (missed.isPresent()) {
				missed.get().forEach(subscriber::offer);
			}
			else {
				subscriber.offer(refetch());
			}
		}
		this.subscribers.add(subscriber);
		return emitter;
	}

	public void publish(StreamEvent event) {
		this.replay.add(event);
		offerToAll(event);
	}

	/** Events were lost on the way here: every client must refetch. */
	public void publishRefetch() {
		this.replay.forget();
		offerToAll(refetch());
	}

	public int subscriberCount() {
		return this.subscribers.size();
	}

	/**
	 * Whether events are worth computing: someone is connected, or was recently and may
	 * come back asking for what it missed.
	 */
	public boolean hasAudience() {
		return !this.subscribers.isEmpty()
				|| System.nanoTime() - this.lastDeparture < RECONNECT_GRACE.toNanos();
	}

	// no id: the client keeps the last id it really saw
	private static StreamEvent refetch() {
		return new StreamEvent(StreamEvent.NO_ID, "refetch", Map.of());
	}

	private void offerToAll(Object item) {
		for (Subscriber subscriber : this.subscribers) {
			if (subscriber.isClosed()) {
				remove(subscriber);
			}
			else {
				subscriber.offer(item);
			}
		}
	}

	private void remove(Subscriber subscriber) {
		subscriber.markClosed();
		if (this.subscribers.remove(subscriber)) {
			this.lastDeparture = System.nanoTime();
		}
	}

	@Override
	public void destroy() {
		this.heartbeat.shutdownNow();
		this.subscribers.forEach((s) -> s.emitter().complete());
		this.senders.shutdownNow();
	}

}
