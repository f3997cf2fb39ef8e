// Markdown written by users, rendered safely: no raw HTML, no images, links get rel="nofollow ugc noopener"
// and open nowhere but http(s) and mailto. Rendered once when written, stored beside the source.
import MarkdownIt from 'markdown-it';
import { LRUCache } from 'lru-cache';

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

/** Keeps the most recent `size` renderings: a consultation's texts are read far more often than they change. */
function memoized(render: (text: string) => string, size = 2000): (text: string) => string {
	const cache = new LRUCache<string, string>({ max: size });
	return (text) => {
		let html = cache.get(text);
		if (html === undefined) cache.set(text, (html = render(text)));
		return html;
	};
}

/** A consultation's summary and its plain-language explanations, rendered like comments and kept. */
export const renderConsultationText = memoized(renderMarkdown);

/** For a draft law's text: paragraphs and lists, no links turned on by accident. */
const lawMd = new MarkdownIt({ html: false, linkify: false, breaks: true }).disable(['image', 'table', 'heading', 'lheading', 'hr', 'link']);

export const renderLawText = memoized((text) => lawMd.render(text));
