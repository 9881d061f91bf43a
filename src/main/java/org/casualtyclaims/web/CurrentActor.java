package org.casualtyclaims.web;

import org.springframework.stereotype.Component;

/** Who is making the current request, as recorded in createdBy and changedBy. */
@Component
public class CurrentActor {

	public static final String ANONYMOUS = "anonymous";

	public String name() {
		return ANONYMOUS;
	}

}
