// Table types for Kysely, written once: every service reads its row types from here.
// Timestamps are epoch milliseconds, booleans 0/1 and ids random text, so SQLite and PostgreSQL share one code path.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type UserStatus = 'active' | 'pending_guardian_consent' | 'suspended' | 'erased';
export type CommitteeRole = 'member' | 'facilitator' | 'safeguarding_lead';
export type ModerationMode = 'pre' | 'post';

export interface UsersTable {
	id: string;
	email: string;
	password_hash: string;
	display_name: string;
	/** NFKC + case-folded display name, used to keep names unique within a committee. */
	display_name_key: string;
	real_name: string;
	birth_year: number | null;
	birth_month: number | null;
	country: string;
	locale: string | null;
	status: UserStatus;
	is_admin: Generated<number>;
	created_at: number;
	updated_at: number;
}

export interface SessionsTable {
	id: string;
	user_id: string;
	/** hex SHA-256 of the token's secret part; the secret itself is never stored. */
	secret_hash: string;
	created_at: number;
	last_seen_at: number;
}

export interface GovernmentBodiesTable {
	id: string;
	name: string;
	country: string;
	acknowledge_within_days: Generated<number>;
	respond_within_days: Generated<number>;
	head_contact_email: string | null;
	created_at: number;
}

export interface OfficialsTable {
	user_id: string;
	body_id: string;
	created_at: number;
}

export interface CommitteesTable {
	id: string;
	name: string;
	country: string;
	timezone: string;
	/** JSON array of BCP 47 language tags. */
	languages: string;
	moderation_mode: ModerationMode;
	/** How many distinct members' reports hide a comment until a facilitator reviews it. */
	report_threshold: Generated<number>;
	created_at: number;
}

export interface MembershipsTable {
	user_id: string;
	committee_id: string;
	role: CommitteeRole;
	created_at: number;
}

export interface InvitationsTable {
	id: string;
	committee_id: string;
	token_hash: string;
	/** A facilitator's own reminder of who the link is for; shown only to facilitators. */
	label: string | null;
	created_by: string;
	created_at: number;
	expires_at: number;
	used_at: number | null;
	used_by: string | null;
	revoked_at: number | null;
}

export interface GuardianConsentsTable {
	id: string;
	user_id: string;
	guardian_email: string;
	token_hash: string;
	created_at: number;
	expires_at: number;
	consented_at: number | null;
}

export interface PasswordResetsTable {
	id: string;
	user_id: string;
	token_hash: string;
	created_at: number;
	expires_at: number;
	used_at: number | null;
}

export interface EmailOutboxTable {
	id: string;
	to_address: string;
	subject: string;
	body_text: string;
	/** Same key, same email: enqueueing twice sends once. */
	dedupe_key: string | null;
	created_at: number;
	attempts: Generated<number>;
	next_attempt_at: number;
	sent_at: number | null;
	last_error: string | null;
}

export interface AuditLogTable {
	seq: number;
	at: number;
	actor_id: string | null;
	action: string;
	committee_id: string | null;
	subject_type: string | null;
	subject_id: string | null;
	reason: string | null;
	/** JSON object with the action's details. */
	data: string;
	prev_hash: string;
	hash: string;
}

export type ConsultationStatus = 'draft' | 'published' | 'archived';
export type CommentState = 'published' | 'held' | 'hidden' | 'removed' | 'deleted';

export interface ConsultationsTable {
	id: string;
	committee_id: string;
	title: string;
	summary: string;
	/** The government body that asked for the committee's views, if any. */
	body_id: string | null;
	/** One question per line. */
	guiding_questions: string;
	/** Stored status; whether a published consultation is upcoming, open or closed follows from the dates. */
	status: ConsultationStatus;
	opens_at: number;
	closes_at: number;
	/** Set when a facilitator closes it before closes_at. */
	closed_at: number | null;
	/** The draft as pasted or uploaded, kept so the split can be redone. */
	source_text: string;
	created_by: string;
	created_at: number;
	updated_at: number;
	/** Changes with anything the discussion page shows; kept by triggers (migration 0005). */
	discussion_version: Generated<number>;
}

