/**
 * The invitation to a round's group discussion, as plain text for an e-mail
 * the coordinator sends from their own mail program (the app sends nothing),
 * and a mailto: link addressed to a group's current members (as Bcc).
 */
import type { AssessmentRound, AssessmentTheme, Meeting } from '$lib/domain/entities';
import { localized } from '$lib/domain/rules/assessment';
import type { Locale, Messages } from '$lib/i18n/catalogue';
import { formatLocalDateTime } from '$lib/i18n/format';

export function invitationText(
	round: Pick<AssessmentRound, 'name' | 'focusThemeIds' | 'sharedQuestions'>,
	themes: readonly AssessmentTheme[],
	workshop: Pick<Meeting, 'start' | 'place'> | undefined,
	m: Messages,
	locale: Locale
): string {
	const rp = m.codev.roundPage;
	const lines = [rp.invitationIntro(round.name), '', rp.invitationThemes];
	for (const id of round.focusThemeIds) {
		const t = themes.find((x) => x.id === id);
		if (!t) continue;
		lines.push(`${t.number}. ${localized(t.title, locale)}`);
		for (const q of t.guidingQuestions) lines.push(`   – ${localized(q, locale)}`);
	}
	if (round.sharedQuestions.length) {
		lines.push('', rp.invitationQuestions);
		for (const q of round.sharedQuestions) lines.push(`– ${q}`);
	}
	lines.push('', rp.invitationOutro);
	if (workshop)
		lines.push(
			'',
			rp.invitationWorkshop(formatLocalDateTime(workshop.start, locale), workshop.place ?? '')
		);
	return lines.join('\n');
}

/** A mailto: link to the given addresses (Bcc, so members do not see each other's). */
export function mailtoLink(emails: readonly string[], subject: string, body: string): string {
	const bcc = [...new Set(emails)].map(encodeURIComponent).join(',');
	return `mailto:?bcc=${bcc}&subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
