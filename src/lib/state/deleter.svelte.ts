/**
 * The ask–show–apply flow of deleting a record from a page: plans the
 * deletion (what else goes, what only loses its link), holds the dialog's
 * state, and applies the user's choice through services/deletion.
 */
import { db } from '$lib/db/connection';
import { dropSearchCache } from '$lib/db/searchCache';
import type { EntityName } from '$lib/domain/entities';
import {
	deleteRecord,
	planDeletion,
	type DeletionChoice,
	type DeletionPlan
} from '$lib/services/deletion';
import type { Messages } from '$lib/i18n/catalogue';
import { app } from './app.svelte';
import { errorMessage } from './errors';

interface Target {
	entity: EntityName;
	id: string;
	/** How the question names the record: «tavoite «Hakemisto»». */
	what: string;
	after?: () => void;
}

export class Deleter {
	open = $state(false);
	plan = $state<DeletionPlan | undefined>(undefined);
	target = $state<Target | undefined>(undefined);

	async ask(target: Target, m: Messages): Promise<void> {
		try {
			this.target = target;
			this.plan = await planDeletion(db(), target.entity, target.id);
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
			await deleteRecord(db(), t.entity, t.id, choice);
			// The saved search index holds the person: gone before the user is told it is done.
			if (t.entity === 'persons') await dropSearchCache();
			app.notify('success', m.common.deletion.done);
			t.after?.();
		} catch (e) {
			app.notify('error', errorMessage(m, e, t.what));
		}
	}

	cancel(): void {
		this.open = false;
	}
}
