/**
 * Compound files (OLE/CFB, the container of .xls and of password-protected
 * .xlsx): only the names of the streams are read, to tell an encrypted Office
 * file (an `EncryptionInfo` stream) from an Excel 97–2003 workbook (`Workbook`
 * or `Book`) from anything else. Every sector chain is bounded, so a damaged or
 * hostile file ends in 'corrupt', never in a loop.
 */

export const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function isCfb(bytes: Uint8Array): boolean {
	return CFB_MAGIC.every((b, i) => bytes[i] === b);
}

const END_OF_CHAIN = 0xfffffffe;

/** The names of the storages and streams in the directory; undefined when unreadable. */
export function cfbStreamNames(bytes: Uint8Array): string[] | undefined {
	if (bytes.length < 512) return undefined;
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const shift = view.getUint16(30, true);
	if (shift !== 9 && shift !== 12) return undefined;
	const sectorSize = 1 << shift;
	const sectors = Math.floor((bytes.length - sectorSize) / sectorSize);
	const offset = (sector: number) => (sector + 1) * sectorSize;
	const fatSectorCount = view.getUint32(44, true);
	const firstDirSector = view.getUint32(48, true);
	// The FAT's own sectors: the first 109 are listed in the header (enough for a 6.8 MB file
	// with 512-byte sectors; larger files continue in DIFAT sectors, followed here too).
	const fatSectors: number[] = [];
	for (let i = 0; i < 109 && fatSectors.length < fatSectorCount; i++)
		fatSectors.push(view.getUint32(76 + i * 4, true));
	let difat = view.getUint32(68, true);
	let guard = 0;
	while (fatSectors.length < fatSectorCount && difat < sectors) {
		if (++guard > sectors) return undefined;
		const at = offset(difat);
		for (let i = 0; i < sectorSize / 4 - 1 && fatSectors.length < fatSectorCount; i++)
			fatSectors.push(view.getUint32(at + i * 4, true));
		difat = view.getUint32(at + sectorSize - 4, true);
	}
	const next = (sector: number): number => {
		const perSector = sectorSize / 4;
		const fatSector = fatSectors[Math.floor(sector / perSector)];
		if (fatSector === undefined || fatSector >= sectors) return END_OF_CHAIN;
		return view.getUint32(offset(fatSector) + (sector % perSector) * 4, true);
	};
	const names: string[] = [];
	let sector = firstDirSector;
	let visited = 0;
	while (sector !== END_OF_CHAIN) {
		if (sector >= sectors || ++visited > sectors) return undefined;
		const at = offset(sector);
		for (let e = 0; e < sectorSize / 128; e++) {
			const entry = at + e * 128;
			const length = view.getUint16(entry + 64, true);
			const type = bytes[entry + 66];
			if (type === 0 || length < 2 || length > 64) continue;
			let name = '';
			for (let i = 0; i < length / 2 - 1; i++)
				name += String.fromCharCode(view.getUint16(entry + i * 2, true));
			names.push(name);
		}
		sector = next(sector);
	}
	return names;
}
