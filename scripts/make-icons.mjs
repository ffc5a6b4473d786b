// Draws the app icon (a small network of nodes) as PNGs without any image
// library: signed distances per pixel, written with node:zlib. Run once:
// node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';

const BG = [0x1d, 0x4f, 0x73];
const FG = [0xff, 0xff, 0xff];
const nodes = [
	[0.5, 0.3],
	[0.28, 0.66],
	[0.72, 0.66],
	[0.5, 0.52]
];
const edges = [
	[0, 3],
	[1, 3],
	[2, 3],
	[0, 1],
	[0, 2],
	[1, 2]
];

function segDist(px, py, [ax, ay], [bx, by]) {
	const dx = bx - ax,
		dy = by - ay;
	const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
	return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

function crc32(buf) {
	let c,
		crc = 0xffffffff;
	for (let n = 0; n < buf.length; n++) {
		c = (crc ^ buf[n]) & 0xff;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		crc = (crc >>> 8) ^ c;
	}
	return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
	const len = Buffer.alloc(4);
	len.writeUInt32BE(data.length);
	const td = Buffer.concat([Buffer.from(type), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(td));
	return Buffer.concat([len, td, crc]);
}

function png(size, { maskable }) {
	const raw = Buffer.alloc(size * (size * 4 + 1));
	const scale = maskable ? 0.8 : 1; // maskable icons keep content in the safe zone
	for (let y = 0; y < size; y++) {
		raw[y * (size * 4 + 1)] = 0;
		for (let x = 0; x < size; x++) {
			const u = ((x + 0.5) / size - 0.5) / scale + 0.5;
			const v = ((y + 0.5) / size - 0.5) / scale + 0.5;
			let d = Infinity;
			for (const [a, b] of edges) d = Math.min(d, segDist(u, v, nodes[a], nodes[b]) - 0.025);
			for (const n of nodes) d = Math.min(d, Math.hypot(u - n[0], v - n[1]) - 0.085);
			const aa = 1 / size;
			const f = Math.max(0, Math.min(1, 0.5 - d / aa));
			const i = y * (size * 4 + 1) + 1 + x * 4;
			for (let c = 0; c < 3; c++) raw[i + c] = Math.round(BG[c] * (1 - f) + FG[c] * f);
			raw[i + 3] = 255;
		}
	}
	const ihdr = Buffer.alloc(13);
	ihdr.writeUInt32BE(size, 0);
	ihdr.writeUInt32BE(size, 4);
	ihdr[8] = 8;
	ihdr[9] = 6;
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', ihdr),
		chunk('IDAT', deflateSync(raw, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

writeFileSync('static/icons/icon-192.png', png(192, { maskable: false }));
writeFileSync('static/icons/icon-512.png', png(512, { maskable: false }));
writeFileSync('static/icons/maskable-512.png', png(512, { maskable: true }));
console.log('icons written');
