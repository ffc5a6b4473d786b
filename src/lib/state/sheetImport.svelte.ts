/**
 * The spreadsheet import's state: file → columns → check → review → summary
 * → done. The file is read, checked and planned in the exchange worker (a
 * 10,000-row sheet never holds the page); this class holds what the page
 * shows and the user's choices. Applying goes through the worker's `apply`,
 * the same as a JSON import, so history and undo are the JSON import's.
 */
import { ExchangeClient, ExchangeError } from '$lib/workers/exchange/client';
import type { SheetsView } from '$lib/workers/exchange/protocol';
import type { SheetCheck } from '$lib/services/spreadsheetImport';
import type { PreviewSummary } from '$lib/exchange/view';
import type { ImportRecord } from '$lib/queries/sharing';
import type { SpreadsheetProblem } from '$lib/importers/spreadsheet/types';
import {
	applySaved,
	defaultMapping,
	findHeaderRow,
	headersOf,
	saveMapping,
	savedMappingsSchema,
	withSaved,
	type ColumnField,
	type Mapping,
	type SavedMapping
} from '$lib/importers/spreadsheet/mapping';
import type {
	ReviewAction,
	ReviewDecision,
	ReviewDecisions
} from '$lib/importers/spreadsheet/records';
import type { Sector } from '$lib/domain/fields';

export type SheetStep = 'file' | 'columns' | 'check' | 'review' | 'summary' | 'done';
export const STEPS: readonly Exclude<SheetStep, 'done'>[] = [
	'file',
	'columns',
	'check',
	'review',
	'summary'
];

const SAVED_KEY = 'verkosto.sheetMappings';

/** Mappings saved by name in this browser (they hold no personal data). */
export function loadSavedMappings(): SavedMapping[] {
	try {
		const parsed = savedMappingsSchema.safeParse(
			JSON.parse(localStorage.getItem(SAVED_KEY) ?? '[]')
		);
		return parsed.success ? parsed.data : [];
	} catch {
		return [];
	}
}

export class SheetImport {
	step = $state<SheetStep>('file');
	busy = $state(false);
	progress = $state<{ stage: string; done: number; total: number } | undefined>();
	fileName = $state('');
	view = $state.raw<SheetsView | undefined>();
	refusal = $state.raw<SpreadsheetProblem | undefined>();
	/** Why the last step failed (not a refused file). */
	error = $state.raw<unknown>();
	sheet = $state(0);
	headerRow = $state(0);
	mapping = $state<Mapping>({ columns: [], defaultSector: 'other' });
	edits = $state<Record<string, string>>({});
	excluded = $state<number[]>([]);
	check = $state.raw<SheetCheck | undefined>();
	decisions = $state<ReviewDecisions>({});
	/** Whether to create the organisations rows name that do not exist; undefined: not chosen yet. */
	createOrganisations = $state<boolean | undefined>();
	summary = $state.raw<(PreviewSummary & { leftOut: number }) | undefined>();
	stale = $state(false);
	applied = $state.raw<ImportRecord | undefined>();
	saved = $state<SavedMapping[]>([]);
	private client: ExchangeClient | undefined;
	/** A worker started before the file is chosen (prepare), taken by the next open. */
	private ready: ExchangeClient | undefined;

	private readonly onProgress = (stage: string, done: number, total: number) =>
		(this.progress = { stage, done, total });

	get current() {
		return this.view?.sheets[this.sheet];
	}
	get columnCount(): number {
		return this.current?.columns ?? 0;
	}
	/** The header row's texts, one per column. */
	get headers(): string[] {
		return headersOf(this.current?.head ?? [], this.headerRow, this.columnCount);
	}
	/** The first values under each header, for the mapping table. */
	get samples(): string[][] {
		const rows = (this.current?.head ?? []).slice(this.headerRow + 1, this.headerRow + 4);
		return this.headers.map((_, i) => rows.map((r) => r[i] ?? '').filter(Boolean));
	}
	get mapped(): boolean {
		return this.mapping.columns.some(Boolean);
	}
	get undecided(): number {
		return (this.check?.candidates ?? []).filter((c) => !this.decisions[c.key]).length;
	}
	/** The check found nothing that stops the import (problems fixed or left out, organisations chosen). */
	get checkPassed(): boolean {
		const c = this.check;
		return (
			!!c &&
			c.problemTotal === 0 &&
			c.goodRows > 0 &&
			(c.newOrganisations.length === 0 || this.createOrganisations !== undefined)
		);
	}

	/** Starts the worker and loads the spreadsheet code while the user is still choosing a file. */
	prepare(): void {
		if (this.ready) return;
		this.ready = new ExchangeClient();
		// Only a head start: if it fails, open() fails the same way and says so.
		this.ready.call('sheetWarm', {}).catch(() => undefined);
	}

	async open(file: File): Promise<void> {
		this.close();
		this.saved = loadSavedMappings();
		this.fileName = file.name;
		this.client = this.ready ?? new ExchangeClient();
		this.ready = undefined;
		await this.run(async () => {
			this.view = await this.client!.call('sheetOpen', { file }, this.onProgress);
			this.chooseSheet(0);
			this.step = 'columns';
		});
	}

