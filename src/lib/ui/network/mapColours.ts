/**
 * Colours of organisations on the network map, by sector. Each has at least
 * 3:1 contrast with white (WCAG 1.4.11); the sector is also in the node's
 * name for assistive technology and in the details panel, never colour alone.
 */
import type { Representation } from '$lib/domain/fields';

export const SECTOR_COLOURS: Record<Representation, string> = {
	municipality: '#1d4f73',
	wellbeing_county: '#6a3d9a',
	ngo: '#1e7a3c',
	parish: '#9a4d0b',
	religious_community: '#b3541e',
	kela: '#0b6e99',
	public_other: '#4a5560',
	company: '#7a5c00',
	other: '#6b6b6b',
	families: '#b0306a'
};
