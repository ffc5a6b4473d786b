/** An in-memory `localStorage` for unit tests (Node has none). */
export class MemoryStorage {
	private readonly data = new Map<string, string>();
	get length(): number {
		return this.data.size;
	}
	key(i: number): string | null {
		return [...this.data.keys()][i] ?? null;
	}
	getItem(k: string): string | null {
		return this.data.get(k) ?? null;
	}
	setItem(k: string, v: string): void {
		this.data.set(k, String(v));
	}
	removeItem(k: string): void {
		this.data.delete(k);
	}
	clear(): void {
		this.data.clear();
	}
	keys(): string[] {
		return [...this.data.keys()];
	}
}
