/**
 * Reads Dexie's storage-mutation notices ('storagemutated', broadcast between
 * tabs and workers): which records of which tables a write touched. Dexie
 * reports single-record and small writes as key points and bulk writes (50
 * records or more, clear, delete ranges) as ranges; a range means "re-read
 * everything".
 */
interface RangeNode {
	from: unknown;
	to: unknown;
	d?: number;
	l?: RangeNode | null;
	r?: RangeNode | null;
}

export interface Mutations {
	/** Some table the caller follows changed in a way that needs a full re-read. */
	rebuild: boolean;
	/** Changed keys per followed table. */
	keys: Record<string, Set<string>>;
	/** Tables that changed at all (followed or not). */
	tables: Set<string>;
}

function points(node: RangeNode | null | undefined, out: Set<string>): boolean {
	if (!node || !node.d) return true;
	if (node.from !== node.to || typeof node.from !== 'string') return false;
	out.add(node.from);
	return points(node.l, out) && points(node.r, out);
}

export function readMutations(
	parts: unknown,
	dbName: string,
	follow: readonly string[]
): Mutations {
	const out: Mutations = { rebuild: false, keys: {}, tables: new Set() };
	for (const [part, tree] of Object.entries(parts as Record<string, RangeNode>)) {
		if (part === 'all') {
			out.rebuild = true;
			continue;
		}
		// "idb://<db>/<table>/" is the primary key; other parts are indexes.
		const m = /^idb:\/\/([^/]+)\/([^/]+)\/$/.exec(part);
		if (!m || m[1] !== dbName) continue;
		out.tables.add(m[2]);
		if (!follow.includes(m[2])) continue;
		const keys = (out.keys[m[2]] ??= new Set());
		if (!points(tree, keys)) out.rebuild = true;
	}
	return out;
}
