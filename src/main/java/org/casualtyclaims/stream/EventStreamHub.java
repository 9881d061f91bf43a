package org.casualtyclaims.stream;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans events out to every connected client, replays missed ones to reconnecting clients,
 * and sends a heartbeat so proxies keep idle streams open. It admits streams up to the
 * caps, ends each after its lifetime, and gives up on clients whose send takes longer
 * than the send timeout.
 */
@Component
public class EventStreamHub implements SmartLifecycle, DisposableBean {

	static final int REPLAY_CAPACITY = 1024;

	static final Duration RECONNECT_GRACE = Duration.ofMinutes(2);

	// the emitter's own timeout only backs up the sweep, which ends streams on time
	static final Duration EMITTER_TIMEOUT_MARGIN = Duration.ofMinutes(1);

	// running from construction: the web server starts before this lifecycle would
	private volatile boolean running = true;

	private volatile long lastDeparture = System.nanoTime() - RECONNECT_GRACE.toNanos();

	private final StreamProperties limits;

	private final LongFunction<SseEmitter> emitters;

	private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

	private final ReplayBuffer replay = new ReplayBuffer(REPLAY_CAPACITY);

	// a client joins between two events, never during one: otherwise an event published
	// between its replay and its joining reached it neither way (a test saw it lost)
	private final Object joining = new Object();

	private final StreamAdmission admission;

	private final SenderPool senders;

	private final ScheduledExecutorService timer = Executors
		.newSingleThreadScheduledExecutor(new CustomizableThreadFactory("stream-timer-"));

	@Autowired
	EventStreamHub(StreamProperties limits) {
		this(limits, SseEmitter::new);
	}

	/** {@code emitters} makes an emitter with the given timeout in milliseconds. */
	EventStreamHub(StreamProperties limits, LongFunction<SseEmitter> emitters) {
		this.limits = limits;
		this.emitters = emitters;
		this.admission = new StreamAdmission(limits.maxTotal(), limits.maxPerAddress());
		this.senders = new SenderPool(limits.maxSenders());
		long heartbeat = limits.heartbeat().toMillis();
		this.timer.scheduleAtFixedRate(() -> offerToAll("heartbeat"), heartbeat, heartbeat, TimeUnit.MILLISECONDS);
		// often enough to notice a stuck send soon after its timeout
		long sweep = Math.max(20, Math.min(1000, limits.sendTimeout().toMillis() / 4));
		this.timer.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
	}

	/**
	 * Connects a client from {@code address}, opened with API key {@code key} (null when
	 * it sent none); {@code lastEventId} is what it saw last, or null for a new client.
	 * @throws TooManyStreamsException when a cap is reached
	 */
	public SseEmitter subscribe(Long lastEventId, String address, UUID key) {
		if (!this.running) {
			throw new TooManyStreamsException("The service is shutting down; reconnect with Last-Event-ID.");
		}
		StreamAdmission.Slot slot = this.admission.admit(address);
		long lifetime = this.limits.lifetime().toNanos()
				+ ThreadLocalRandom.current().nextLong(this.limits.lifetimeJitter().toNanos() + 1);
		SseEmitter emitter = this.emitters
			.apply(TimeUnit.NANOSECONDS.toMillis(lifetime) + EMITTER_TIMEOUT_MARGIN.toMillis());
		Subscriber subscriber = new Subscriber(emitter, key, System.nanoTime() + lifetime, this.limits.maxQueued(),
				this.senders, this.senders::givenUpSendReturned);
		Runnable ended = () -> {
			subscriber.markClosed();
			remove(subscriber);
			slot.release();
		};
		emitter.onCompletion(ended);
		emitter.onTimeout(ended);
		emitter.onError((ex) -> ended.run());
		// retry: tells EventSource how long to wait before reconnecting after we close
		subscriber.offer(SseEmitter.event().reconnectTime(this.limits.retry().toMillis()).comment("connected"));
		synchronized (this.joining) {
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
		}
		return emitter;
	}

	// offers only queue: the sender pool writes to the clients, outside the lock
	public void publish(StreamEvent event) {
		synchronized (this.joining) {
			this.replay.add(event);
			offerToAll(event);
		}
	}

	/** Events were lost on the way here: every client must refetch. */
	public void publishRefetch() {
		synchronized (this.joining) {
			this.replay.forget();
			offerToAll(refetch());
		}
	}

	/** Streams still sent to (the metrics tests and the hub tests read it). */
	public int subscriberCount() {
		return this.subscribers.size();
	}

	/** Streams holding a connection, including those no longer sent to. */
	int openStreams() {
		return this.admission.open();
	}

	/** The API keys open streams were opened with. */
	Set<UUID> keysInUse() {
		return this.subscribers.stream().map(Subscriber::key).filter((key) -> key != null).collect(Collectors.toSet());
	}

	/** Ends the streams opened with any of {@code keys}. */
	void closeStreamsOf(Set<UUID> keys) {
		for (Subscriber subscriber : this.subscribers) {
			if (subscriber.key() != null && keys.contains(subscriber.key())) {
				subscriber.close();
				remove(subscriber);
			}
		}
	}

	/**
	 * Whether events are worth computing: someone is connected, or was recently and may
	 * come back asking for what it missed.
	 */
	public boolean hasAudience() {
		return !this.subscribers.isEmpty() || System.nanoTime() - this.lastDeparture < RECONNECT_GRACE.toNanos();
	}

	// no id: the client keeps the last id it really saw
	private static StreamEvent refetch() {
		return new StreamEvent(StreamEvent.NO_ID, "refetch", Map.of());
	}

	private void sweep() {
		long now = System.nanoTime();
		long sendDeadline = now - this.limits.sendTimeout().toNanos();
		for (Subscriber subscriber : this.subscribers) {
			if (subscriber.giveUpIfSendingSince(sendDeadline)) {
				this.senders.sendGivenUp();
				remove(subscriber);
			}
			else if (subscriber.outlived(now)) {
				subscriber.close();
				remove(subscriber);
			}
		}
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
		if (this.subscribers.remove(subscriber)) {
			this.lastDeparture = System.nanoTime();
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	/**
	 * Ends every stream when shutdown begins: stopping at the default phase comes before
	 * the web server's graceful shutdown, which would otherwise wait for open streams.
	 */
	@Override
	public void stop() {
		this.running = false;
		this.subscribers.forEach(Subscriber::close);
		this.subscribers.clear();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public void destroy() {
		this.timer.shutdownNow();
		this.subscribers.forEach(Subscriber::close);
		this.senders.shutdown();
	}

}
