/**
 * A meeting's summary for the representatives to forward to the
 * organisations they represent: what was on the agenda, what was noted and
 * decided, who does what by when, and who was there. One model feeds both the
 * printable page and the plain-text export, so the two never disagree. Pure.
 */
import type { Meeting } from '$lib/domain/entities';
import { fiCollator } from '$lib/domain/records';

export interface SummaryPerson {
	name: string;
	organisation?: string;
	walkIn: boolean;
}

export interface MeetingSummary {
	title: string;
	kind: string;
	when: string;
	place?: string;
	body?: string;
	description?: string;
	present: SummaryPerson[];
	absent: SummaryPerson[];
	notMarked: SummaryPerson[];
	agenda: { title: string; notes?: string; decisions: string[] }[];
	/** Decisions not made under an agenda item. */
	decisions: string[];
	followUps: { text: string; owner?: string; due?: string; done: boolean }[];
	notes?: string;
}

export interface SummaryLookups {
	person: (id: string) => { name: string; organisation?: string } | undefined;
	bodyName?: string;
	kind: string;
	when: string;
	date: (iso: string) => string;
	/** Shown for a person who is no longer in the data. */
	unknownPerson: string;
}

const trimmed = (s: string | undefined) => (s?.trim() ? s.trim() : undefined);

export function buildSummary(m: Meeting, l: SummaryLookups): MeetingSummary {
	const people = (which: Meeting['participants'][number]['attendance']) =>
		m.participants
			.filter((p) => p.attendance === which)
			.map((p) => {
				const who = l.person(p.personId);
				return {
					name: who?.name ?? l.unknownPerson,
					...(who?.organisation ? { organisation: who.organisation } : {}),
					walkIn: p.walkIn
				};
			})
			.sort((a, b) => fiCollator.compare(a.name, b.name));
	const agendaIds = new Set(m.agenda.map((a) => a.id));
	return {
		title: m.title,
		kind: l.kind,
		when: l.when,
		...(trimmed(m.place) ? { place: trimmed(m.place) } : {}),
		...(l.bodyName ? { body: l.bodyName } : {}),
		...(trimmed(m.description) ? { description: trimmed(m.description) } : {}),
		present: people('present'),
		absent: people('absent'),
		notMarked: people('unknown'),
		agenda: m.agenda.map((a) => ({
			title: a.title,
			...(trimmed(a.notes) ? { notes: trimmed(a.notes) } : {}),
			decisions: m.decisions.filter((d) => d.agendaItemId === a.id).map((d) => d.text)
		})),
		decisions: m.decisions
			.filter((d) => !d.agendaItemId || !agendaIds.has(d.agendaItemId))
			.map((d) => d.text),
		followUps: m.followUps.map((f) => ({
			text: f.text,
			...(f.ownerPersonId ? { owner: l.person(f.ownerPersonId)?.name ?? l.unknownPerson } : {}),
			...(f.dueDate ? { due: l.date(f.dueDate) } : {}),
			done: f.done
		})),
		...(trimmed(m.notes) ? { notes: trimmed(m.notes) } : {})
	};
}

export interface SummaryLabels {
	place: string;
	body: string;
	present: (n: number) => string;
	absent: (n: number) => string;
	notMarked: (n: number) => string;
	walkIn: string;
	agenda: string;
	notes: string;
	decision: string;
	decisions: string;
	followUps: string;
	owner: string;
	due: string;
	done: string;
	noFollowUps: string;
	noDecisions: string;
	generalNotes: string;
	forward: string;
}

const indent = (text: string, pad: string) =>
	text
		.split(/\r\n|\r|\n/)
		.map((line) => (line ? pad + line : line))
		.join('\n');

const who = (p: SummaryPerson, l: SummaryLabels) =>
	`${p.name}${p.organisation ? ` (${p.organisation})` : ''}${p.walkIn ? ` – ${l.walkIn}` : ''}`;

/** The summary as plain text, for e-mail or a file: headings in capitals, lists with dashes. */
export function summaryText(s: MeetingSummary, l: SummaryLabels): string {
	const out: string[] = [s.title, `${s.kind}, ${s.when}`];
	if (s.place) out.push(`${l.place}: ${s.place}`);
	if (s.body) out.push(`${l.body}: ${s.body}`);
	if (s.description) out.push('', s.description);

	const list = (heading: string, people: SummaryPerson[]) => {
		if (!people.length) return;
		out.push('', heading.toLocaleUpperCase('fi'), ...people.map((p) => `- ${who(p, l)}`));
	};
	list(l.present(s.present.length), s.present);
	list(l.absent(s.absent.length), s.absent);
	list(l.notMarked(s.notMarked.length), s.notMarked);

	if (s.agenda.length) {
		out.push('', l.agenda.toLocaleUpperCase('fi'));
		s.agenda.forEach((a, i) => {
			out.push(`${i + 1}. ${a.title}`);
			if (a.notes) out.push(`   ${l.notes}:`, indent(a.notes, '   '));
			for (const d of a.decisions) out.push(`   ${l.decision}: ${d}`);
		});
	}
	out.push('', l.decisions.toLocaleUpperCase('fi'));
	const allDecisions = [...s.agenda.flatMap((a) => a.decisions), ...s.decisions];
	if (allDecisions.length) out.push(...allDecisions.map((d) => `- ${indent(d, '  ').trimStart()}`));
	else out.push(l.noDecisions);

	out.push('', l.followUps.toLocaleUpperCase('fi'));
	if (s.followUps.length)
		for (const f of s.followUps) {
			const meta = [
				f.owner ? `${l.owner}: ${f.owner}` : '',
				f.due ? `${l.due}: ${f.due}` : '',
				f.done ? l.done : ''
			].filter(Boolean);
			out.push(`- ${f.text}${meta.length ? ` (${meta.join(', ')})` : ''}`);
		}
	else out.push(l.noFollowUps);

	if (s.notes) out.push('', l.generalNotes.toLocaleUpperCase('fi'), s.notes);
	out.push('', l.forward);
	return out.join('\n') + '\n';
}