	chooseSheet(index: number): void {
		this.sheet = index;
		this.headerRow = findHeaderRow(this.current?.head ?? []);
		this.mapping = defaultMapping(this.headers);
	}

	chooseHeaderRow(row: number): void {
		this.headerRow = Math.max(0, Math.min(row, (this.current?.head.length ?? 1) - 1));
		this.mapping = { ...defaultMapping(this.headers), defaultSector: this.mapping.defaultSector };
	}

	setColumn(index: number, field: ColumnField): void {
		const columns = this.mapping.columns.map((f, i) =>
			i === index ? field : f === field && field ? '' : f
		);
		this.mapping = { ...this.mapping, columns };
	}

	setDefaultSector(sector: Sector): void {
		this.mapping = { ...this.mapping, defaultSector: sector };
	}

	saveMappingAs(name: string): SavedMapping {
		const next = saveMapping(name, this.headers, $state.snapshot(this.mapping) as Mapping);
		this.saved = withSaved(this.saved, next);
		localStorage.setItem(SAVED_KEY, JSON.stringify(this.saved));
		return next;
	}

	useSaved(name: string): void {
		const s = this.saved.find((x) => x.name === name);
		if (s) this.mapping = applySaved(s, this.headers);
	}

	private request() {
		return $state.snapshot({
			sheet: this.sheet,
			headerRow: this.headerRow,
			mapping: this.mapping,
			edits: this.edits,
			excluded: this.excluded
		});
	}

	/** Checks every row (again, after fixes); the review's decisions are kept for the rows still there. */
	async runCheck(): Promise<void> {
		await this.run(async () => {
			this.check = await this.client!.call('sheetCheck', this.request(), this.onProgress);
			const keys = Object.fromEntries(this.check.candidates.map((c) => [c.key, true]));
			this.decisions = Object.fromEntries(
				Object.entries(this.decisions).filter(([k]) => Object.hasOwn(keys, k))
			);
			if (!this.check.newOrganisations.length) this.createOrganisations = undefined;
			this.step = 'check';
		});
	}

	fix(row: number, column: number, value: string): void {
		this.edits = { ...this.edits, [`${row}:${column}`]: value };
	}

	leaveOut(rows: number[], on = true): void {
		const rest = this.excluded.filter((r) => !rows.includes(r));
		this.excluded = on ? [...rest, ...rows] : rest;
	}

	decide(key: string, decision: ReviewDecision): void {
		this.decisions = { ...this.decisions, [key]: decision };
	}

	/** The same action for this candidate and every one after it without a decision. */
	decideRest(fromIndex: number, action: ReviewAction): void {
		const next = { ...this.decisions };
		for (const c of (this.check?.candidates ?? []).slice(fromIndex))
			if (!next[c.key] || c === this.check!.candidates[fromIndex]) next[c.key] = { action };
		this.decisions = next;
	}

	async toReviewOrSummary(): Promise<void> {
		if (this.check?.candidates.length) this.step = 'review';
		else await this.toSummary();
	}

	async toSummary(): Promise<void> {
		await this.run(async () => {
			this.summary = await this.client!.call(
				'sheetPreview',
				{
					...this.request(),
					decisions: $state.snapshot(this.decisions) as ReviewDecisions,
					createOrganisations: !!this.createOrganisations
				},
				this.onProgress
			);
			this.step = 'summary';
		});
	}

	async apply(): Promise<ImportRecord | undefined> {
		let record: ImportRecord | undefined;
		await this.run(async () => {
			try {
				record = await this.client!.call('apply', { decisions: {} }, this.onProgress);
				this.applied = record;
				this.step = 'done';
				this.client?.terminate();
				this.client = undefined;
			} catch (e) {
				if (e instanceof ExchangeError && e.wire.name === 'ImportStale') {
					this.stale = true;
					await this.runCheck();
					return;
				}
				throw e;
			}
		});
		return record;
	}

	back(): void {
		const order: SheetStep[] = ['file', 'columns', 'check', 'review', 'summary'];
		let i = order.indexOf(this.step) - 1;
		if (order[i] === 'review' && !this.check?.candidates.length) i--;
		if (i >= 0) this.step = order[i];
		this.summary = undefined;
	}

	private async run(fn: () => Promise<void>): Promise<void> {
		this.busy = true;
		this.error = undefined;
		try {
			await fn();
		} catch (e) {
			if (e instanceof ExchangeError && e.wire.name === 'SpreadsheetRefused') {
				this.refusal = e.wire.problem;
				this.client?.terminate();
				this.client = undefined;
				this.step = 'file';
			} else this.error = e;
		} finally {
			this.busy = false;
			this.progress = undefined;
		}
	}

	/** Leaving the page: no worker is left running. */
	dispose(): void {
		this.close();
		this.ready?.terminate();
		this.ready = undefined;
	}

	close(): void {
		this.client?.terminate();
		this.client = undefined;
		this.step = 'file';
		this.view = undefined;
		this.refusal = undefined;
		this.error = undefined;
		this.check = undefined;
		this.summary = undefined;
		this.applied = undefined;
		this.edits = {};
		this.excluded = [];
		this.decisions = {};
		this.createOrganisations = undefined;
		this.stale = false;
	}
}
