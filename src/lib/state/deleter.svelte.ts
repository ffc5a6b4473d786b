/**
 * The ask–show–apply flow of deleting a record from a page: plans the
 * deletion through services/editing (what else goes, what only loses its
 * link), holds the dialog's state, applies the user's choice and then leaves
 * for `after`.
 */
import { goto } from '$app/navigation';
import type { EntityName } from '$lib/domain/entities';
import { isLive, sortByName } from '$lib/domain/records';
import type { Messages } from '$lib/i18n/catalogue';
import {
	deleteRecord,
	planDeletion,
	type DeletionChoice,
	type DeletionPlan
} from '$lib/services/bound';
import { app } from './app.svelte';
import { errorMessage } from './errors';

export type { DeletionChoice, DeletionPlan, PlanItem } from '$lib/services/bound';

interface Target {
	entity: EntityName;
	id: string;
	/** How the question names the record: «tavoite «Hakemisto»». */
	what: string;
	/** Where to go once deleted (a path), or what to do. */
	after?: string | (() => void);
}

export type ReassignOption = { id: string; label: string };

/**
 * Records of the same kind a deleted record's links may move to: the record
 * itself and deleted ones left out, the rest by name.
 */
export function reassignOptions(
	id: string,
	related: readonly { id: string; name: string; deletedAt?: string }[]
): ReassignOption[] {
	return sortByName(related.filter((r) => r.id !== id && isLive(r as never))).map((r) => ({
		id: r.id,
		label: r.name
	}));
}

export class Deleter {
	open = $state(false);
	plan = $state<DeletionPlan | undefined>(undefined);
	target = $state<Target | undefined>(undefined);

	async ask(target: Target, m: Messages): Promise<void> {
		try {
			this.target = target;
			this.plan = await planDeletion(target.entity, target.id);
			this.open = true;
		} catch (e) {
			app.notify('error', errorMessage(m, e));
		}
	}

	async confirm(choice: DeletionChoice, m: Messages): Promise<void> {
		const t = this.target;
		this.open = false;
		if (!t) return;
		try {
			await deleteRecord(t.entity, t.id, choice);
		} catch (e) {
			app.notify('error', errorMessage(m, e, t.what));
			return;
		}
		app.notify('success', m.common.deletion.done);
		if (typeof t.after === 'string') await goto(t.after);
		else t.after?.();
	}

	cancel(): void {
		this.open = false;
	}
}
