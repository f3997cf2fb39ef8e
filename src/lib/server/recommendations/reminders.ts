// Deadline reminders and escalation, run by the scheduler every minute (and safe to run in several processes at
// once, or again after a restart): three days before a deadline the body's officials are reminded; once it has
// passed, the recommendation shows as overdue (deadlines.ts — that needs no job) and the body's head contact, the
// platform's admins, the officials and the committee are told. Each notice is a row in deadline_notices written in the
// same transaction as its notifications and emails; its primary key (recommendation, kind, due date) lets exactly one
// run send it. A new answer date after "more time" is a new deadline, with its own notices.
import type { Db } from '../db/index';
import type { DeadlineNoticeKind, Recommendation } from '../db/schema';
import { enqueueEmail, publicBaseUrl } from '../notifications/email-outbox';
import { notify } from '../notifications/notify';
import { REMIND_BEFORE_MS } from './deadlines';
import { publishStatus } from './adoption';
import { notifyCommittee } from './submissions';

interface Due {
	rec: Recommendation;
	kind: DeadlineNoticeKind;
	dueAt: number;
}

/** What is due for a notice at `now`: one kind per recommendation and deadline, the overdue one replacing the reminder. */
export function noticesDue(recs: Recommendation[], now: number): Due[] {
	const out: Due[] = [];
	for (const rec of recs) {
		const step = rec.status === 'submitted' ? 'acknowledge' : rec.status === 'acknowledged' ? 'answer' : null;
		const dueAt = step === 'acknowledge' ? rec.acknowledge_due_at : step === 'answer' ? rec.answer_due_at : null;
		if (!step || dueAt === null) continue;
		if (now > dueAt) out.push({ rec, kind: `${step}_overdue`, dueAt });
		else if (now >= dueAt - REMIND_BEFORE_MS) out.push({ rec, kind: `${step}_soon`, dueAt });
	}
	return out;
}

const days = (ms: number) => Math.max(1, Math.round(ms / 86_400_000));

/** Sends every notice that is due and not yet sent. Returns how many this run sent. */
export async function sendDeadlineNotices(db: Db, now = Date.now()): Promise<number> {
	const recs = await db
		.selectFrom('recommendations')
		.selectAll()
		.where('status', 'in', ['submitted', 'acknowledged'])
		.where((eb) =>
			eb.or([
				eb.and([eb('status', '=', 'submitted'), eb('acknowledge_due_at', '<=', now + REMIND_BEFORE_MS)]),
				eb.and([eb('status', '=', 'acknowledged'), eb('answer_due_at', '<=', now + REMIND_BEFORE_MS)])
			])
		)
		.execute();
	let sent = 0;
	for (const due of noticesDue(recs, now)) {
		if (await sendNotice(db, due, now)) sent++;
	}
	return sent;
}

async function sendNotice(db: Db, { rec, kind, dueAt }: Due, now: number): Promise<boolean> {
	const overdue = kind.endsWith('_overdue');
	const what = kind.startsWith('acknowledge') ? 'acknowledge' : 'answer';
	const sent = await db.transaction().execute(async (trx) => {
		const inserted = await trx.insertInto('deadline_notices').values({ recommendation_id: rec.id, kind, due_at: dueAt, created_at: now }).onConflict((oc) => oc.doNothing()).executeTakeFirst();
		if (Number(inserted.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
		const body = await trx.selectFrom('government_bodies').selectAll().where('id', '=', rec.body_id).executeTakeFirstOrThrow();
		const committee = await trx.selectFrom('committees').select('name').where('id', '=', rec.committee_id).executeTakeFirstOrThrow();
		const officials = await trx.selectFrom('officials').select('user_id').where('body_id', '=', rec.body_id).execute();
		const url = `/government/${rec.body_id}/recommendations/${rec.id}`;
		const title = overdue ? `Overdue: please ${what} “${rec.title}”` : `Due in ${days(dueAt - now)} days: please ${what} “${rec.title}”`;
		const text = overdue
			? `The recommendation “${rec.title}” from ${committee.name} was due to be ${what === 'acknowledge' ? 'acknowledged' : 'answered'} by ${new Date(dueAt).toISOString().slice(0, 10)}. It is now shown as overdue on ${body.name}'s public accountability page.`
			: `The recommendation “${rec.title}” from ${committee.name} must be ${what === 'acknowledge' ? 'acknowledged' : 'answered'} by ${new Date(dueAt).toISOString().slice(0, 10)}.`;
		const key = `${rec.id}:${kind}:${dueAt}`;
		for (const o of officials) await notify(trx, { userId: o.user_id, kind: 'deadline', title, body: text, url, dedupeKey: `deadline:${key}:${o.user_id}` }, now);
		if (overdue) {
			if (body.head_contact_email) {
				await enqueueEmail(trx, { to: body.head_contact_email, subject: title, text: `${text}\n\n${publicBaseUrl()}/recommendations/${rec.id}`, dedupeKey: `deadline:${key}:head` }, now);
			}
			const admins = await trx.selectFrom('users').select('id').where('is_admin', '=', 1).where('status', '=', 'active').execute();
			for (const a of admins) await notify(trx, { userId: a.id, kind: 'deadline', title: `${body.name}: ${title}`, body: text, url: `/recommendations/${rec.id}`, dedupeKey: `deadline:${key}:${a.id}` }, now);
			await notifyCommittee(trx, rec.committee_id, [rec], `${kind}:${dueAt}`, `not ${what === 'acknowledge' ? 'acknowledged' : 'answered'} on time by ${body.name}: it is now marked overdue`, now);
		}
		return true;
	});
	if (sent && overdue) publishStatus(rec, 'overdue');
	return sent;
}
