import { BadInputError } from '@kindred/common';

export type ImportFormat = 'CSV' | 'XLSX';

const startsWith = (bytes: Buffer, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

// An .xlsx file is a zip archive; the legacy binary .xls is an OLE compound document.
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Text has no control characters besides tab, line feed and carriage return; images and other
// binary files have plenty.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * What the bytes are, whatever the file is called: a picture renamed "people.csv" must not reach
 * the parser, and a workbook is read as one even when its name says otherwise.
 */
export function detectFormat(bytes: Buffer): ImportFormat {
  if (bytes.length === 0) {
    throw new BadInputError('The file is empty. Choose a CSV or Excel (.xlsx) file with people in it.');
  }
  if (startsWith(bytes, ZIP)) return 'XLSX';
  if (startsWith(bytes, OLE)) {
    throw new BadInputError(
      'This is an older Excel file (.xls). Save it as ".xlsx" or "CSV UTF-8" and upload it again.',
    );
  }
  if (CONTROL.test(bytes.toString('latin1'))) {
    throw new BadInputError(
      'The file is not a CSV or Excel (.xlsx) file. Export it from your HR system or spreadsheet as "CSV UTF-8" or ".xlsx" and upload it again.',
    );
  }
  if (utf8Text(bytes) === null) {
    throw new BadInputError(
      'The CSV file is not in UTF-8, so names with accents would be garbled. Save it as "CSV UTF-8" and upload it again.',
    );
  }
  return 'CSV';
}

/** The bytes as UTF-8 text without a byte-order mark, or null when they are not valid UTF-8. */
export function utf8Text(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
