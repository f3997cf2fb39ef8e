// The rows of committed actions on an official's answer form: action-<n>-description and action-<n>-date, n from 0.
// Shared by the page (how many rows to show again) and the server's schema (reading them back).
export const ACTION_ROW = /^action-(\d{1,2})-(description|date)$/;

/** Empty rows the answer form offers before anyone asks for more. */
export const ACTION_ROWS_SHOWN = 3;

/** How many rows a sent answer form had (at least the usual few), to show it again with nothing lost. */
export function actionRowCount(values: Record<string, string> | undefined): number {
	let highest = -1;
	for (const key of Object.keys(values ?? {})) {
		const match = ACTION_ROW.exec(key);
		if (match) highest = Math.max(highest, Number(match[1]));
	}
	return Math.max(ACTION_ROWS_SHOWN, highest + 1);
}
