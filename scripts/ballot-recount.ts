// `npm run ballot:recount -- <ballot id>`: counts a ballot again from the votes stored in the database, checks every
// receipt against its stored choice, and compares the count with the result sealed at the close. Prints the count
// (never a voter) and exits 1 when anything differs.
import { closeDb, getDb } from '../src/lib/server/db/index';
import { recountBallot } from '../src/lib/server/voting/ballots';
import { DomainError } from '../src/lib/server/errors';

const ballotId = process.argv[2];
if (!ballotId) {
	console.error('usage: npm run ballot:recount -- <ballot id>');
	process.exit(2);
}
try {
	const { result, badReceipts, matchesSealed } = await recountBallot(getDb(), ballotId);
	console.log(JSON.stringify(result, null, 2));
	console.log(`turnout ${result.voted} of ${result.eligible} (${result.turnoutPercent}%), quorum ${result.quorumPercent}% ${result.quorumMet ? 'met' : 'not met'}`);
	console.log(badReceipts === 0 ? 'receipts: every one matches its vote' : `receipts: ${badReceipts} do not match their vote`);
	console.log(matchesSealed === null ? 'sealed result: none yet (the ballot has not closed, or no one has read its result)' : matchesSealed ? 'sealed result: identical' : 'sealed result: DIFFERENT');
	await closeDb();
	process.exit(badReceipts === 0 && matchesSealed !== false ? 0 : 1);
} catch (error) {
	console.error(error instanceof DomainError ? 'No ballot with that id.' : error);
	await closeDb();
	process.exit(2);
}
