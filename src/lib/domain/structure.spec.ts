import { describe, expect, it } from 'vitest';
import { buildDemoNetwork } from '$lib/demo/pirkanmaa';
import { demoId } from '$lib/demo/ids';
import { generateNetwork, SIZES } from '$lib/generator/network';
import { flatten, networkStructure, type StructureNode } from './structure';

const TODAY = '2026-11-24';
const data = buildDemoNetwork();
const find = (root: StructureNode, key: string) =>
	flatten(root).find((x) => x.node.key === key)?.node;

describe('networkStructure on the demo', () => {
	const root = networkStructure(data, 'Pirkanmaa', TODAY);
	const all = flatten(root);
	const count = (kind: string) => all.filter((x) => x.node.kind === kind).length;

	it('has the province, its 3 regions and 24 family centres, and every active body once', () => {
		expect(root).toMatchObject({ kind: 'province', label: 'Pirkanmaa' });
		expect(root.children.filter((c) => c.kind === 'region').map((r) => r.label)).toEqual([
			'Eteläinen alue',
			'Läntinen alue',
			'Pohjoinen alue'
		]);
		expect(count('familyCentre')).toBe(24);
		const active = data.bodies.filter((b) => b.status === 'active');
		expect(count('body')).toBe(active.length);
		expect(new Set(all.filter((x) => x.node.kind === 'body').map((x) => x.node.refId)).size).toBe(
			active.length
		);
	});

	it('places local steering groups under their family centre, coordination groups under their region', () => {
		const nokia = find(root, `familyCentre:${demoId('familyCentre:536')}`)!;
		expect(nokia.children.map((c) => c.label)).toEqual(['Nokian perhekeskuksen ohjausryhmä']);
		const west = find(root, `region:${demoId('region:west')}`)!;
		expect(west.children[0]).toMatchObject({
			kind: 'body',
			label: 'Läntisen alueen koordinaatioryhmä'
		});
		expect(root.children[0]).toMatchObject({
			kind: 'body',
			label: 'Pirkanmaan perhekeskuksen maakunnallinen ohjausryhmä'
		});
	});

	it('lists under a body the organisations and named groups sitting in it, once each', () => {
		const provincial = find(root, `body:${demoId('body:provincial')}`)!;
		const labels = provincial.children.map((c) => c.label);
		expect(labels).toContain('Kela');
		expect(labels).toContain('Pirkanmaan hyvinvointialue');
		expect(labels.filter((l) => l === 'Pirkanmaan hyvinvointialue')).toHaveLength(1);
		const akaa = find(root, `body:${demoId('body:local-020')}`)!;
		// Akaa's family representative's term has ended: no families leaf, a gap instead.
		expect(akaa.children.some((c) => c.sector === 'families')).toBe(false);
		expect(akaa.gaps).toContain('families');
	});

	it('marks the three local steering groups that lack an NGO seat', () => {
		const lacking = all
			.filter((x) => x.node.body?.level === 'local' && x.node.gaps?.includes('ngo'))
			.map((x) => x.node.label)
			.sort();
		expect(lacking).toEqual([
			'Juupajoen perhekeskuksen ohjausryhmä',
			'Kihniön perhekeskuksen ohjausryhmä',
			'Punkalaitumen perhekeskuksen ohjausryhmä'
		]);
	});
});

describe('networkStructure filters', () => {
	it('by region: only that region, without the province’s own bodies', () => {
		const root = networkStructure(data, 'P', TODAY, { regionId: demoId('region:north') });
		expect(root.children.map((c) => c.label)).toEqual(['Pohjoinen alue']);
		expect(flatten(root).filter((x) => x.node.kind === 'familyCentre')).toHaveLength(6);
	});

	it('by sector: only organisations of that sector, and only gaps in it', () => {
		const root = networkStructure(data, 'P', TODAY, { sector: 'ngo' });
		const leaves = flatten(root).filter((x) => x.node.kind === 'organisation');
		expect(leaves.length).toBeGreaterThan(5);
		expect(leaves.every((x) => x.node.sector === 'ngo')).toBe(true);
		const gaps = new Set(flatten(root).flatMap((x) => x.node.gaps ?? []));
		expect([...gaps]).toEqual(['ngo']);
	});

	it('by sector, religious communities and parishes go together', () => {
		const root = networkStructure(data, 'P', TODAY, { sector: 'religious_community' });
		const sectors = new Set(
			flatten(root)
				.filter((x) => x.node.kind === 'organisation')
				.map((x) => x.node.sector)
		);
		expect([...sectors]).toEqual(['parish']);
	});

	it('hides ended bodies unless asked', () => {
		const wg = `body:${demoId('body:handbook-wg')}`;
		expect(find(networkStructure(data, 'P', TODAY), wg)).toBeUndefined();
		expect(find(networkStructure(data, 'P', TODAY, { includeEnded: true }), wg)).toBeDefined();
	});
});

describe('networkStructure at region scale', () => {
	it('places every body and family centre of a generated network with 500 organisations', () => {
		const big = generateNetwork(SIZES.region, 7);
		const root = networkStructure(big, 'P', TODAY, { includeEnded: true });
		const all = flatten(root);
		expect(all.filter((x) => x.node.kind === 'body')).toHaveLength(
			big.bodies.filter((b) => !b.deletedAt).length
		);
		expect(all.filter((x) => x.node.kind === 'familyCentre')).toHaveLength(
			big.familyCentres.length
		);
		expect(new Set(all.map((x) => x.node.key)).size).toBe(all.length);
	});
});
