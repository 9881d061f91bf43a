// Builds DOM from data without ever parsing data as markup: text goes through
// textContent, attributes through setAttribute, so a quote like
// <img src=x onerror=alert(1)> stays a string.

const SVG_NS = 'http://www.w3.org/2000/svg';

function build(element, attributes, children) {
	for (const [name, value] of Object.entries(attributes || {})) {
		if (value === null || value === undefined || value === false) {
			continue;
		}
		if (name === 'text') {
			element.textContent = String(value);
		} else if (name === 'class') {
			element.setAttribute('class', Array.isArray(value) ? value.filter(Boolean).join(' ') : value);
		} else {
			element.setAttribute(name, String(value));
		}
	}
	for (const child of [].concat(children || [])) {
		if (child === null || child === undefined || child === false) {
			continue;
		}
		element.append(typeof child === 'string' ? document.createTextNode(child) : child);
	}
	return element;
}

/** An HTML element: el('td', {class: 'figure', text: '4,000'}). */
export function el(tag, attributes, children) {
	return build(document.createElement(tag), attributes, children);
}

/** An SVG element, same calling convention as el. */
export function svg(tag, attributes, children) {
	return build(document.createElementNS(SVG_NS, tag), attributes, children);
}

/** A link only when the URL is http(s); anything else is shown as text. */
export function safeLink(url, text) {
	try {
		const parsed = new URL(url);
		if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
			return el('a', { href: parsed.href, rel: 'noopener noreferrer', target: '_blank', text });
		}
	} catch (ignored) {
		// not a URL: fall through to plain text
	}
	return document.createTextNode(text);
}
