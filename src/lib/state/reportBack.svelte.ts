/**
 * The report-back panel's controller for one body's page (or the meetings
 * list with one body chosen): who has not reported back, as a live query,
 * and the "mark reported" action. No body chosen: nothing is read.
 */
import type { ReportBackStatus } from '$lib/domain/rules/reportBack';
import { i18n } from '$lib/i18n/i18n.svelte';
import { reportBackStatus } from '$lib/queries/meetings';
import { patchMeeting } from '$lib/services/meetings';
import { app } from './app.svelte';
import { errorMessage } from './errors';
import { Live } from './live.svelte';

export class ReportBack {
	private status: Live<ReportBackStatus | undefined, [string | undefined, string]>;

	/** Create during component initialisation (it starts a live query). */
	constructor(bodyId: () => string | undefined, today: () => string) {
		this.status = new Live(
			([id, day]) => (id ? reportBackStatus(id, day) : undefined),
			() => [bodyId(), today()] as [string | undefined, string]
		);
	}

	/** Undefined while loading (or with no body). */
	get current(): ReportBackStatus | undefined {
		return this.status.current;
	}

	async mark(meetingId: string, personId: string): Promise<void> {
		try {
			await patchMeeting(meetingId, [
				{ op: 'participant.flag', personId, field: 'reportedBack', value: true }
			]);
		} catch (e) {
			app.notify('error', errorMessage(i18n.m, e));
		}
	}
}
