// Markdown written by users, rendered safely: no raw HTML, no images, links get rel="nofollow ugc noopener"
// and open nowhere but http(s) and mailto. Rendered once when written, stored beside the source.
import MarkdownIt from 'markdown-it';

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true }).disable(['image', 'table', 'heading', 'lheading', 'hr']);

md.validateLink = (url: string) => /^(https?:|mailto:)/i.test(url.trim());

const defaultLinkOpen = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
	tokens[idx].attrSet('rel', 'nofollow ugc noopener');
	tokens[idx].attrSet('target', '_blank');
	return defaultLinkOpen(tokens, idx, options, env, self);
};

export function renderMarkdown(text: string): string {
	return md.render(text);
}

/** For a draft law's text: paragraphs and lists, no links turned on by accident. */
const lawMd = new MarkdownIt({ html: false, linkify: false, breaks: true }).disable(['image', 'table', 'heading', 'lheading', 'hr', 'link']);

/** A law's sections are read far more often than they change, so their HTML is kept (most recent 2,000 texts). */
const lawCache = new Map<string, string>();

export function renderLawText(text: string): string {
	let html = lawCache.get(text);
	if (html === undefined) {
		html = lawMd.render(text);
		if (lawCache.size >= 2000) lawCache.delete(lawCache.keys().next().value as string);
		lawCache.set(text, html);
	}
	return html;
}