export interface SectionsTable {
	id: string;
	consultation_id: string;
	position: number;
	number: string | null;
	heading: string;
	body: string;
	/** The plain-language explanation written for young people. */
	explanation: string | null;
	thread_closed: Generated<number>;
}

export interface CommentsTable {
	id: string;
	/** Increases with every comment, so a client can ask for what came after the last one it saw. */
	seq: number;
	consultation_id: string;
	/** null: the consultation's general thread. */
	section_id: string | null;
	parent_id: string | null;
	author_id: string;
	body: string;
	/** The Markdown rendered safely once, when written. */
	body_html: string;
	state: CommentState;
	pinned: Generated<number>;
	created_at: number;
	edited_at: number | null;
	/** JSON: the screen's reasons when it held the comment (see safeguarding/screen). */
	screen_reasons: string | null;
}

export interface CommentEditsTable {
	id: string;
	comment_id: string;
	previous_body: string;
	edited_at: number;
}

export type ConcernStatus = 'new' | 'in_progress' | 'referred' | 'closed';

/** A young person's words the screen read as a disclosure of harm or self-harm: for safeguarding leads only. */
export interface SafeguardingConcernsTable {
	id: string;
	committee_id: string;
	author_id: string;
	consultation_id: string | null;
	/** What was being written: 'comment' today; positions and recommendations later. */
	source: string;
	/** Verbatim, never published, never deleted. */
	text: string;
	/** JSON: the screen's reasons. */
	reasons: string;
	status: ConcernStatus;
	created_at: number;
	updated_at: number;
}

export interface SafeguardingConcernNotesTable {
	id: string;
	concern_id: string;
	author_id: string;
	body: string;
	status_from: ConcernStatus;
	status_to: ConcernStatus;
	created_at: number;
}

export type ReportReason = 'personal_info' | 'bullying' | 'unsafe' | 'other';

export interface CommentReportsTable {
	id: string;
	comment_id: string;
	reporter_id: string;
	reason: ReportReason;
	created_at: number;
	handled_at: number | null;
}

export type SanctionKind = 'mute' | 'suspend';

/** A member muted (may read, not write) or suspended (may not enter) in one committee, told why. */
export interface MemberSanctionsTable {
	id: string;
	committee_id: string;
	user_id: string;
	kind: SanctionKind;
	reason: string;
	created_by: string;
	created_at: number;
	/** Null: until lifted. */
	ends_at: number | null;
	lifted_at: number | null;
	lifted_by: string | null;
	lift_reason: string | null;
	review_request: string | null;
	review_requested_at: number | null;
}

/** Words and phrases a committee's facilitators add to the screen's abuse list, per language. */
export interface CommitteeWordsTable {
	id: string;
	committee_id: string;
	locale: string;
	phrase: string;
	created_by: string;
	created_at: number;
}

/** Child helplines named in the caring message, per country, each with the public source of its number. */
export interface HelplinesTable {
	id: string;
	country: string;
	name: string;
	phone: string;
	url: string | null;
	hours: string | null;
	source_url: string;
	updated_by: string | null;
	updated_at: number;
}

export type PositionState = 'held' | 'proposed' | 'in_ballot' | 'merged' | 'removed';
export type PositionCommentState = 'published' | 'held' | 'removed';

/** What the committee says about a consultation or one of its sections, once its members decide it. */
export interface PositionsTable {
	id: string;
	consultation_id: string;
	/** null: the whole consultation. */
	section_id: string | null;
	statement: string;
	proposer_id: string;
	state: PositionState;
	/** Set when a facilitator merged this duplicate into another position. */
	merged_into: string | null;
	/** JSON: the screen's reasons when it held the statement. */
	screen_reasons: string | null;
	created_at: number;
	updated_at: number;
	/** Set on the motion an adoption ballot votes on ("Adopt the recommendation …"); such positions are not listed. */
	recommendation_id: Generated<string | null>;
}

export interface PositionCosignsTable {
	position_id: string;
	user_id: string;
	created_at: number;
}

export interface PositionCommentsTable {
	id: string;
	position_id: string;
	author_id: string;
	body: string;
	state: PositionCommentState;
	screen_reasons: string | null;
	created_at: number;
}

