// The table of the most recently recorded claims.

import { el, safeLink } from './dom.js';
import { figure } from './format.js';

function row(claim) {
	const source = claim.sourceUrl ? safeLink(claim.sourceUrl, claim.source) : claim.source;
	return el('tr', { 'data-id': claim.id }, [
		el('td', { class: 'date', text: claim.statedOn }),
		el('td', { class: 'subject' }, [
			el('span', { class: 'subject-text', text: claim.subject }),
			' ',
			el('span', { class: 'tag tag-category', text: claim.category }),
		]),
		el('td', { class: 'figure', text: figure(claim) }),
		el('td', { class: 'speaker', text: claim.speaker }),
		el('td', { class: 'source' }, [source]),
		el('td', { class: 'quote', title: claim.quote || null }, [
			claim.quote ? el('q', { text: claim.quote }) : el('span', { class: 'muted', text: '\u2014' }),
		]),
	]);
}

/** Replaces the table body with these claims. */
export function renderClaims(body, empty, claims) {
	body.replaceChildren(...claims.map(row));
	empty.hidden = claims.length > 0;
}
