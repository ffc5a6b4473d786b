/**
 * The referral view's question (a family's municipality and need) as the
 * search's filters and as the address, and its answer split into the
 * municipality's own services and national, online and phone ones. Pure.
 */
import { filtersFromParams, type Filters } from '$lib/search/filters';

/** The need as the form holds it: each field a string ('' = any), the age as typed. */
export interface ReferralNeed {
	municipalityId: string;
	targetGroup: string;
	theme: string;
	language: string;
	free: boolean;
	age: string;
}

/** Services shown at most; the count says how many more match. */
export const REFERRAL_SHOWN = 30;

/** The form's starting values from the address's filters. */
export function needFromFilters(f: Filters): ReferralNeed {
	return {
		municipalityId: f.municipalityId ?? '',
		targetGroup: f.targetGroup ?? '',
		theme: f.theme ?? '',
		language: f.language ?? '',
		free: f.free === true,
		age: f.age !== undefined ? String(f.age) : ''
	};
}

/** The form's starting values from the address's search part. */
export const needFromAddress = (search: string) =>
	needFromFilters(filtersFromParams(new URLSearchParams(search)));

/** An age as typed, when it is a whole number of years a person can have. */
export function typedAge(age: string): number | undefined {
	return /^\d{1,3}$/.test(age.trim()) && Number(age) <= 120 ? Number(age) : undefined;
}

/** The search's filters for a need: only services in operation. */
export function referralFilters(n: ReferralNeed): Filters {
	const age = typedAge(n.age);
	return {
		...(n.municipalityId ? { municipalityId: n.municipalityId } : {}),
		...(n.targetGroup ? { targetGroup: n.targetGroup as Filters['targetGroup'] } : {}),
		...(n.theme ? { theme: n.theme as Filters['theme'] } : {}),
		...(n.language ? { language: n.language as Filters['language'] } : {}),
		...(n.free ? { free: true } : {}),
		...(age !== undefined ? { age } : {}),
		status: 'active'
	};
}

/**
 * The services of the municipality itself first, then those bound to no area
 * (national, online, phone); a service of a few municipalities that include
 * this one counts as local.
 */
export function splitByArea<T extends { service: { municipalityIds: string[] } }>(
	items: T[],
	municipalityId: string
): { local: T[]; national: T[] } {
	return {
		local: items.filter((x) => x.service.municipalityIds.includes(municipalityId)),
		national: items.filter((x) => x.service.municipalityIds.length === 0)
	};
}

/** The ids of several answers in order, each once (the first place it appears). */
export function unique(lists: readonly string[][]): string[] {
	return [...new Set(lists.flat())];
}

/**
 * The printed heading: "Ohjaa perhe: <municipality>" and each need chosen,
 * joined with middle dots. `words` gives each choice's label.
 */
export function referralHeading(
	n: ReferralNeed,
	place: string,
	words: {
		referral: string;
		targetGroup: (t: string) => string;
		theme: (t: string) => string;
		language: (t: string) => string;
		freeOnly: string;
		age: string;
	}
): string {
	const age = typedAge(n.age);
	return [
		`${words.referral}: ${place}`,
		n.targetGroup ? words.targetGroup(n.targetGroup) : '',
		n.theme ? words.theme(n.theme) : '',
		n.language ? words.language(n.language) : '',
		n.free ? words.freeOnly.toLowerCase() : '',
		age !== undefined ? `${words.age} ${age}` : ''
	]
		.filter(Boolean)
		.join(' · ');
}
