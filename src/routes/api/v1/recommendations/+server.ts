// GET /api/v1/recommendations: the token's body's inbox, filtered by status and last change, a page at a time.
import { endpoint } from '$lib/server/api/endpoint';
import { operations } from '$lib/server/api/openapi';
import { apiInboxItem } from '$lib/server/api/representation';
import { listInbox } from '$lib/server/recommendations/inbox';

export const GET = endpoint(operations.listRecommendations, async ({ db, actor, query }) => {
	const { items } = await listInbox(db, actor, actor.apiToken.bodyId, { status: query.status, since: query.since ? Date.parse(query.since) : null });
	const end = query.offset + query.limit;
	return {
		recommendations: items.slice(query.offset, end).map(apiInboxItem),
		page: { offset: query.offset, limit: query.limit, total: items.length, nextOffset: end < items.length ? end : null }
	};
});
