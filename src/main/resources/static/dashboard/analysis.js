// Conflicts and ratios of the subject being viewed: shown only where they exist, so a
// subject without a deployed figure or without contradicting speakers adds nothing.

import { el } from './dom.js';
import { count, figure } from './format.js';

// the ratios worth a glance: what share of the force deployed each count is
export const RATIOS = [
	{ numerator: 'casualties', denominator: 'deployed' },
	{ numerator: 'killed', denominator: 'deployed' },
];

function percent(value) {
	return value === null || value === undefined ? '\u2014' : `${value} %`;
}

function ratioItem(ratio) {
	const range = ratio.percentLow === ratio.percentHigh ? null
		: `range ${percent(ratio.percentLow)} \u2026 ${percent(ratio.percentHigh)}`;
	return el('li', { class: 'ratio', 'data-numerator': ratio.numeratorCategory }, [
		el('span', { class: 'ratio-value', text: percent(ratio.percent) }),
		' ',
		el('span', {
			class: 'ratio-text',
			text: `${ratio.numeratorCategory} (${figure(ratio.numerator)}, ${ratio.numerator.speaker}) of `
				+ `${ratio.denominatorCategory} (${figure(ratio.denominator)}, ${ratio.denominator.speaker})`,
		}),
		range ? el('span', { class: 'muted', text: ` \u00b7 ${range}` }) : null,
	]);
}

function side(claim) {
	return `${figure(claim)} (${claim.speaker}, ${claim.statedOn})`;
}

function conflictItem(conflict) {
	const difference = conflict.differencePercent === null ? count(conflict.difference)
		: `${conflict.differencePercent} %`;
	return el('li', { class: 'conflict', 'data-earlier': conflict.earlier.id, 'data-later': conflict.later.id }, [
		el('span', { class: 'tag tag-category', text: conflict.category }),
		' ',
		el('span', { text: `${side(conflict.earlier)} vs ${side(conflict.later)}` }),
		' ',
		el('span', { class: 'tag tag-caveat', text: `differ by ${difference}` }),
	]);
}

/** Shows the ratios and conflicts found; hides the section when there are none. */
export function renderAnalysis(view, ratios, conflicts) {
	view.ratios.replaceChildren(...ratios.map(ratioItem));
	view.conflicts.replaceChildren(...conflicts.map(conflictItem));
	view.ratios.hidden = ratios.length === 0;
	view.conflicts.hidden = conflicts.length === 0;
	view.section.hidden = ratios.length === 0 && conflicts.length === 0;
}