export type BallotMethod = 'single' | 'approval' | 'ranked';
export type BallotThreshold = 'majority' | 'two_thirds';

export interface BallotsTable {
	id: string;
	consultation_id: string;
	committee_id: string;
	method: BallotMethod;
	/** JSON: the options of a single-choice ballot ({ key, label, role }). */
	options: string;
	opens_at: number;
	closes_at: number;
	/** Set when a facilitator closed it before closes_at. */
	closed_at: number | null;
	quorum_percent: number;
	threshold: BallotThreshold;
	secret: number;
	live_results: number;
	created_by: string;
	created_at: number;
	/** When the eligible voters were taken; null until the ballot has opened and someone needed them. */
	snapshot_at: number | null;
	eligible_count: number | null;
	/** JSON: the count, sealed once after the close. */
	result: string | null;
	sealed_at: number | null;
}

export interface BallotPositionsTable {
	ballot_id: string;
	position_id: string;
	ord: number;
}

/** Who may vote: the committee's active youth members when the ballot opened. */
export interface BallotVotersTable {
	ballot_id: string;
	user_id: string;
}

/**
 * One row per voter and ballot. voter_id is here only so a member can change their own vote; no page, export, API,
 * socket event or log reads it together with the choice (DESIGN.md rule 8, docs/voting.md).
 */
export interface VotesTable {
	id: string;
	ballot_id: string;
	voter_id: string;
	/** Canonical JSON of the choice (voting/receipts.ts). */
	choice: string;
	nonce: string;
	receipt: string;
	version: number;
	cast_at: number;
}

export type RecommendationStatus = 'draft' | 'voting' | 'adopted' | 'submitted' | 'acknowledged' | 'answered' | 'withdrawn';
export type Decision = 'accepted' | 'partially_accepted' | 'not_accepted' | 'more_time';
export type ResponseState = 'published' | 'pending_approval' | 'refused';
export type ActionStatus = 'committed' | 'in_progress' | 'done' | 'dropped';
export type DeadlineNoticeKind = 'acknowledge_soon' | 'acknowledge_overdue' | 'answer_soon' | 'answer_overdue';

export interface SubmissionsTable {
	id: string;
	committee_id: string;
	body_id: string;
	note: string | null;
	submitted_by: string;
	submitted_at: number;
}

export interface RecommendationsTable {
	id: string;
	committee_id: string;
	consultation_id: string;
	body_id: string;
	title: string;
	body: string;
	rationale: string;
	status: RecommendationStatus;
	version: number;
	created_by: string;
	created_at: number;
	updated_at: number;
	adoption_ballot_id: string | null;
	adopted_at: number | null;
	adoption_evidence: string | null;
	submission_id: string | null;
	submitted_at: number | null;
	acknowledge_due_at: number | null;
	answer_due_at: number | null;
	acknowledged_at: number | null;
	acknowledged_by: string | null;
	responsible_official: string | null;
	answered_at: number | null;
	decision: Decision | null;
	extensions: Generated<number>;
	withdrawn_at: number | null;
	withdrawn_reason: string | null;
}

export interface RecommendationPositionsTable {
	recommendation_id: string;
	position_id: string;
	ord: number;
}

export interface RecommendationRevisionsTable {
	id: string;
	recommendation_id: string;
	author_id: string;
	title: string;
	body: string;
	rationale: string;
	state: 'published' | 'held' | 'rejected';
	screen_reasons: string | null;
	base_version: number;
	created_at: number;
	decided_by: string | null;
	decided_at: number | null;
}

export interface ResponsesTable {
	id: string;
	recommendation_id: string;
	official_id: string | null;
	decision: Decision;
	rationale: string;
	new_due_at: number | null;
	state: ResponseState;
	decided_by: string | null;
	decided_at: number | null;
	created_at: number;
}

export interface ResponseActionsTable {
	id: string;
	recommendation_id: string;
	response_id: string;
	description: string;
	/** YYYY-MM-DD */
	target_date: string;
	status: ActionStatus;
	ord: number;
}

