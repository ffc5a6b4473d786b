import { beforeEach, describe, expect, it } from 'vitest';
import { StorageError } from '$lib/db/errors';
import { forget, leftOver, remember, replayLeftOver } from './pendingSaves';

class MemoryStorage {
	private data = new Map<string, string>();
	get length() {
		return this.data.size;
	}
	key(i: number) {
		return [...this.data.keys()][i] ?? null;
	}
	getItem(k: string) {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string) {
		this.data.set(k, v);
	}
	removeItem(k: string) {
		this.data.delete(k);
	}
}

const target = {
	roundId: '00000000-0000-4000-8000-000000000001',
	bodyId: '00000000-0000-4000-8000-000000000002',
	themeId: '00000000-0000-4000-8000-000000000003'
};

beforeEach(() => {
	(globalThis as { localStorage?: unknown }).localStorage = new MemoryStorage();
});

describe('pending discussion saves', () => {
	it('keeps a noted edit until its save is confirmed', () => {
		const token = remember('notes', target, { notes: 'Muistiin' });
		expect(leftOver()).toEqual([
			{ key: 'notes', entry: { token, target, patch: { notes: 'Muistiin' } } }
		]);
		forget('notes', token);
		expect(leftOver()).toEqual([]);
	});

	it('does not forget a newer edit of the same field when an older save finishes', () => {
		const older = remember('notes', target, { notes: 'A' });
		remember('notes', target, { notes: 'AB' });
		forget('notes', older);
		expect(leftOver().map((x) => x.entry.patch.notes)).toEqual(['AB']);
	});

	it('saves left-over edits, drops those that can no longer apply, keeps those that failed for now', async () => {
		remember('a', target, { notes: 'tallennetaan' });
		remember('b', { ...target, roundId: '00000000-0000-4000-8000-000000000009' }, { rating: 2 });
		remember('c', target, { rating: 3 });
		const applied: unknown[] = [];
		const saved = await replayLeftOver(async (t, p) => {
			if (t.roundId.endsWith('9')) throw new StorageError('missing', 'round gone');
			if (p.rating === 3) throw new StorageError('quota', 'disk full');
			applied.push(p);
		});
		expect(saved).toBe(1);
		expect(applied).toEqual([{ notes: 'tallennetaan' }]);
		expect(leftOver().map((x) => x.key)).toEqual(['c']);
	});

	it('drops notes that are not valid edits', () => {
		localStorage.setItem('verkosto.pending-discussion.x', '{"token":"t","target":{},"patch":{}}');
		localStorage.setItem('verkosto.pending-discussion.y', 'not json');
		localStorage.setItem('other-key', 'kept');
		expect(leftOver()).toEqual([]);
		expect(localStorage.length).toBe(1);
	});
});
