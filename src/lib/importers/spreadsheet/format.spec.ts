import { describe, expect, it } from 'vitest';
import { classifyFormat, formatNumber, plainNumber, serialToIso } from './format';

describe('numbers as shown', () => {
	it('no float noise, no exponent, no grouping', () => {
		expect(plainNumber(0.1 + 0.2)).toBe('0.3');
		expect(plainNumber(358401234567)).toBe('358401234567');
		expect(plainNumber(1.1000000000000001)).toBe('1.1');
		expect(plainNumber(1e21)).toBe('1000000000000000000000');
		expect(plainNumber(0.0000001)).toBe('0.0000001');
		expect(plainNumber(-0)).toBe('0');
		expect(plainNumber(-12.5)).toBe('-12.5');
		expect(plainNumber(NaN)).toBe('');
	});

	it('formats with leading zeros, fixed decimals and percentages', () => {
		expect(formatNumber(2100, classifyFormat(164, '00000'), false)).toBe('02100');
		expect(formatNumber(1.5, classifyFormat(2, undefined), false)).toBe('1.50');
		expect(formatNumber(1234.5, classifyFormat(3, undefined), false)).toBe('1235');
		expect(formatNumber(0.25, classifyFormat(9, undefined), false)).toBe('25%');
		expect(formatNumber(358401234567, classifyFormat(0, undefined), false)).toBe('358401234567');
		expect(formatNumber(5, classifyFormat(164, 'General'), false)).toBe('5');
		expect(formatNumber(5, classifyFormat(165, '#,##0.00\\ "€"'), false)).toBe('5.00');
	});
});

describe('dates', () => {
	it('Excel serials in the 1900 system, its phantom 29 February included', () => {
		expect(serialToIso(45366, false, { date: true, time: false, seconds: false })).toBe(
			'2024-03-15'
		);
		expect(serialToIso(1, false, { date: true, time: false, seconds: false })).toBe('1900-01-01');
		expect(serialToIso(59, false, { date: true, time: false, seconds: false })).toBe('1900-02-28');
		expect(serialToIso(61, false, { date: true, time: false, seconds: false })).toBe('1900-03-01');
		expect(serialToIso(0, true, { date: true, time: false, seconds: false })).toBe('1904-01-01');
	});

	it('times, and date-times', () => {
		const t = { date: false, time: true, seconds: false };
		expect(serialToIso(0.5, false, t)).toBe('12:00');
		expect(serialToIso(45366.75, false, { date: true, time: true, seconds: false })).toBe(
			'2024-03-15 18:00'
		);
		expect(serialToIso(45366.99999999, false, { date: true, time: true, seconds: true })).toBe(
			'2024-03-16 00:00:00'
		);
	});

	it('tells date formats from number formats, built-in and custom', () => {
		const date = { kind: 'date', date: true, time: false, seconds: false };
		expect(classifyFormat(14, undefined)).toEqual(date);
		expect(classifyFormat(165, 'dd\\.mm\\.yyyy')).toEqual(date);
		expect(classifyFormat(166, '[$-40B]d\\.m\\.yyyy;@')).toEqual(date);
		expect(classifyFormat(167, 'mmm yyyy')).toEqual(date);
		expect(classifyFormat(168, '[h]:mm:ss')).toEqual({
			kind: 'date',
			date: false,
			time: true,
			seconds: true
		});
		expect(classifyFormat(169, '0.00 "kpl"')).toEqual({ kind: 'fixed', decimals: 2, minDigits: 1 });
		expect(classifyFormat(170, '[Red]0;[Blue]-0')).toEqual({
			kind: 'fixed',
			decimals: 0,
			minDigits: 1
		});
		expect(classifyFormat(171, '0.00E+00')).toEqual({ kind: 'general' });
		expect(classifyFormat(49, undefined)).toEqual({ kind: 'general' });
	});

	it('a date-formatted number outside the calendar stays a number', () => {
		expect(serialToIso(-1, false, { date: true, time: false, seconds: false })).toBe('-1');
	});
});