export interface ProgressUpdatesTable {
	id: string;
	recommendation_id: string;
	action_id: string | null;
	official_id: string | null;
	body: string;
	action_status: ActionStatus | null;
	created_at: number;
}

export interface RecommendationFeedbackTable {
	recommendation_id: string;
	user_id: string;
	understood: number;
	answers_it: 'yes' | 'partly' | 'no';
	created_at: number;
	updated_at: number;
}

export interface FollowUpQuestionsTable {
	id: string;
	recommendation_id: string;
	author_id: string;
	body: string;
	state: 'published' | 'held' | 'removed';
	screen_reasons: string | null;
	created_at: number;
	reply: string | null;
	replied_by: string | null;
	replied_at: number | null;
}

export interface DeadlineNoticesTable {
	recommendation_id: string;
	kind: DeadlineNoticeKind;
	due_at: number;
	created_at: number;
}

export interface ApiTokensTable {
	id: string;
	body_id: string;
	label: string;
	token_hash: string;
	created_by: string;
	created_at: number;
	last_used_at: number | null;
	revoked_at: number | null;
	revoked_by: string | null;
}

export interface NotificationsTable {
	id: string;
	user_id: string;
	kind: string;
	title: string;
	body: string;
	url: string;
	dedupe_key: string | null;
	created_at: number;
	read_at: number | null;
	/** When it went out live; null while it waits for an app process to announce it (0010). */
	announced_at: number | null;
}

export interface NotificationEmailPrefsTable {
	user_id: string;
	kind: string;
	email: number;
}

export interface Database {
	users: UsersTable;
	sessions: SessionsTable;
	government_bodies: GovernmentBodiesTable;
	officials: OfficialsTable;
	committees: CommitteesTable;
	memberships: MembershipsTable;
	invitations: InvitationsTable;
	guardian_consents: GuardianConsentsTable;
	password_resets: PasswordResetsTable;
	email_outbox: EmailOutboxTable;
	audit_log: AuditLogTable;
	consultations: ConsultationsTable;
	sections: SectionsTable;
	comments: CommentsTable;
	comment_edits: CommentEditsTable;
	safeguarding_concerns: SafeguardingConcernsTable;
	safeguarding_concern_notes: SafeguardingConcernNotesTable;
	comment_reports: CommentReportsTable;
	member_sanctions: MemberSanctionsTable;
	committee_words: CommitteeWordsTable;
	helplines: HelplinesTable;
	positions: PositionsTable;
	position_cosigns: PositionCosignsTable;
	position_comments: PositionCommentsTable;
	ballots: BallotsTable;
	ballot_positions: BallotPositionsTable;
	ballot_voters: BallotVotersTable;
	votes: VotesTable;
	submissions: SubmissionsTable;
	recommendations: RecommendationsTable;
	recommendation_positions: RecommendationPositionsTable;
	recommendation_revisions: RecommendationRevisionsTable;
	responses: ResponsesTable;
	response_actions: ResponseActionsTable;
	progress_updates: ProgressUpdatesTable;
	recommendation_feedback: RecommendationFeedbackTable;
	follow_up_questions: FollowUpQuestionsTable;
	deadline_notices: DeadlineNoticesTable;
	api_tokens: ApiTokensTable;
	notifications: NotificationsTable;
	notification_email_prefs: NotificationEmailPrefsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type Committee = Selectable<CommitteesTable>;
export type Membership = Selectable<MembershipsTable>;
export type GovernmentBody = Selectable<GovernmentBodiesTable>;
export type Invitation = Selectable<InvitationsTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type Consultation = Selectable<ConsultationsTable>;
export type Section = Selectable<SectionsTable>;
export type Comment = Selectable<CommentsTable>;
export type SafeguardingConcern = Selectable<SafeguardingConcernsTable>;
export type MemberSanction = Selectable<MemberSanctionsTable>;
export type Helpline = Selectable<HelplinesTable>;
export type Position = Selectable<PositionsTable>;
export type Ballot = Selectable<BallotsTable>;
export type Recommendation = Selectable<RecommendationsTable>;
export type RecommendationResponse = Selectable<ResponsesTable>;
export type ResponseAction = Selectable<ResponseActionsTable>;
export type Notification = Selectable<NotificationsTable>;
