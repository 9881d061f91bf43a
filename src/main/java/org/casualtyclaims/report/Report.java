package org.casualtyclaims.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.casualtyclaims.persistence.AssignedIdEntity;

/**
 * The article, briefing or transcript a batch of claims came from. Never changed once
 * stored.
 */
@Entity
@Table(name = "reports")
public class Report extends AssignedIdEntity {

	@Id
	private UUID id;

	private String title;

	private String outlet;

	private String author;

	private LocalDate publishedOn;

	private String url;

	private String text;

	private Instant createdAt;

	private String createdBy;

	protected Report() {
	}

	static Report create(ReportRequest request, String by, Instant now) {
		Report report = new Report();
		report.id = UUID.randomUUID();
		report.title = request.title();
		report.outlet = request.outlet();
		report.author = request.author();
		report.publishedOn = request.publishedOn();
		report.url = request.url();
		report.text = request.text();
		report.createdAt = now;
		report.createdBy = by;
		return report;
	}

	@Override
	public UUID getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getOutlet() {
		return this.outlet;
	}

	public String getAuthor() {
		return this.author;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

	public String getText() {
		return this.text;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

}
