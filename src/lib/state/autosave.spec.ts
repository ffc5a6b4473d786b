import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveStatus } from './autosave';

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

const deferred = () => {
	let resolve!: () => void;
	let reject!: (e: unknown) => void;
	const promise = new Promise<void>((res, rej) => ((resolve = res), (reject = rej)));
	return { promise, resolve, reject };
};

describe('Autosave', () => {
	it('saves once typing pauses, with the latest value only', async () => {
		const saved: string[] = [];
		const s = new Autosave(500);
		for (const v of ['a', 'ab', 'abc']) {
			s.schedule('text', async () => void saved.push(v));
			await vi.advanceTimersByTimeAsync(200);
		}
		expect(saved).toEqual([]);
		await vi.advanceTimersByTimeAsync(500);
		expect(saved).toEqual(['abc']);
	});

	it('flush saves pending fields at once (blur, leaving the page)', async () => {
		const saved: string[] = [];
		const s = new Autosave(10_000);
		s.schedule('a', async () => void saved.push('a'));
		s.schedule('b', async () => void saved.push('b'));
		expect(s.pending).toBe(true);
		await s.flush('a');
		expect(saved).toEqual(['a']);
		await s.flush();
		expect(saved).toEqual(['a', 'b']);
		expect(s.pending).toBe(false);
		await vi.advanceTimersByTimeAsync(20_000);
		expect(saved).toEqual(['a', 'b']);
	});

	it('runs saves of one field in order: an older value never lands after a newer one', async () => {
		const order: string[] = [];
		const first = deferred();
		const s = new Autosave(100);
		s.schedule('text', async () => {
			await first.promise;
			order.push('old');
		});
		await vi.advanceTimersByTimeAsync(100);
		s.schedule('text', async () => void order.push('new'));
		await vi.advanceTimersByTimeAsync(100);
		expect(order).toEqual([]);
		first.resolve();
		await s.flush();
		expect(order).toEqual(['old', 'new']);
	});

	it('reports pending, saving, saved and errors', async () => {
		const statuses: SaveStatus[] = [];
		const s = new Autosave(100, (st) => statuses.push(st));
		s.schedule('x', async () => {});
		await s.flush();
		s.schedule('x', async () => {
			throw new Error('quota');
		});
		await s.flush();
		expect(statuses).toEqual(['pending', 'saving', 'saved', 'pending', 'saving', 'error']);
		// A later successful save clears the error.
		await s.now('x', async () => {});
		expect(statuses.at(-1)).toBe('saved');
	});

	it('cancel drops a pending save', async () => {
		const run = vi.fn(async () => {});
		const s = new Autosave(100);
		s.schedule('x', run);
		s.cancel('x');
		await vi.advanceTimersByTimeAsync(500);
		expect(run).not.toHaveBeenCalled();
	});
});
