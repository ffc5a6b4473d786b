/**
 * What a spreadsheet may be at most. Generous for a network's contact lists
 * (a county has a few thousand people), small enough that a hostile file
 * cannot exhaust a phone's memory or hang the import.
 */

/** The file as chosen: 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * The zip entries an xlsx/ods reader unpacks, added up: 100 MB. Checked against
 * the sizes the zip declares before anything is unpacked, and counted again
 * byte by byte while unpacking, so a zip that lies about its sizes is stopped
 * all the same. The cells an ods's repeat counts expand to are counted too.
 */
export const MAX_UNCOMPRESSED_BYTES = 100 * 1024 * 1024;

/** Rows in one sheet, counted to the last row that has a value: 50,000. */
export const MAX_ROWS = 50_000;

/** Columns in one sheet, counted to the last column that has a value: 200. */
export const MAX_COLUMNS = 200;

/** Characters in one cell: Excel's own limit, 32,767. */
export const MAX_CELL_LENGTH = 32_767;
