// The rest of the moderation desk: members muted or suspended in a committee (with the reason they are told and
// their request for a review), words a committee adds to the screen, and the child helplines the caring message
// names, per country, each with the public source its number was taken from.
import type { Kysely } from 'kysely';

// Child helplines as published by the helplines, their operators or the ministries that run them (or, where noted in
// docs/helpline-sources.json, the government's news agency), read in November 2026. Admins keep the table current on
// /admin/helplines; this is only the first fill. Myanmar: no number found in a source we could cite.
const FIRST_HELPLINES = [
	{ country: 'TH', name: 'Childline Thailand (Saidek 1387 / มูลนิธิสายเด็ก 1387)', phone: '1387', url: 'https://www.childlinethailand.org', hours: '24 hours', source_url: 'https://childlinethailand.org/th/how_we_help/counseling/' },
	{ country: 'PH', name: 'Bantay Bata 163 (ABS-CBN Foundation)', phone: '163', url: null, hours: '24/7', source_url: 'https://www.abs-cbnfoundation.org/bantay-bata-globe-activate-child-helpline-for-free/' },
	{ country: 'PH', name: 'Makabata Helpline 1383 (Council for the Welfare of Children, attached to DSWD)', phone: '1383', url: null, hours: null, source_url: 'https://www.pna.gov.ph/articles/1212207' },
	{ country: 'ID', name: 'SAPA 129 – Sahabat Perempuan dan Anak (KemenPPPA); WhatsApp 08111-129-129', phone: '129', url: null, hours: '24 hours', source_url: 'https://www.antaranews.com/berita/3821235/kemenpppa-perlu-peran-bersama-wujudkan-ekosistem-ramah-anak' },
	{ country: 'VN', name: 'Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (National Child Protection Hotline)', phone: '111', url: 'http://tongdai111.vn', hours: null, source_url: 'http://tongdai111.vn/tin/cac-linh-vuc-hoat-dong-va-chuc-nang-cua-tong-dai-111' },
	{ country: 'MY', name: 'Talian Kasih 15999 (Ministry of Women, Family and Community Development); WhatsApp 019-261 5999', phone: '15999', url: null, hours: '24 hours', source_url: 'https://thestar.com.my/news/nation/2024/04/24/doing-right-by-abused-kids' },
	{ country: 'SG', name: "Tinkle Friend (Singapore Children's Society)", phone: '1800 2744 788', url: 'https://www.tinklefriend.sg', hours: null, source_url: 'https://www.childrensociety.org.sg/breaking-barriers-for-children-to-seek-help' },
	{ country: 'KH', name: 'Child Helpline Cambodia', phone: '1280', url: 'https://childhelplinecambodia.org', hours: '24 hours', source_url: 'https://childhelplinecambodia.org/page/8' },
	{ country: 'LA', name: 'Lao Youth Union helpline (UNICEF-supported)', phone: '1554', url: null, hours: '24/7', source_url: 'https://www.unicef.org/laos/stories/counselling-helpline-lends-ear-teens-need' },
	{ country: 'CN', name: '12355 青少年服务台 (Youth Service Hotline, Communist Youth League)', phone: '12355', url: null, hours: null, source_url: 'https://gqt.org.cn/bulletin/qyb_scyqy/200712/t20071224_55759.htm' },
	{ country: 'MN', name: '108 Хүүхдийн тусламжийн утас (Child Helpline 108)', phone: '108', url: 'http://108.mn', hours: null, source_url: 'https://mlsp.gov.mn/content/detail/2187' },
	{ country: 'PG', name: '1-Tok Kaunselin Helpim Lain (ChildFund PNG; family & sexual violence counselling line)', phone: '715 08000', url: null, hours: '7am–7pm, 7 days', source_url: 'https://www.childfund.org.au/stories/2016/09/' },
	{ country: 'FJ', name: 'National Child Helpline Fiji (Medical Services Pacific / Ministry of Women, Children & Social Protection)', phone: '1325', url: null, hours: '24 hours', source_url: 'https://msp.org.fj/listening-to-the-kids-the-childrens-helpline-and-world-day-against-child-labour/' },
	{ country: 'AU', name: 'Kids Helpline (yourtown)', phone: '1800 55 1800', url: 'https://kidshelpline.com.au', hours: '24/7', source_url: 'https://yourtown.com.au/apps/webcounselling/live/chat' },
	{ country: 'NZ', name: 'Youthline (free text 234)', phone: '0800 376 633', url: null, hours: '24/7', source_url: 'http://youthaffairs.govt.nz/news/2012/youthline.html' },
	{ country: 'NZ', name: "0800 What's Up (Barnardos Aotearoa; ages 5–19)", phone: '0800 942 8787', url: 'https://www.whatsup.co.nz', hours: 'Mon–Fri 12pm–11pm; Sat–Sun 3pm–11pm', source_url: 'http://www.whatsup.co.nz/node/21' },
	{ country: 'JP', name: 'チャイルドライン ChildLine Japan (18歳までの子ども専用)', phone: '0120-99-7777', url: 'https://childline.or.jp', hours: 'Daily 16:00–21:00 (closed Dec 29–Jan 3)', source_url: 'http://www.cl-fukushima.org/suisinkyougikai/index.html' },
	{ country: 'JP', name: '24時間子供SOSダイヤル (MEXT / prefectural boards of education)', phone: '0120-0-78310', url: null, hours: '24 hours', source_url: 'https://www.mext.go.jp/a_menu/shotou/seitoshidou/1306988.htm' },
	{ country: 'KR', name: '청소년상담 1388 (Youth counselling line, Ministry of Gender Equality and Family; mobile: area code + 1388)', phone: '1388', url: 'https://www.1388.go.kr', hours: '24 hours, 365 days', source_url: 'https://www.ktv.go.kr/ktvmedia/T000016/view?content_id=560808' }
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('member_sanctions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
		// mute: may read but not write; suspend: may not enter the committee's spaces at all.
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		// Null: until a facilitator lifts it.
		.addColumn('ends_at', 'bigint')
		.addColumn('lifted_at', 'bigint')
		.addColumn('lifted_by', 'text', (c) => c.references('users.id'))
		.addColumn('lift_reason', 'text')
		// The member's side, once per sanction.
		.addColumn('review_request', 'text')
		.addColumn('review_requested_at', 'bigint')
		.execute();
	await db.schema.createIndex('member_sanctions_member').on('member_sanctions').columns(['committee_id', 'user_id', 'lifted_at']).execute();

	await db.schema
		.createTable('committee_words')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('committee_id', 'text', (c) => c.notNull().references('committees.id').onDelete('cascade'))
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('phrase', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addUniqueConstraint('committee_words_once', ['committee_id', 'locale', 'phrase'])
		.execute();

	await db.schema
		.createTable('helplines')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('country', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('phone', 'text', (c) => c.notNull())
		.addColumn('url', 'text')
		.addColumn('hours', 'text')
		// Where the number was read: the helpline's own public material.
		.addColumn('source_url', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.references('users.id'))
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('helplines_country').on('helplines').column('country').execute();
	const now = Date.now();
	await db
		.insertInto('helplines')
		.values(FIRST_HELPLINES.map((h, i) => ({ id: `helpline-${String(i + 1).padStart(2, '0')}`, ...h, updated_by: null, updated_at: now })))
		.execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('helplines').execute();
	await db.schema.dropTable('committee_words').execute();
	await db.schema.dropTable('member_sanctions').execute();
}
