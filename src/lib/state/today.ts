/** Today's calendar date in Helsinki (YYYY-MM-DD): the `today` the pure rules take. */
const helsinkiDate = new Intl.DateTimeFormat('sv-SE', {
	timeZone: 'Europe/Helsinki',
	year: 'numeric',
	month: '2-digit',
	day: '2-digit'
});

export function todayInHelsinki(now: Date = new Date()): string {
	return helsinkiDate.format(now);
}
