// Numbers and deltas as people read them: "+200 in 4 days, 50/day, +5.26 %".

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function count(n) {
	return integer.format(n);
}

export function signed(n, format = integer) {
	if (n > 0) {
		return '+' + format.format(n);
	}
	// a real minus sign reads better than a hyphen next to digits
	return n < 0 ? '\u2212' + format.format(-n) : format.format(0);
}

export function days(n) {
	if (n === 0) {
		return 'on the same day';
	}
	return `in ${count(n)} ${n === 1 ? 'day' : 'days'}`;
}

/** The headline of a delta: "+200 in 4 days, 50/day, +5.26 %". */
export function headline(delta) {
	return headlineParts(delta).join(', ');
}

/** The headline's parts, each of which should stay on one line. */
export function headlineParts(delta) {
	const parts = [`${signed(delta.change)} ${days(delta.days)}`];
	if (delta.perDay !== null && delta.perDay !== undefined) {
		// the rate carries no plus sign: the change before it already says which way
		const rate = delta.perDay < 0 ? '\u2212' + decimal.format(-delta.perDay) : decimal.format(delta.perDay);
		parts.push(`${rate}/day`);
	}
	if (delta.percentChange !== null && delta.percentChange !== undefined) {
		parts.push(`${signed(delta.percentChange, decimal)}\u00a0%`);
	}
	return parts;
}

/** The uncertainty of a change, or null when it is exact: "range +100 … +300". */
export function changeRange(delta) {
	const low = delta.changeLow;
	const high = delta.changeHigh;
	if (low === high && low !== null && low !== undefined) {
		return null;
	}
	if ((low === null || low === undefined) && (high === null || high === undefined)) {
		return 'range unbounded';
	}
	if (low === null || low === undefined) {
		return `at most ${signed(high)}`;
	}
	if (high === null || high === undefined) {
		return `at least ${signed(low)}`;
	}
	return `range ${signed(low)} \u2026 ${signed(high)}`;
}

const CAVEATS = {
	different_speakers: 'different speakers',
	qualifier_mismatch: 'qualifiers differ',
	bound: 'open-ended figure',
	same_day: 'same day',
	supersedes: 'revision of the earlier claim',
};

export function caveat(code) {
	return CAVEATS[code] || String(code).replaceAll('_', ' ');
}

const QUALIFIER_PREFIX = { approximately: '~', at_least: '\u2265 ', at_most: '\u2264 ' };

/** A claim's figure with its qualifier and range: "≥ 4,000", "~12,000 (10,000–14,000)". */
export function figure(claim) {
	let text = (QUALIFIER_PREFIX[claim.qualifier] || '') + count(claim.figure);
	if (claim.figureLow !== null && claim.figureLow !== undefined
			&& claim.figureHigh !== null && claim.figureHigh !== undefined) {
		text += ` (${count(claim.figureLow)}\u2013${count(claim.figureHigh)})`;
	}
	return text;
}

/** Subjects compare as the server compares them: trimmed, whitespace collapsed, any case. */
export function subjectKey(subject) {
	return String(subject || '').trim().replace(/\s+/g, ' ').toLowerCase();
}

export function seriesKey(subject, category) {
	return subjectKey(subject) + '\u0000' + category;
}
