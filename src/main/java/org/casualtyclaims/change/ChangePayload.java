package org.casualtyclaims.change;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One notification: the highest change id it covers, the change ids it covers as [from,
 * to] ranges (so listeners can tell an unannounced change from an announced one), and
 * either the series as [subjectKey, category] pairs or {@code all}: too many to name,
 * everything must be reloaded.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangePayload(Long id, List<List<Long>> ids, List<List<String>> series, Boolean all) {

	boolean everything() {
		return Boolean.TRUE.equals(this.all);
	}

}
