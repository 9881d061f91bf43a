package org.casualtyclaims.web;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the errors Tomcat answers by itself, before any filter or servlet runs (an
 * encoded slash or a dot segment in the path, a malformed request line), as problem JSON
 * instead of Tomcat's HTML page. It does what {@link ErrorReportValve} does, with another
 * body.
 */
class ProblemErrorReportValve extends ErrorReportValve {

	private final JsonMapper json;

	ProblemErrorReportValve(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int code = response.getStatus();
		// as the base class: only an error nothing has answered yet, on a connection
		// still open
		if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		AtomicBoolean ioAllowed = new AtomicBoolean(true);
		response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
		if (!ioAllowed.get()) {
			return;
		}
		HttpStatus status = HttpStatus.resolve(code);
		try {
			response.resetBuffer();
			response.setSuspended(false);
			Problems.write(response,
					ProblemErrorController.forStatus((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR),
					this.json);
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// the client is gone or the response is committed: nothing more to send
		}
	}

}
