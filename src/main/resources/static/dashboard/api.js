// Reads the API relative to the page, so the dashboard works behind a path prefix.

export class ApiError extends Error {
	constructor(status, detail) {
		super(detail || `HTTP ${status}`);
		this.status = status;
	}
}

/** Thrown when the server could not be reached at all (network down, server stopped). */
export class OfflineError extends Error {
}

export function url(path, params) {
	const target = new URL(path, document.baseURI);
	for (const [name, value] of Object.entries(params || {})) {
		if (value !== null && value !== undefined && value !== '') {
			target.searchParams.set(name, String(value));
		}
	}
	return target;
}

async function problemDetail(response) {
	try {
		const body = await response.json();
		return typeof body.detail === 'string' ? body.detail : null;
	} catch (ignored) {
		return null;
	}
}

/** GETs JSON; answers {status, etag, body}; body is null on 304. */
export async function get(path, params, headers) {
	let response;
	try {
		// no-store: we send If-None-Match ourselves and want to see the 304
		response = await fetch(url(path, params), {
			headers: { Accept: 'application/json', ...(headers || {}) },
			cache: 'no-store',
			credentials: 'same-origin',
		});
	} catch (error) {
		throw new OfflineError(error.message);
	}
	if (response.status === 304) {
		return { status: 304, etag: response.headers.get('ETag'), body: null };
	}
	if (!response.ok) {
		throw new ApiError(response.status, await problemDetail(response));
	}
	return { status: response.status, etag: response.headers.get('ETag'), body: await response.json() };
}

/** GETs JSON and answers only the body. */
export async function getJson(path, params) {
	return (await get(path, params)).body;
}

/** Whether an error means "this server has no such endpoint (yet)". */
export function isMissing(error) {
	return error instanceof ApiError && (error.status === 404 || error.status === 405);
}
