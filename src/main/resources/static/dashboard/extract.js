// Paste a text, get candidate claims from POST /api/v1/extractions, review them (edit or
// drop), then post the report with the kept claims. The API key lives only in the
// password field and this module's requests: nothing is written to storage or cookies.
// Every value reaches the page as text (textContent), never as markup.
import { el } from './dom.js';

const CATEGORIES = ['casualties', 'killed', 'wounded', 'captured', 'missing', 'deployed'];
const QUALIFIERS = ['exact', 'approximately', 'at_least', 'at_most'];

let reviewed = null; // {text, candidates: [{claim, dropped, ...}]}

function byId(id) {
	return document.getElementById(id);
}

function status(message, isError) {
	byId('status').textContent = message;
	byId('status').classList.toggle('error', Boolean(isError));
}

async function send(path, body) {
	const response = await fetch(path, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + byId('api-key').value },
		body: JSON.stringify(body),
	});
	const json = await response.json().catch(() => ({}));
	return { ok: response.ok, status: response.status, json };
}

function problem(result) {
	const fields = (result.json.errors || []).map((e) => e.field + ' ' + e.message).join('; ');
	return (result.json.detail || 'Request failed') + ' (' + result.status + ')' + (fields ? ': ' + fields : '');
}

async function suggest(event) {
	event.preventDefault();
	status('Reading the text…');
	const text = byId('text').value;
	const result = await send('/api/v1/extractions', {
		text, publishedOn: byId('published-on').value, outlet: byId('outlet').value || null,
	});
	if (!result.ok) {
		status(problem(result), true);
		return;
	}
	reviewed = { text, candidates: result.json.candidates.map((c) => ({ ...c, dropped: false })) };
	render();
	status(reviewed.candidates.length + ' candidate claims found. Review them, then post.');
	document.body.dataset.state = 'review';
}

function render() {
	renderText();
	const list = byId('candidates');
	list.replaceChildren(...reviewed.candidates.map(renderCandidate));
	byId('post').disabled = !reviewed.candidates.some((c) => !c.dropped);
}

// the text with each candidate's figure marked, built from text nodes only
function renderText() {
	const nodes = [];
	let at = 0;
	const marks = reviewed.candidates
		.map((c, index) => ({ span: c.figureSpan, index, dropped: c.dropped }))
		.sort((a, b) => a.span.start - b.span.start);
	for (const mark of marks) {
		if (mark.span.start < at) {
			continue;
		}
		nodes.push(document.createTextNode(reviewed.text.slice(at, mark.span.start)));
		nodes.push(el('mark', {
			'data-index': mark.index, class: mark.dropped ? 'dropped' : null,
			text: reviewed.text.slice(mark.span.start, mark.span.end),
		}));
		at = mark.span.end;
	}
	nodes.push(document.createTextNode(reviewed.text.slice(at)));
	byId('highlighted').replaceChildren(...nodes);
}

function input(candidate, name, type, attributes) {
	const value = candidate.claim[name] ?? '';
	const field = el('input', { name, type: type || 'text', value, ...attributes });
	field.addEventListener('input', () => {
		candidate.claim[name] = type === 'number' ? (field.value === '' ? null : Number(field.value)) : field.value;
	});
	return el('label', { text: name }, [field]);
}

function select(candidate, name, options, fallback) {
	const field = el('select', { name }, options.map((o) => el('option', { value: o, text: o })));
	field.value = candidate.claim[name] || fallback;
	field.addEventListener('change', () => {
		candidate.claim[name] = field.value;
	});
	return el('label', { text: name }, [field]);
}

function renderCandidate(candidate, index) {
	const drop = el('button', { type: 'button', class: 'drop', text: candidate.dropped ? 'Keep' : 'Drop' });
	drop.addEventListener('click', () => {
		candidate.dropped = !candidate.dropped;
		render();
	});
	return el('li', { 'data-index': index, class: candidate.dropped ? 'dropped' : null }, [
		el('div', { class: 'fields' }, [
			input(candidate, 'figure', 'number', { min: 0 }),
			select(candidate, 'category', CATEGORIES, 'casualties'),
			select(candidate, 'qualifier', QUALIFIERS, 'exact'),
			input(candidate, 'subject', 'text', { maxlength: 200 }),
			input(candidate, 'speaker', 'text', { maxlength: 200 }),
			input(candidate, 'source', 'text', { maxlength: 200 }),
			input(candidate, 'statedOn', 'date'),
		]),
		el('p', { class: 'confidence', text: 'confidence ' + candidate.confidence + ' — “' + candidate.claim.quote + '”' }),
		drop,
	]);
}

async function post() {
	const claims = reviewed.candidates.filter((c) => !c.dropped).map((c) => c.claim);
	status('Posting ' + claims.length + ' claims…');
	const result = await send('/api/v1/reports', {
		title: byId('title').value, outlet: byId('outlet').value, publishedOn: byId('published-on').value,
		text: reviewed.text, claims,
	});
	if (!result.ok) {
		status(problem(result), true);
		return;
	}
	status('Posted report ' + result.json.id + ' with ' + result.json.claims.length + ' claims.');
	document.body.dataset.state = 'posted';
	document.body.dataset.reportId = result.json.id;
}

byId('source').addEventListener('submit', suggest);
byId('post').addEventListener('click', post);
document.body.dataset.state = 'ready';
