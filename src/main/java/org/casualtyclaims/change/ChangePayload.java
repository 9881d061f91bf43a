package org.casualtyclaims.change;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The NOTIFY payload: the change's id and the series as [subjectKey, category] pairs. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ChangePayload(Long id, List<List<String>> series) {
}
