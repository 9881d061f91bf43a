// A series' figures over time as plain SVG: a line through the figures, the stated
// ranges as a shaded band with error bars, open-ended figures as arrows.

import { svg } from './dom.js';
import { count, figure } from './format.js';

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { top: 12, right: 14, bottom: 22, left: 46 };
const DAY_MS = 86400000;

function dayNumber(isoDate) {
	return Date.parse(isoDate + 'T00:00:00Z') / DAY_MS;
}

// Where a claim's figure could lie; null ends are open (at_least has no top).
function range(claim) {
	let low = claim.figureLow ?? claim.figure;
	let high = claim.figureHigh ?? claim.figure;
	if (claim.qualifier === 'at_least') {
		high = null;
	}
	if (claim.qualifier === 'at_most') {
		low = 0;
	}
	return { low, high };
}

function niceCeiling(value) {
	if (value <= 0) {
		return 10;
	}
	const magnitude = 10 ** Math.floor(Math.log10(value));
	for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
		if (step * magnitude >= value) {
			return step * magnitude;
		}
	}
	return 10 * magnitude;
}

function scales(claims) {
	const days = claims.map((c) => dayNumber(c.statedOn));
	let first = Math.min(...days);
	let last = Math.max(...days);
	if (first === last) {
		first -= 1;
		last += 1;
	}
	const tops = claims.map((c) => Math.max(c.figure, c.figureHigh ?? 0));
	const top = niceCeiling(Math.max(...tops) * 1.1);
	const plotWidth = WIDTH - PAD.left - PAD.right;
	const plotHeight = HEIGHT - PAD.top - PAD.bottom;
	return {
		x: (claim) => PAD.left + ((dayNumber(claim.statedOn) - first) / (last - first)) * plotWidth,
		y: (value) => PAD.top + plotHeight - (value / top) * plotHeight,
		top,
		bottom: PAD.top + plotHeight,
	};
}

function marker(claim, x, y) {
	const qualifier = claim.qualifier || 'exact';
	const cls = `pt pt-${qualifier}`;
	if (qualifier === 'at_least') {
		return svg('path', { d: `M${x} ${y - 6} L${x + 5.5} ${y + 4} L${x - 5.5} ${y + 4} Z`, class: cls });
	}
	if (qualifier === 'at_most') {
		return svg('path', { d: `M${x - 5.5} ${y - 4} L${x + 5.5} ${y - 4} L${x} ${y + 6} Z`, class: cls });
	}
	return svg('circle', { cx: x, cy: y, r: qualifier === 'approximately' ? 3.5 : 4, class: cls });
}

function axes(scale, claims) {
	const group = svg('g', { class: 'axes' });
	const left = PAD.left;
	const right = WIDTH - PAD.right;
	for (const value of [0, scale.top / 2, scale.top]) {
		const y = scale.y(value);
		group.append(svg('line', { x1: left, x2: right, y1: y, y2: y, class: value === 0 ? 'axis' : 'grid' }));
		group.append(svg('text', { x: left - 6, y: y + 3.5, class: 'tick tick-y', text: count(value) }));
	}
	const firstClaim = claims[0];
	const lastClaim = claims[claims.length - 1];
	if (lastClaim.statedOn === firstClaim.statedOn) {
		// one date: label it under its points, which sit in the middle
		group.append(svg('text', { x: scale.x(firstClaim), y: HEIGHT - 6, class: 'tick tick-mid', text: firstClaim.statedOn }));
	} else {
		group.append(svg('text', { x: left, y: HEIGHT - 6, class: 'tick tick-start', text: firstClaim.statedOn }));
		group.append(svg('text', { x: right, y: HEIGHT - 6, class: 'tick tick-end', text: lastClaim.statedOn }));
	}
	return group;
}

/** The band between the lows and highs, open ends drawn to the top of the chart. */
function band(scale, claims) {
	if (!claims.some((c) => c.figureLow != null || c.figureHigh != null || c.qualifier === 'at_least'
			|| c.qualifier === 'at_most')) {
		return null;
	}
	const highs = claims.map((c) => {
		const r = range(c);
		return `${scale.x(c)},${scale.y(r.high === null ? scale.top : r.high)}`;
	});
	const lows = claims.map((c) => `${scale.x(c)},${scale.y(range(c).low)}`).reverse();
	return svg('polygon', { points: highs.concat(lows).join(' '), class: 'band' });
}

function errorBar(scale, claim) {
	const r = range(claim);
	const x = scale.x(claim);
	const open = r.high === null || claim.qualifier === 'at_most';
	if (!open && r.low === r.high) {
		return null;
	}
	const yLow = scale.y(r.low);
	const yHigh = scale.y(r.high === null ? scale.top : r.high);
	const group = svg('g', { class: open ? 'bar bar-open' : 'bar' });
	group.append(svg('line', { x1: x, x2: x, y1: yLow, y2: yHigh }));
	if (r.high !== null) {
		group.append(svg('line', { x1: x - 4, x2: x + 4, y1: yHigh, y2: yHigh }));
	}
	if (claim.qualifier !== 'at_most') {
		group.append(svg('line', { x1: x - 4, x2: x + 4, y1: yLow, y2: yLow }));
	}
	return group;
}

/** An SVG chart of claims already in series order (statedOn ascending). */
export function chart(claims, caption) {
	const root = svg('svg', {
		viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
		class: 'chart',
		role: 'img',
		'aria-label': caption,
		preserveAspectRatio: 'xMidYMid meet',
	});
	if (claims.length === 0) {
		root.append(svg('text', { x: WIDTH / 2, y: HEIGHT / 2, class: 'chart-empty', text: 'no active claims' }));
		return root;
	}
	const scale = scales(claims);
	root.append(axes(scale, claims));
	const shaded = band(scale, claims);
	if (shaded) {
		root.append(shaded);
	}
	for (const claim of claims) {
		const bar = errorBar(scale, claim);
		if (bar) {
			root.append(bar);
		}
	}
	if (claims.length > 1) {
		const points = claims.map((c) => `${scale.x(c)},${scale.y(c.figure)}`).join(' ');
		root.append(svg('polyline', { points, class: 'line' }));
	}
	for (const claim of claims) {
		const point = marker(claim, scale.x(claim), scale.y(claim.figure));
		point.append(svg('title', { text: `${claim.statedOn}: ${figure(claim)} \u2014 ${claim.speaker}, ${claim.source}` }));
		root.append(point);
	}
	return root;
}
