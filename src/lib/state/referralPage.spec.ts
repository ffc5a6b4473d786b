import { describe, expect, it, vi } from 'vitest';
import type { DirectoryQuery } from '$lib/search/filters';
import type { ServiceWithContacts } from '$lib/queries/directory';
import { ReferralPage, type ReferralDeps } from './referralPage.svelte';

const MUNI = '0b4c1e6a-54f0-4c3e-9d0f-111111111111';
const settle = () => new Promise((r) => setTimeout(r, 0));

const item = (id: string, municipalityIds: string[]) =>
	({ service: { id, municipalityIds }, contacts: [] }) as unknown as ServiceWithContacts;

function setup(address = '', over: Partial<ReferralDeps> = {}) {
	const search = {
		ready: true,
		generation: 0,
		start: vi.fn(),
		ids: vi.fn<(q: DirectoryQuery) => Promise<string[]>>()
	};
	const deps = {
		search,
		read: vi.fn<ReferralDeps['read']>(),
		synonyms: vi.fn<ReferralDeps['synonyms']>(async () => []),
		location: vi.fn(() => address),
		replace: vi.fn(),
		writeClipboard: vi.fn(async () => undefined),
		fail: vi.fn(),
		notify: vi.fn()
	};
	return { page: new ReferralPage(address, { ...deps, ...over }), deps, search };
}

describe('the referral view', () => {
	it('asks nothing before a municipality is chosen', () => {
		const { page, search } = setup();
		page.load();
		expect(search.ids).not.toHaveBeenCalled();
		expect(page.answer).toBeUndefined();
	});

	it('starts from the address, asks for services in operation by name, shows the first 30', async () => {
		const { page, deps, search } = setup(`?municipalityId=${MUNI}&theme=divorce`);
		expect(page.need.municipalityId).toBe(MUNI);
		const ids = Array.from({ length: 40 }, (_, i) => `s${i}`);
		search.ids.mockResolvedValue(ids);
		deps.read.mockResolvedValue([item('local', [MUNI]), item('online', []), item('x', ['y'])]);
		page.load();
		expect(search.ids).toHaveBeenCalledWith({
			text: '',
			type: 'services',
			filters: { municipalityId: MUNI, theme: 'divorce', status: 'active' },
			sort: 'name'
		});
		await settle();
		expect(deps.read).toHaveBeenCalledWith(ids.slice(0, 30));
		expect(page.answer?.total).toBe(40);
		expect(page.answer?.local.map((x) => x.service.id)).toEqual(['local']);
		expect(page.answer?.national.map((x) => x.service.id)).toEqual(['online']);
	});

	it('shows nothing while the index is being prepared, and the newest answer after', async () => {
		const { page, deps, search } = setup(`?municipalityId=${MUNI}`);
		search.ready = false;
		page.load();
		expect(page.answer).toBeUndefined();
		search.ready = true;
		let first!: (ids: string[]) => void;
		search.ids.mockReturnValueOnce(new Promise((r) => (first = r))).mockResolvedValueOnce(['new']);
		deps.read.mockImplementation(async (ids) => ids.map((id) => item(id, [MUNI])));
		page.load();
		page.need.free = true;
		page.load();
		await settle();
		first(['old']);
		await settle();
		expect(page.answer?.local.map((x) => x.service.id)).toEqual(['new']);
	});

	it('keeps the need in the address, without the implied "in operation"', () => {
		const { page, deps } = setup();
		page.need.municipalityId = MUNI;
		page.need.age = '7';
		page.followAddress(page.address);
		expect(deps.replace).toHaveBeenCalledExactlyOnceWith(`?municipalityId=${MUNI}&age=7`);
		deps.location.mockReturnValue(page.address);
		page.followAddress(page.address);
		expect(deps.replace).toHaveBeenCalledTimes(1);
	});

	it('copies as text, or shows the text to copy by hand when the clipboard refuses', async () => {
		const { page, deps } = setup();
		await page.copy('PALVELUT: NOKIA', 'Kopioitu.');
		expect(deps.writeClipboard).toHaveBeenCalledWith('PALVELUT: NOKIA');
		expect(deps.notify).toHaveBeenCalledWith('Kopioitu.');
		expect(page.copyFailed).toBe(false);
		deps.writeClipboard.mockRejectedValueOnce(new Error('denied'));
		await page.copy('again', 'Kopioitu.');
		expect(page.copyFailed).toBe(true);
		expect(page.text).toBe('again');
	});

	it('tells the user when the search fails', async () => {
		const { page, deps, search } = setup(`?municipalityId=${MUNI}`);
		search.ids.mockRejectedValue(new Error('worker gone'));
		page.load();
		await settle();
		expect(deps.fail).toHaveBeenCalled();
	});

	it('adds the services that name the theme by a synonym without its tag, after the tagged ones', async () => {
		const { page, deps, search } = setup(`?municipalityId=${MUNI}&theme=neuropsychiatric`);
		deps.synonyms.mockResolvedValue(['autismi', 'ADHD', 'Tourette']);
		search.ids.mockImplementation(async (q) =>
			q.text === '' ? ['tagged', 'both'] : q.text === 'autismi' ? ['both', 'autism'] : ['adhd']
		);
		deps.read.mockImplementation(async (ids) => ids.map((id) => item(id, [MUNI])));
		page.load();
		await vi.waitFor(() => expect(page.answer).toBeDefined());
		expect(deps.synonyms).toHaveBeenCalledWith('neuropsychiatric');
		// The synonyms are looked for without the theme filter, the rest of the need kept.
		expect(search.ids).toHaveBeenCalledWith({
			text: 'autismi',
			type: 'services',
			filters: { municipalityId: MUNI, status: 'active' },
			sort: 'name'
		});
		// Words shorter than five letters ("ADHD") are not looked for in texts: too many starts match.
		expect(search.ids).not.toHaveBeenCalledWith(expect.objectContaining({ text: 'ADHD' }));
		expect(page.answer?.local.map((x) => x.service.id)).toEqual([
			'tagged',
			'both',
			'autism',
			'adhd'
		]);
		expect(page.answer?.total).toBe(4);
	});
});
