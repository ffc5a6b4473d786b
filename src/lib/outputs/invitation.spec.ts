import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { catalogue } from '$lib/testing/messages';
import { invitationText, mailtoLink } from './invitation';

const demo = buildDemoNetwork();
const round = demo.assessmentRounds.find((r) => r.id === demoId('round:2024'))!;
const workshop = demo.meetings.find((x) => x.id === round.workshopMeetingId);

describe('invitationText', () => {
	it('names the round, the focus themes with their questions, the shared questions and the workshop', () => {
		const text = invitationText(round, demo.assessmentThemes, workshop, catalogue.fi, 'fi');
		expect(text).toContain(round.name);
		expect(text).toContain('1. Järjestöjen työn tunnettuus');
		expect(text).toContain('5. Monitoimijainen yhteistyö');
		expect(text).not.toContain('Viestintä');
		expect(text).toContain('– Mitä yhteistyössä pitäisi kehittää ensimmäisenä?');
		expect(text).toContain('25.9.2024 klo 12.00, Monitoimitalo 13');
	});

	it('uses the UI language for theme texts', () => {
		const text = invitationText(round, demo.assessmentThemes, undefined, catalogue.sv, 'sv');
		expect(text).toContain('2. Strukturer för det gemensamma arbetet');
	});
});

describe('mailtoLink', () => {
	it('addresses members as Bcc once each and encodes subject and body', () => {
		const link = mailtoLink(
			['a@example.fi', 'b@example.fi', 'a@example.fi'],
			'Kutsu & tervetuloa',
			'Rivi 1\nRivi 2'
		);
		expect(link).toBe(
			'mailto:?bcc=a%40example.fi,b%40example.fi&subject=Kutsu%20%26%20tervetuloa&body=Rivi%201%0ARivi%202'
		);
	});
});
