// `npm run --silent screen -- [--country TH] [--committee-country PH] [--role youth] [--locale th]`
// Reads one text per line on standard input and writes one JSON object per line: { verdict, reasons }, each reason
// with kind, detail and [start, end) in the line. For moderators and tests to try the screen on a file.
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { screenText } from '../src/lib/server/safeguarding/screen/index';

const { values } = parseArgs({
	options: { country: { type: 'string' }, 'committee-country': { type: 'string' }, role: { type: 'string' }, locale: { type: 'string' } },
	strict: true
});

const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
	const result = screenText(line, { country: values.country, committeeCountry: values['committee-country'], authorRole: values.role, locale: values.locale });
	process.stdout.write(JSON.stringify(result) + '\n');
}
