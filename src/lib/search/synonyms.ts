/**
 * Synonyms of the service themes and how a query word expands through them.
 * A word that is (or begins) a synonym or a label of a theme finds that
 * theme's services through the theme's tag (its words join the tag labels,
 * `synonymTagLabels`), and finds records whose texts use another word of the
 * same theme ("autismi" finds a group described as "nepsy-perheiden
 * vertaisryhmä"): `SynonymExpander.expand`. Pure.
 */
import { THEMES, type Theme } from '$lib/domain/fields';
import type { SynonymWords, ThemeSynonyms } from '$lib/domain/themeSynonyms';
import { fold, tokenize } from './normalize';

/** The app's own synonyms in Finnish and Swedish; a coordinator edits them per theme. */
export const DEFAULT_SYNONYMS: ThemeSynonyms = {
	neuropsychiatric: {
		fi: [
			'nepsy',
			'neuropsykiatrinen',
			'neuropsykiatria',
			'autismi',
			'autismikirjo',
			'ADHD',
			'ADD',
			'Tourette'
		],
		sv: ['neuropsykiatrisk', 'neuropsykiatri', 'autism', 'ADHD']
	},
	divorce: {
		fi: ['ero', 'avioero', 'erotilanne', 'eroperhe', 'eroauttaminen'],
		sv: ['skilsmässa', 'separation', 'skilsmässofamilj']
	},
	couple_relationship: {
		fi: ['parisuhde', 'pariskunta', 'parisuhdeneuvonta', 'pariterapia'],
		sv: ['parrelation', 'parförhållande', 'par']
	},
	violence: {
		fi: ['väkivalta', 'lähisuhdeväkivalta', 'perheväkivalta', 'väkivaltatyö'],
		sv: ['våld', 'våld i nära relationer', 'familjevåld']
	},
	infant_wellbeing: {
		fi: ['vauva', 'vauvaperhe', 'vauvatyö', 'imetys', 'raskaus'],
		sv: ['bebis', 'spädbarn', 'amning']
	},
	substance_abuse: {
		fi: ['päihteet', 'päihde', 'alkoholi', 'riippuvuus', 'huumeet'],
		sv: ['missbruk', 'alkohol', 'beroende', 'droger']
	},
	mental_health: {
		fi: ['mielenterveys', 'masennus', 'ahdistus', 'jaksaminen', 'uupumus'],
		sv: ['psykisk hälsa', 'depression', 'ångest', 'utmattning']
	},
	parenting: {
		fi: ['vanhemmuus', 'kasvatus', 'vanhemmuuden tuki'],
		sv: ['föräldraskap', 'uppfostran']
	},
	financial_support: {
		fi: ['toimeentulo', 'talous', 'velka', 'raha-asiat'],
		sv: ['försörjning', 'ekonomi', 'skuld']
	},
	integration: {
		fi: ['kotoutuminen', 'maahanmuuttaja', 'kotoutuja'],
		sv: ['integration', 'invandrare']
	}
};

/** Each theme's synonyms in effect: the stored list of a theme where there is one, else the app's. */
export function synonymsInEffect(stored: ThemeSynonyms = {}): Record<Theme, SynonymWords> {
	return Object.fromEntries(
		THEMES.map((t) => [t, stored[t] ?? DEFAULT_SYNONYMS[t] ?? { fi: [], sv: [] }])
	) as Record<Theme, SynonymWords>;
}

/** Words typed in a box, one per line or separated by commas; blanks and repeats (case and ä/ö aside) dropped. */
export function parseSynonyms(text: string): string[] {
	const seen = new Set<string>();
	const out: string[] = [];
	for (const raw of text.split(/[,;\n]/)) {
		const w = raw.trim().replace(/\s+/g, ' ');
		if (!w || seen.has(fold(w))) continue;
		seen.add(fold(w));
		out.push(w);
	}
	return out;
}

/** The extra tag labels: each theme's synonyms, so that "autismi" finds services tagged nepsy. */
export function synonymTagLabels(
	list: Record<Theme, SynonymWords>
): [code: string, labels: string[]][] {
	return THEMES.map((t) => [`theme:${t}`, [...list[t].fi, ...list[t].sv]]);
}

/** A query word needs this many letters before it expands as the start of a synonym. */
const PREFIX_FROM = 4;

/**
 * Expands a query word to the other words of the themes it names. Built once
 * from the synonyms in effect and each theme's labels (in every UI language).
 */
export class SynonymExpander {
	/** Folded one-word synonym or label → themes. */
	private themesOf = new Map<string, Set<Theme>>();
	/** Theme → its folded one-word synonyms and labels. */
	private wordsOf = new Map<Theme, string[]>();

	constructor(list: Record<Theme, SynonymWords>, labels: Partial<Record<Theme, string[]>> = {}) {
		for (const t of THEMES) {
			const words = new Set<string>();
			for (const phrase of [...list[t].fi, ...list[t].sv, ...(labels[t] ?? [])]) {
				const tokens = tokenize(phrase).map(fold);
				// A phrase ("våld i nära relationer") finds its theme through the tag labels; only
				// one-word synonyms stand for each other in texts.
				if (tokens.length === 1) words.add(tokens[0]);
			}
			this.wordsOf.set(t, [...words]);
			for (const w of words) {
				let ts = this.themesOf.get(w);
				if (!ts) this.themesOf.set(w, (ts = new Set()));
				ts.add(t);
			}
		}
	}

	/**
	 * The themes a folded query word names: a word equal to a synonym or a
	 * label, or (from four letters) the start of one, as the user types.
	 */
	themes(word: string): Theme[] {
		const f = fold(word);
		const out = new Set<Theme>(this.themesOf.get(f) ?? []);
		if (f.length >= PREFIX_FROM)
			for (const [w, ts] of this.themesOf) if (w.startsWith(f)) ts.forEach((t) => out.add(t));
		return [...out];
	}

	/** The other words of the themes a query word names, folded, without the word itself. */
	expand(word: string): string[] {
		const f = fold(word);
		const out = new Set<string>();
		for (const t of this.themes(f)) for (const w of this.wordsOf.get(t) ?? []) out.add(w);
		out.delete(f);
		return [...out];
	}
}
