import "server-only";
// CSV files people open in a spreadsheet: papaparse quotes cells (commas,
// quotes, newlines inside), and a cell a spreadsheet would run as a formula is
// written as text.
import Papa from "papaparse";

/** A cell that a spreadsheet would run as a formula is written as text (a leading apostrophe), as OWASP advises. */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** A header row and the rows, every cell made safe; "\n" line ends and a final one. */
export function toCsv(columns: readonly string[], rows: readonly string[][]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => r.map(safeCell)) }, { newline: "\n" }) + "\n";
}
