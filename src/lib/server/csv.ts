// CSV as spreadsheets read it (RFC 4180): every cell quoted, quotes doubled, CRLF line ends, a BOM so Excel reads
// UTF-8. A cell starting with = + - @ (or a tab or return) would run as a formula, so it gets a leading ' (OWASP).
export type CsvValue = string | number | boolean | null;

export function csvCell(value: CsvValue): string {
	const text = value === null ? '' : typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value);
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return `"${safe.replace(/"/g, '""')}"`;
}

export function csvDocument(header: string[], rows: CsvValue[][]): string {
	return '\uFEFF' + [header.map(csvCell), ...rows.map((row) => row.map(csvCell))].map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/** A CSV download's response. */
export function csvResponse(body: string, filename: string): Response {
	return new Response(body, { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` } });
}
