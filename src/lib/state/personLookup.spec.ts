import { afterEach, expect, it, vi } from 'vitest';
import type { PersonInfo } from '$lib/queries/meetings';
import { PersonLookup } from './personLookup.svelte';

afterEach(() => vi.useRealTimers());
const person = (name: string): PersonInfo => ({ id: name, name });

it('asks after a pause in typing, once, for the last text', async () => {
	vi.useFakeTimers();
	const search = vi.fn(async (q: string) => [person(q)]);
	const lookup = new PersonLookup(search, { delay: 200, minLength: 2 });
	lookup.find('ai');
	await vi.advanceTimersByTimeAsync(150);
	lookup.find('aino');
	await vi.advanceTimersByTimeAsync(199);
	expect(search).not.toHaveBeenCalled();
	await vi.advanceTimersByTimeAsync(1);
	expect(search).toHaveBeenCalledExactlyOnceWith('aino');
	expect(lookup.results).toEqual([person('aino')]);
});

it('does not search a text too short, and forgets the earlier results', async () => {
	vi.useFakeTimers();
	const lookup = new PersonLookup(async (q) => [person(q)], { delay: 10, minLength: 2 });
	lookup.find('aino');
	await vi.advanceTimersByTimeAsync(10);
	lookup.find(' a ');
	expect(lookup.results).toBeUndefined();
});

it('drops an answer that arrives after the text changed or the page closed', async () => {
	vi.useFakeTimers();
	let answer!: (p: PersonInfo[]) => void;
	const lookup = new PersonLookup(() => new Promise((r) => (answer = r)), {
		delay: 10,
		minLength: 1
	});
	lookup.find('aino');
	await vi.advanceTimersByTimeAsync(10);
	lookup.cancel();
	answer([person('aino')]);
	await vi.advanceTimersByTimeAsync(0);
	expect(lookup.results).toBeUndefined();
});
