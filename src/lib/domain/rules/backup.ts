/**
 * When to remind the user to back up: the data has changes that no backup
 * (a full export with personal data) holds, and the first of them is at least
 * `days` old. Zero days turns the reminder off.
 */
export interface BackupState {
	lastBackupAt?: string;
	/** The first change since the last backup (absent when every change is backed up). */
	unsavedSince?: string;
	days: number;
}

export const DEFAULT_REMINDER_DAYS = 7;
const DAY = 86_400_000;

export function backupDue(s: BackupState, now: Date): { due: boolean; days: number } {
	if (!s.unsavedSince || s.days <= 0) return { due: false, days: 0 };
	const days = Math.floor((now.getTime() - Date.parse(s.unsavedSince)) / DAY);
	return { due: days >= s.days, days };
}
