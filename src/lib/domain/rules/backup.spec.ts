import { describe, expect, it } from 'vitest';
import { backupDue } from './backup';

const now = new Date('2026-10-20T12:00:00.000Z');

describe('backup reminder', () => {
	it('is quiet when every change is backed up', () => {
		expect(backupDue({ lastBackupAt: '2026-01-01T00:00:00Z', days: 7 }, now).due).toBe(false);
	});

	it('waits the set number of days after the first unsaved change', () => {
		expect(backupDue({ unsavedSince: '2026-10-14T12:00:00.000Z', days: 7 }, now)).toEqual({
			due: false,
			days: 6
		});
		expect(backupDue({ unsavedSince: '2026-10-13T12:00:00.000Z', days: 7 }, now)).toEqual({
			due: true,
			days: 7
		});
	});

	it('can be turned off', () => {
		expect(backupDue({ unsavedSince: '2025-01-01T00:00:00.000Z', days: 0 }, now).due).toBe(false);
	});
});
