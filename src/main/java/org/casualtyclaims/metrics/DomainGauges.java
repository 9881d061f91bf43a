package org.casualtyclaims.metrics;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToLongFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.stereotype.Component;

/**
 * Claims, series and claims of the last day as gauges. A scrape reads the figures last
 * fetched, never the database: they are refreshed by one query every
 * {@code claims.metrics.domain-refresh}, so a scrape costs nothing at a million claims.
 * Every instance reports the same figures; dashboards take the maximum across instances.
 * {@code claims.domain.refreshed} tells when they were last read, so stale figures (the
 * database away) show. Until the first read the gauges are NaN.
 */
@Component
@EnableScheduling
public class DomainGauges implements MeterBinder {

	private static final Log log = LogFactory.getLog(DomainGauges.class);

	private final JdbcClient jdbc;

	private final TaskScheduler scheduler;

	private final MetricsProperties properties;

	private final AtomicReference<DomainFigures> figures = new AtomicReference<>();

	private volatile double refreshedAt = Double.NaN;

	DomainGauges(JdbcClient jdbc, TaskScheduler scheduler, MetricsProperties properties) {
		this.jdbc = jdbc;
		this.scheduler = scheduler;
		this.properties = properties;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		gauge(registry, "claims.stored", "Claims stored, by status", DomainFigures::activeClaims, "status", "active");
		gauge(registry, "claims.stored", "Claims stored, by status", DomainFigures::retractedClaims, "status",
				"retracted");
		gauge(registry, "claims.series", "Series with at least one active claim", DomainFigures::series);
		gauge(registry, "claims.series.with.delta", "Series with at least two active claims",
				DomainFigures::seriesWithDelta);
		gauge(registry, "claims.created.last.day", "Claims recorded in the last 24 hours",
				DomainFigures::claimsLastDay);
		Gauge.builder("claims.domain.refreshed", this, (gauges) -> gauges.refreshedAt)
			.description("When the domain gauges were last read from the database (Unix time)")
			.baseUnit("seconds")
			.register(registry);
	}

	private void gauge(MeterRegistry registry, String name, String description, ToLongFunction<DomainFigures> figure,
			String... tags) {
		Gauge.builder(name, this.figures, (current) -> {
			DomainFigures read = current.get();
			return (read != null) ? figure.applyAsLong(read) : Double.NaN;
		}).description(description).tags(tags).register(registry);
	}

	@EventListener(ApplicationReadyEvent.class)
	void startRefreshing() {
		this.scheduler.scheduleWithFixedDelay(this::refresh, this.properties.domainRefresh());
	}

	/** Reads the figures now; a failure keeps the last ones (their age shows it). */
	public void refresh() {
		try {
			this.figures.set(DomainFigures.read(this.jdbc));
			this.refreshedAt = System.currentTimeMillis() / 1000.0;
		}
		catch (DataAccessException ex) {
			// the cause only: the statement is known, and long
			log.warn("Could not read the domain gauges; keeping the last figures: "
					+ ex.getMostSpecificCause().getMessage());
		}
	}

}
