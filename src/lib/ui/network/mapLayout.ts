/**
 * Positions of the network map's nodes. The structure is a tree (province →
 * regions → family centres → bodies → organisations), so it is laid out with
 * d3-hierarchy's tidy tree (Reingold–Tilford): deterministic, no overlaps,
 * siblings kept together, and it grows downwards as branches open. Each depth
 * gets a column as wide as its longest (shortened) label, so labels never
 * cross the links. Collapsed branches are left out of the layout. Pure.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import type { StructureNode } from '$lib/domain/structure';

export interface MapNode {
	key: string;
	node: StructureNode;
	parentKey?: string;
	depth: number;
	/** Left edge of the node's marker. */
	x: number;
	/** Vertical centre. */
	y: number;
	/** The shortened label as drawn. */
	text: string;
	/** Width of the marker and label together. */
	width: number;
	hasChildren: boolean;
	expanded: boolean;
	/** 1-based position among its siblings, and their number (for aria-posinset/setsize). */
	position: number;
	siblings: number;
}

export interface MapLink {
	key: string;
	d: string;
}

export interface MapLayout {
	/** In pre-order: the order of keyboard navigation and of the text alternative. */
	nodes: MapNode[];
	links: MapLink[];
	width: number;
	height: number;
}

export interface LayoutOptions {
	rowHeight?: number;
	/** Average width of a character at the label's font size. */
	charWidth?: number;
	/** Labels longer than this many characters are shortened with an ellipsis. */
	maxChars?: number;
	/** Space between a column's widest label and the next column. */
	gap?: number;
	margin?: number;
}

export const MARKER = 16;

export function shorten(label: string, max: number): string {
	return label.length <= max ? label : `${label.slice(0, max - 1).trimEnd()}…`;
}

export function layoutMap(
	root: StructureNode,
	expanded: ReadonlySet<string>,
	{ rowHeight = 28, charWidth = 7.4, maxChars = 38, gap = 48, margin = 16 }: LayoutOptions = {}
): MapLayout {
	const h = hierarchy(root, (n) => (expanded.has(n.key) ? n.children : undefined));
	tree<StructureNode>()
		.nodeSize([rowHeight, 1])
		.separation((a, b) => (a.parent === b.parent ? 1 : 1.4))(h);

	const all = h.descendants();
	const text = (n: StructureNode) => shorten(n.label, maxChars);
	const widthOf = (n: StructureNode) => MARKER + 6 + text(n).length * charWidth;
	const columns: number[] = [];
	for (const d of all) columns[d.depth] = Math.max(columns[d.depth] ?? 0, widthOf(d.data));
	const left: number[] = [margin];
	for (let i = 1; i < columns.length; i++) left[i] = left[i - 1] + columns[i - 1] + gap;

	const minX = Math.min(...all.map((d) => d.x ?? 0));
	const maxX = Math.max(...all.map((d) => d.x ?? 0));
	const top = (d: (typeof all)[number]) => (d.x ?? 0) - minX + margin + rowHeight / 2;

	const nodes: MapNode[] = all.map((d) => ({
		key: d.data.key,
		node: d.data,
		parentKey: d.parent?.data.key,
		depth: d.depth,
		x: left[d.depth],
		y: top(d),
		text: text(d.data),
		width: widthOf(d.data),
		hasChildren: d.data.children.length > 0,
		expanded: d.data.children.length > 0 && expanded.has(d.data.key),
		position: (d.parent?.children?.indexOf(d) ?? 0) + 1,
		siblings: d.parent?.children?.length ?? 1
	}));
	// d3's descendants() is breadth-first; navigation and reading need pre-order.
	const order = new Map<string, number>();
	h.eachBefore((d) => void order.set(d.data.key, order.size));
	nodes.sort((a, b) => order.get(a.key)! - order.get(b.key)!);

	const byKey = new Map(nodes.map((n) => [n.key, n]));
	const links: MapLink[] = h.links().map(({ source, target }) => {
		const s = byKey.get(source.data.key)!;
		const t = byKey.get(target.data.key)!;
		const x0 = s.x + s.width + 4;
		const x1 = t.x;
		const mid = (x0 + x1) / 2;
		return {
			key: `${s.key}>${t.key}`,
			d: `M${x0},${s.y}C${mid},${s.y} ${mid},${t.y} ${x1},${t.y}`
		};
	});
	const width = Math.max(...nodes.map((n) => n.x + n.width)) + margin;
	return { nodes, links, width, height: maxX - minX + rowHeight + 2 * margin };
}

/** Keys of every node of these kinds that has children (the branches to show open). */
export function expandedKinds(
	root: StructureNode,
	kinds: readonly StructureNode['kind'][]
): Set<string> {
	const out = new Set<string>();
	const walk = (n: StructureNode) => {
		if (n.children.length && kinds.includes(n.kind)) out.add(n.key);
		for (const c of n.children) walk(c);
	};
	walk(root);
	return out;
}

/** Keys of the ancestors of `key` (to open a path to a node). */
export function ancestorsOf(root: StructureNode, key: string): string[] {
	const path: string[] = [];
	const walk = (n: StructureNode): boolean => {
		if (n.key === key) return true;
		for (const c of n.children)
			if (walk(c)) {
				path.unshift(n.key);
				return true;
			}
		return false;
	};
	walk(root);
	return path;
}
