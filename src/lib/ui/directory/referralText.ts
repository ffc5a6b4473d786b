/**
 * The referral view as plain text, for pasting into an e-mail or a client
 * record: for each service its organisation, how to get there or be referred,
 * when, the fee and whom to contact. Pure.
 */
import type { Organisation, Person, Service } from '$lib/domain/entities';
import type { Messages } from '$lib/i18n/catalogue';
import { addressText, timesText } from './describe';

export interface ReferralItem {
	service: Service;
	organisation?: Organisation;
	contacts: Person[];
}

/** An expert network of the need's theme, listed after the services. */
export interface ReferralNetwork {
	name: string;
	coordinator?: Pick<Person, 'name' | 'title' | 'phone' | 'email'>;
}

export function referralText(
	heading: string,
	groups: { title: string; items: ReferralItem[] }[],
	m: Messages,
	locale: string,
	networks?: { title: string; items: ReferralNetwork[] }
): string {
	const d = m.directory;
	const out: string[] = [heading, ''];
	for (const g of groups) {
		if (!g.items.length) continue;
		out.push(g.title.toUpperCase(), '');
		for (const { service: s, organisation: o, contacts } of g.items) {
			out.push(o ? `${s.name} – ${o.name}` : s.name);
			if (s.description) out.push(s.description);
			if (s.referral) out.push(`${d.howToGet}: ${s.referral}`);
			const where = [m.vocab.deliveryMode[s.deliveryMode], addressText(s.address)]
				.filter(Boolean)
				.join(', ');
			out.push(`${d.address}: ${where}`);
			const times = timesText(s, m, locale);
			if (times) out.push(`${d.schedule}: ${times}`);
			out.push(`${d.fee}: ${s.free ? d.free : s.feeDescription || d.paid}`);
			const reach = [s.phone, s.email, s.website].filter(Boolean).join(', ');
			if (reach) out.push(`${d.contact}: ${reach}`);
			for (const p of contacts)
				out.push(
					`${d.whomToContact}: ${[p.name, p.title, p.phone, p.email].filter(Boolean).join(', ')}`
				);
			out.push('');
		}
	}
	if (networks?.items.length) {
		out.push(networks.title.toUpperCase(), '');
		for (const n of networks.items) {
			out.push(n.name);
			const c = n.coordinator;
			if (c)
				out.push(
					`${d.coordinator}: ${[c.name, c.title, c.phone, c.email].filter(Boolean).join(', ')}`
				);
			out.push('');
		}
	}
	return out.join('\n').trimEnd() + '\n';
}
