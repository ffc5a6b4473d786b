/** The spreadsheet readers: file bytes → Workbook, and where its header row is. */
export { readSpreadsheet } from './read';
export { findHeaderRow } from './mapping';
export * from './limits';
export * from './types';
