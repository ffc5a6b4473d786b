/**
 * A count with its word: the singular for exactly one, else the plural
 * (in Finnish the partitive: "1 kohta", "4 kohtaa", "0 kohtaa").
 */
export const count = (n: number, one: string, other: string): string =>
	`${n} ${n === 1 ? one : other}`;
