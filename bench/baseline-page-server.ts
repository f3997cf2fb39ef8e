// Baseline for consultation_page_rps: a bare node:http server answering the consultation page's data as JSON,
// read from the same SQLite file with the same queries' worth of work, and nothing else (no auth, no rendering).
import http from 'node:http';
import SQLite from 'better-sqlite3';

const db = new SQLite(process.env.DATABASE_PATH!, { readonly: true });
const consultation = db.prepare('select * from consultations where id = ?');
const sections = db.prepare('select * from sections where consultation_id = ? order by position');
const comments = db.prepare(
	`select c.id, c.seq, c.section_id, c.parent_id, c.author_id, u.display_name, c.body, c.body_html, c.state, c.pinned, c.created_at, c.edited_at
	 from comments c join users u on u.id = c.author_id where c.consultation_id = ? and c.state in ('published', 'deleted') order by c.seq`
);
const id = process.env.CONSULTATION_ID!;

http
	.createServer((_req, res) => {
		const body = JSON.stringify({ consultation: consultation.get(id), sections: sections.all(id), comments: comments.all(id) });
		res.writeHead(200, { 'content-type': 'application/json' });
		res.end(body);
	})
	.listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('ready'));
