// The live dashboard: every series as a headline and a chart, the newest claims as a
// table, kept current by the push stream (or polling when there is none).

import { RATIOS, renderAnalysis } from './dashboard/analysis.js';
import { ApiError, getJson, isMissing, OfflineError } from './dashboard/api.js';
import { renderClaims } from './dashboard/claims-table.js';
import { seriesKey, subjectKey } from './dashboard/format.js';
import { LiveUpdates } from './dashboard/live.js';
import { SeriesCard } from './dashboard/series-cards.js';

const POINTS_PER_SERIES = 500;
const RECENT_CLAIMS = 20;
const PARALLEL_POINT_LOADS = 4;

const $ = (id) => document.getElementById(id);

const view = {
	status: $('connection'),
	statusLabel: $('connection-label'),
	notice: $('notice'),
	grid: $('series'),
	seriesEmpty: $('series-empty'),
	claimsBody: $('claims-body'),
	claimsEmpty: $('claims-empty'),
	subject: $('filter-subject'),
	category: $('filter-category'),
	subjects: $('subjects'),
	form: $('filters'),
	analysis: { section: $('analysis'), ratios: $('ratios'), conflicts: $('conflicts') },
};

const cards = new Map();
let generation = 0;
let loading = null;
let reloadAgain = false;
const pendingPoints = new Map();
let claimsTimer = null;

function filters() {
	return { subject: view.subject.value.trim(), category: view.category.value };
}

function matches(subject, category) {
	const f = filters();
	return (!f.subject || subjectKey(f.subject) === subjectKey(subject)) && (!f.category || f.category === category);
}

function showNotice(message) {
	view.notice.textContent = message || '';
	view.notice.hidden = !message;
}

function explain(error) {
	if (error instanceof OfflineError) {
		return 'The service cannot be reached; the figures shown may be out of date.';
	}
	if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
		return 'This service does not allow public reads, so the dashboard cannot show its data.';
	}
	return `The service answered with an error: ${error.message}`;
}

// ---- series ----

async function loadSeries(current) {
	let page;
	try {
		page = await getJson('api/v1/series', { ...filters(), size: 100 });
	} catch (error) {
		if (isMissing(error)) {
			showSeries(current, [], 'This server does not offer series yet; recent claims are below.');
			return;
		}
		throw error;
	}
	showSeries(current, page.content || [], null);
}

function showSeries(current, list, missingMessage) {
	if (current !== generation) {
		return;
	}
	cards.clear();
	const elements = list.map((series) => {
		const card = new SeriesCard(series);
		cards.set(card.key, card);
		return card.element;
	});
	view.grid.replaceChildren(...elements);
	const f = filters();
	view.seriesEmpty.textContent = missingMessage
			|| (f.subject || f.category ? 'No series matches these filters.' : 'No series yet.');
	view.seriesEmpty.hidden = list.length > 0;
	loadAllPoints(current, [...cards.values()]);
}

async function loadAllPoints(current, list) {
	const queue = [...list];
	const worker = async () => {
		while (queue.length > 0 && current === generation) {
			await loadPoints(queue.shift());
		}
	};
	await Promise.all(Array.from({ length: PARALLEL_POINT_LOADS }, worker));
}

async function loadPoints(card) {
	const current = generation;
	try {
		const page = await getJson('api/v1/claims', {
			subject: card.subject, category: card.category, sort: 'statedOn,asc', size: POINTS_PER_SERIES,
		});
		if (current === generation && cards.get(card.key) === card) {
			card.showClaims(page.content || []);
		}
	} catch (error) {
		showNotice(explain(error));
	}
}

function schedulePoints(card) {
	clearTimeout(pendingPoints.get(card.key));
	// a report of many claims sends a burst of events: load each series once for the burst
	pendingPoints.set(card.key, setTimeout(() => {
		pendingPoints.delete(card.key);
		loadPoints(card);
	}, 150));
}

// ---- recent claims ----

async function loadClaims() {
	const current = generation;
	const page = await getJson('api/v1/claims', { ...filters(), sort: 'createdAt,desc', size: RECENT_CLAIMS });
	if (current === generation) {
		renderClaims(view.claimsBody, view.claimsEmpty, page.content || []);
	}
}

function scheduleClaims() {
	clearTimeout(claimsTimer);
	claimsTimer = setTimeout(() => loadClaims().catch((error) => showNotice(explain(error))), 150);
}

// ---- analysis: ratios and conflicts of the subject being viewed ----

const CONFLICTS_SHOWN = 10;
let analysisTimer = null;

// a ratio the subject lacks (404), or a server without analysis, shows nothing
async function ratioOrNull(subject, pair) {
	try {
		return await getJson('api/v1/ratios', { subject, ...pair });
	} catch (error) {
		if (isMissing(error)) {
			return null;
		}
		throw error;
	}
}

