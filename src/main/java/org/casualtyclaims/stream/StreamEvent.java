package org.casualtyclaims.stream;

/** One server-sent event: its id, its name and the object sent as JSON data. */
public record StreamEvent(long id, String name, Object data) {

	/** For events that must not move the client's Last-Event-ID. */
	public static final long NO_ID = -1;

}
