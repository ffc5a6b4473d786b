/**
 * Numbers and dates as a person reads them, from the raw values xlsx and ods
 * store: no float noise (0.30000000000000004 → 0.3), no exponent
 * (358401234567 stays whole), dates as ISO YYYY-MM-DD. The decimal separator is
 * always a point, whatever the file's locale, so every format reads the same.
 */

// Excel shows at most 15 significant digits; beyond is binary noise.
const plain = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 15 });

export function plainNumber(n: number): string {
	if (!Number.isFinite(n)) return '';
	const s = plain.format(n);
	return s === '-0' ? '0' : s;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** An Excel date serial as `YYYY-MM-DD`, with ` HH:MM` (`:SS`) when asked for. */
export function serialToIso(
	serial: number,
	date1904: boolean,
	parts: { date: boolean; time: boolean; seconds: boolean }
): string {
	if (!Number.isFinite(serial) || serial < 0 || serial > 2_958_465) return plainNumber(serial);
	let days = Math.floor(serial);
	let seconds = Math.round((serial - days) * 86400);
	if (seconds >= 86400) {
		days += 1;
		seconds -= 86400;
	}
	let epoch: number;
	if (date1904) epoch = Date.UTC(1904, 0, 1);
	// 1900 system: serial 1 is 1900-01-01 and Excel counts a 29 February 1900 that never was (60).
	else if (days < 60) epoch = Date.UTC(1899, 11, 31);
	else epoch = Date.UTC(1899, 11, 30);
	const d = new Date(epoch + days * 86_400_000);
	const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
	const hh = Math.floor(seconds / 3600);
	const mm = Math.floor((seconds % 3600) / 60);
	const ss = seconds % 60;
	const time = `${pad(hh)}:${pad(mm)}` + (parts.seconds ? `:${pad(ss)}` : '');
	if (parts.date && parts.time) return `${date} ${time}`;
	return parts.time ? time : date;
}

export type NumberFormat =
	| { kind: 'general' }
	| { kind: 'date'; date: boolean; time: boolean; seconds: boolean }
	| { kind: 'percent' }
	| { kind: 'fixed'; decimals: number; minDigits: number };

const GENERAL: NumberFormat = { kind: 'general' };

/** Excel's built-in formats that are dates or times (ids 14–22, 45–47 and the East Asian ones). */
function builtinDate(id: number): NumberFormat | undefined {
	if (
		(id >= 14 && id <= 17) ||
		(id >= 27 && id <= 31) ||
		(id >= 34 && id <= 36) ||
		(id >= 50 && id <= 58)
	)
		return { kind: 'date', date: true, time: false, seconds: false };
	if (id === 22) return { kind: 'date', date: true, time: true, seconds: false };
	if (
		id === 18 ||
		id === 19 ||
		id === 20 ||
		id === 21 ||
		id === 32 ||
		id === 33 ||
		(id >= 45 && id <= 47)
	)
		return { kind: 'date', date: false, time: true, seconds: id === 19 || id === 21 || id >= 45 };
	return undefined;
}

const BUILTIN_CODES: Record<number, string> = {
	1: '0',
	2: '0.00',
	3: '#,##0',
	4: '#,##0.00',
	9: '0%',
	10: '0.00%',
	49: '@'
};

/** How to show a number stored with a format: built-in id, or a custom code. */
export function classifyFormat(id: number, code: string | undefined): NumberFormat {
	const builtin = builtinDate(id);
	if (builtin) return builtin;
	const c = code ?? (Object.hasOwn(BUILTIN_CODES, id) ? BUILTIN_CODES[id] : undefined);
	if (!c) return GENERAL;
	// The positive section only; quoted text, escapes, fill/padding and [colour] brackets removed
	// ([h], [mm], [ss] elapsed times stay as h, m, s).
	const section = c.split(';')[0];
	const bare = section
		.replace(/"[^"]*"/g, '')
		.replace(/\\./g, '')
		.replace(/[_*]./g, '')
		.replace(/\[(h+|m+|s+)\]/gi, '$1')
		.replace(/\[[^\]]*\]/g, '');
	if (/general/i.test(bare)) return GENERAL;
	const hasDate = /[yd]/i.test(bare) || (/m/i.test(bare) && !/[hs]/i.test(bare));
	const hasTime = /[hs]/i.test(bare) || /am\/pm|a\/p/i.test(bare);
	if (hasDate || hasTime)
		return { kind: 'date', date: hasDate, time: hasTime, seconds: /s/i.test(bare) };
	if (bare.includes('%')) return { kind: 'percent' };
	const m = /^[#,]*(0*)(?:\.(0+)#*)?$/.exec(bare.trim());
	if (m) return { kind: 'fixed', decimals: m[2]?.length ?? 0, minDigits: m[1].length };
	return GENERAL;
}

/** A number as its format shows it (without grouping, with a decimal point). */
export function formatNumber(n: number, format: NumberFormat, date1904: boolean): string {
	switch (format.kind) {
		case 'date':
			return serialToIso(n, date1904, format);
		case 'percent':
			return plainNumber(n * 100) + '%';
		case 'fixed': {
			if (Math.abs(n) >= 1e15 || format.decimals > 15) return plainNumber(n);
			const s = Math.abs(n).toFixed(format.decimals);
			const [whole, fraction] = s.split('.');
			const digits = whole.padStart(format.minDigits, '0');
			const sign = n < 0 && Number(s) !== 0 ? '-' : '';
			return sign + (fraction ? `${digits}.${fraction}` : digits);
		}
		default:
			return plainNumber(n);
	}
}