async function loadAnalysis() {
	const current = generation;
	const { subject, category } = filters();
	if (!subject) {
		renderAnalysis(view.analysis, [], []);
		return;
	}
	const ratios = (await Promise.all(RATIOS.map((pair) => ratioOrNull(subject, pair)))).filter(Boolean);
	let conflicts = [];
	try {
		conflicts = (await getJson('api/v1/conflicts', { subject, category, size: CONFLICTS_SHOWN })).content || [];
	} catch (error) {
		if (!isMissing(error)) {
			throw error;
		}
	}
	if (current === generation) {
		renderAnalysis(view.analysis, ratios, conflicts);
	}
}

function scheduleAnalysis() {
	clearTimeout(analysisTimer);
	analysisTimer = setTimeout(() => loadAnalysis().catch((error) => showNotice(explain(error))), 150);
}

// ---- subjects ----

async function loadSubjects() {
	let answer;
	try {
		answer = await getJson('api/v1/subjects');
	} catch (error) {
		if (isMissing(error)) {
			return;
		}
		throw error;
	}
	const list = Array.isArray(answer) ? answer : (answer && answer.content) || [];
	const names = list.map((item) => (typeof item === 'string' ? item : item && item.subject)).filter(Boolean);
	view.subjects.replaceChildren(...names.map((name) => {
		const option = document.createElement('option');
		option.value = name;
		return option;
	}));
}

// ---- everything ----

/** Reloads everything; calls during a load are folded into one more load after it. */
function reloadAll() {
	if (loading) {
		reloadAgain = true;
		return loading;
	}
	generation += 1;
	const current = generation;
	loading = Promise.all([loadSeries(current), loadClaims(), loadSubjects(), loadAnalysis()])
		.then(() => showNotice(null))
		.catch((error) => showNotice(explain(error)))
		.finally(() => {
			loading = null;
			document.body.dataset.state = 'ready';
			if (reloadAgain) {
				reloadAgain = false;
				reloadAll();
			}
		});
	return loading;
}

function onSeries(event) {
	if (!matches(event.subject, event.category)) {
		return;
	}
	if (loading) {
		// the load in flight may have read the series before this change: read them again after it
		reloadAgain = true;
		return;
	}
	const key = seriesKey(event.subject, event.category);
	let card = cards.get(key);
	if (event.claimCount === 0) {
		if (card) {
			card.element.remove();
			cards.delete(key);
		}
	} else if (card) {
		card.update(event);
		schedulePoints(card);
	} else {
		card = new SeriesCard(event);
		cards.set(key, card);
		view.grid.prepend(card.element);
		view.seriesEmpty.hidden = true;
		schedulePoints(card);
	}
	scheduleClaims();
	scheduleAnalysis();
}

const STATUS_TEXT = { live: 'live', polling: 'polling', offline: 'offline', connecting: 'connecting' };

function onStatus(status, detail) {
	view.status.className = `connection connection-${status}`;
	view.statusLabel.textContent = STATUS_TEXT[status] || status;
	view.status.title = detail || '';
	document.body.dataset.connection = status;
}

// ---- filters: kept in the address, so a filtered view can be shared ----

function readAddress() {
	const params = new URLSearchParams(location.search);
	view.subject.value = params.get('subject') || '';
	const category = params.get('category') || '';
	view.category.value = [...view.category.options].some((o) => o.value === category) ? category : '';
}

function writeAddress() {
	const params = new URLSearchParams(location.search);
	const f = filters();
	for (const name of ['subject', 'category']) {
		if (f[name]) {
			params.set(name, f[name]);
		} else {
			params.delete(name);
		}
	}
	const query = params.toString();
	history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

function applyFilters() {
	writeAddress();
	reloadAll();
}

let typing = null;
view.subject.addEventListener('input', () => {
	clearTimeout(typing);
	typing = setTimeout(applyFilters, 300);
});
view.category.addEventListener('change', applyFilters);
view.form.addEventListener('submit', (event) => {
	event.preventDefault();
	applyFilters();
});
// reset clears the fields after this event: apply on the next turn
view.form.addEventListener('reset', () => setTimeout(applyFilters, 0));

function pollInterval() {
	const fromAddress = Number.parseInt(new URLSearchParams(location.search).get('poll'), 10);
	const fromPage = Number.parseInt(document.body.dataset.pollMs, 10);
	const chosen = Number.isFinite(fromAddress) ? fromAddress : fromPage;
	// never hammer the service, whatever the address says
	return Number.isFinite(chosen) ? Math.max(200, chosen) : 5000;
}

readAddress();
const live = new LiveUpdates({ onSeries, onRefetch: reloadAll, onStatus }, pollInterval());
live.start();
// the stream's first "open" or the first poll loads the data; if neither answers soon, load anyway
setTimeout(() => {
	if (document.body.dataset.state === 'loading' && !loading) {
		reloadAll();
	}
}, 1500);
