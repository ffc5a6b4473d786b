import { describe, expect, it } from 'vitest';
import { ENTITY_NAMES, entitySchemas, type EntityName } from './index';
import { sampleDataSet, sampleOf, uuid } from '$lib/testing/samples';

const parse = (name: EntityName, value: unknown) => entitySchemas[name].safeParse(value);
const failingPath = (name: EntityName, value: unknown) =>
	parse(name, value).error?.issues.map((i) => i.path.join('.'));

describe('entity schemas', () => {
	it.each(ENTITY_NAMES)('%s: the sample record is valid', (name) => {
		const result = parse(name, sampleOf(name));
		expect(result.error?.issues ?? []).toEqual([]);
	});

	it.each(ENTITY_NAMES)('%s: unknown keys are refused', (name) => {
		expect(failingPath(name, { ...sampleOf(name), extra: 1 })).toEqual(['']);
	});

	it.each(ENTITY_NAMES)('%s: id must be a UUID and version positive', (name) => {
		expect(failingPath(name, { ...sampleOf(name), id: 'abc' })).toEqual(['id']);
		expect(failingPath(name, { ...sampleOf(name), version: 0 })).toEqual(['version']);
		expect(failingPath(name, { ...sampleOf(name), updatedAt: '2026-13-01' })).toEqual([
			'updatedAt'
		]);
	});

	it('has a sample for every entity', () => {
		expect(Object.keys(sampleDataSet()).sort()).toEqual([...ENTITY_NAMES].sort());
	});
});

describe('field rules', () => {
	it('organisation: Y-tunnus check digit and sector', () => {
		const o = sampleOf('organisations');
		expect(failingPath('organisations', { ...o, businessId: '0112038-8' })).toEqual(['businessId']);
		expect(failingPath('organisations', { ...o, sector: 'church' })).toEqual(['sector']);
	});

	it('links must be http(s)', () => {
		const o = sampleOf('organisations');
		for (const website of [
			'javascript:alert(1)',
			'data:text/html,x',
			'file:///etc/passwd',
			'ftp://x.fi'
		]) {
			expect(failingPath('organisations', { ...o, website }), website).toEqual(['website']);
		}
		expect(parse('organisations', { ...o, website: 'http://perhekeskus.fi' }).success).toBe(true);
		const k = sampleOf('knowledgeSources');
		expect(failingPath('knowledgeSources', { ...k, url: 'javascript:void(0)' })).toEqual(['url']);
	});

	it('person: e-mail and phone formats', () => {
		const p = sampleOf('persons');
		expect(failingPath('persons', { ...p, email: 'not-an-email' })).toEqual(['email']);
		expect(failingPath('persons', { ...p, phone: 'call me' })).toEqual(['phone']);
		expect(parse('persons', { ...p, phone: '040 123 4567' }).success).toBe(true);
		expect(failingPath('persons', { ...p, name: '  ' })).toEqual(['name']);
	});

	it('municipality code is three digits', () => {
		const m = sampleOf('municipalities');
		expect(failingPath('municipalities', { ...m, code: '53' })).toEqual(['code']);
	});

	it('service: age range, enums, postal code and schedule', () => {
		const s = sampleOf('services');
		expect(failingPath('services', { ...s, minAge: 10, maxAge: 5 })).toEqual(['maxAge']);
		expect(failingPath('services', { ...s, kind: 'party' })).toEqual(['kind']);
		expect(failingPath('services', { ...s, themes: ['divorce', 'cooking'] })).toEqual(['themes.1']);
		expect(failingPath('services', { ...s, address: { postalCode: '3710' } })).toEqual([
			'address.postalCode'
		]);
		expect(
			failingPath('services', { ...s, schedules: [{ freq: 'WEEKLY', byDay: ['XX'] }] })
		).toEqual(['schedules.0.byDay.0']);
	});

	it('membership: term end not before start', () => {
		const m = sampleOf('memberships');
		expect(
			failingPath('memberships', { ...m, termStart: '2026-01-01', termEnd: '2025-01-01' })
		).toEqual(['termEnd']);
	});

	it('meeting: local Helsinki time, end after start, nested items validated', () => {
		const m = sampleOf('meetings');
		expect(failingPath('meetings', { ...m, start: '2026-02-10T13:00Z' })).toEqual(['start']);
		expect(failingPath('meetings', { ...m, end: '2026-02-10T12:00' })).toEqual(['end']);
		expect(failingPath('meetings', { ...m, decisions: [{ id: uuid(1), text: '' }] })).toEqual([
			'decisions.0.text'
		]);
	});

	it('body: level, kind and representation', () => {
		const b = sampleOf('bodies');
		expect(failingPath('bodies', { ...b, requiredRepresentation: ['ngo', 'king'] })).toEqual([
			'requiredRepresentation.1'
		]);
		expect(failingPath('bodies', { ...b, meetingsPerYear: -1 })).toEqual(['meetingsPerYear']);
	});

	it('assessment: theme titles need Finnish; ratings bounded', () => {
		const t = sampleOf('assessmentThemes');
		expect(failingPath('assessmentThemes', { ...t, title: { en: 'Only English' } })).toEqual([
			'title.fi'
		]);
		const d = sampleOf('discussions');
		expect(failingPath('discussions', { ...d, rating: 11 })).toEqual(['rating']);
	});

	it('rejects wrong types', () => {
		const p = sampleOf('persons');
		expect(failingPath('persons', { ...p, fictional: 'yes' })).toEqual(['fictional']);
		expect(failingPath('persons', { ...p, responsibilities: 'ngo_agent' })).toEqual([
			'responsibilities'
		]);
	});
});
