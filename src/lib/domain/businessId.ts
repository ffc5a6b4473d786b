/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit.
 * The check digit is 11 − (Σ digit × weight mod 11) with weights 7,9,10,5,8,4,2;
 * remainder 0 gives 0 and remainder 1 is never issued.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

export function businessIdCheckDigit(body: string): number | null {
	if (!/^\d{7}$/.test(body)) return null;
	const sum = [...body].reduce((acc, d, i) => acc + Number(d) * WEIGHTS[i], 0);
	const r = sum % 11;
	if (r === 0) return 0;
	if (r === 1) return null;
	return 11 - r;
}

export function isValidBusinessId(value: string): boolean {
	const m = /^(\d{7})-(\d)$/.exec(value);
	if (!m) return false;
	return businessIdCheckDigit(m[1]) === Number(m[2]);
}
