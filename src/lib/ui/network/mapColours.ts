/**
 * Colours of organisations on the network map, by sector. Each has at least
 * 3:1 contrast with white (WCAG 1.4.11) and differs clearly from every other
 * (CIE76 ΔE ≥ 25, so a parish and another religious community are told apart); the sector is also in the node's
 * name for assistive technology and in the details panel, never colour alone.
 */
import type { Representation } from '$lib/domain/fields';

export const SECTOR_COLOURS: Record<Representation, string> = {
	municipality: '#1d4f73',
	wellbeing_county: '#6a3d9a',
	ngo: '#1e7a3c',
	parish: '#9a4d0b',
	religious_community: '#c0392b',
	kela: '#00838f',
	public_other: '#2f2f2f',
	company: '#6b7000',
	other: '#858585',
	families: '#b0306a'
};
