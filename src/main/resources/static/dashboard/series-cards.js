// One card per series: the latest delta as a headline, the figures as a chart.

import { el } from './dom.js';
import { chart } from './chart.js';
import { caveat, changeRange, count, figure, headlineParts, seriesKey } from './format.js';

export class SeriesCard {
	constructor(series) {
		this.key = seriesKey(series.subject, series.category);
		this.subject = series.subject;
		this.category = series.category;
		this.headline = el('p', { class: 'headline' });
		this.detail = el('p', { class: 'delta-detail' });
		this.caveats = el('ul', { class: 'caveats', 'aria-label': 'Caveats' });
		this.chartBox = el('div', { class: 'chart-box' });
		this.foot = el('p', { class: 'card-foot' });
		this.element = el('article', { class: 'card', 'data-series': this.key }, [
			el('header', { class: 'card-head' }, [
				el('h3', { class: 'card-subject', text: series.subject }),
				el('span', { class: 'tag tag-category', text: series.category }),
			]),
			this.headline,
			this.detail,
			this.caveats,
			this.chartBox,
			this.foot,
		]);
		this.claims = [];
		this.update(series);
	}

	/** Takes what the server says about the series: from /series or from a stream event. */
	update(series) {
		this.claimCount = series.claimCount;
		this.firstStatedOn = series.firstStatedOn || this.firstStatedOn;
		this.latestDelta = series.latestDelta || null;
		this.renderHeadline();
		this.renderFoot();
	}

	/** Takes the series' claims in series order. */
	showClaims(claims) {
		this.claims = claims;
		if (claims.length > 0) {
			this.firstStatedOn = claims[0].statedOn;
		}
		const caption = `${this.subject}, ${this.category}: ${claims.length} claims over time`;
		this.chartBox.replaceChildren(chart(claims, caption));
		this.renderHeadline();
		this.renderFoot();
	}

	renderHeadline() {
		const delta = this.latestDelta;
		if (!delta) {
			const last = this.claims[this.claims.length - 1];
			this.headline.textContent = last ? figure(last) : '';
			this.headline.className = 'headline headline-single';
			this.detail.textContent = last ? `One claim so far: ${last.speaker}, ${last.statedOn}` : '';
			this.caveats.replaceChildren();
			return;
		}
		this.headline.className = `headline direction-${delta.direction}`;
		const parts = headlineParts(delta);
		this.headline.replaceChildren(...parts.flatMap((part, i) => [
			i > 0 ? ', ' : null, el('span', { class: 'nowrap', text: part })].filter(Boolean)));
		const uncertainty = changeRange(delta);
		const who = delta.sameSpeaker ? delta.to.speaker : `${delta.from.speaker} \u2192 ${delta.to.speaker}`;
		this.detail.textContent = `${count(delta.from.figure)} (${delta.from.statedOn}) \u2192 `
				+ `${count(delta.to.figure)} (${delta.to.statedOn}) \u00b7 ${who}`
				+ (uncertainty ? ` \u00b7 ${uncertainty}` : '');
		this.caveats.replaceChildren(...(delta.caveats || []).map(
				(code) => el('li', { class: `tag tag-caveat caveat-${code}`, text: caveat(code) })));
	}

	renderFoot() {
		const n = this.claimCount ?? this.claims.length;
		const since = this.firstStatedOn ? ` \u00b7 since ${this.firstStatedOn}` : '';
		this.foot.textContent = `${count(n)} ${n === 1 ? 'claim' : 'claims'}${since}`;
	}
}
