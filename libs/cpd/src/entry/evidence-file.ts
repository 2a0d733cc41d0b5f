import { BadInputError } from '@kindred/common';

/** The largest evidence file accepted; evidence lives in the database (decision 0040). */
export const MAX_EVIDENCE_MB = 5;
/** Enough for a certificate, notes and a few photos; more belongs in several entries. */
export const MAX_EVIDENCE_FILES = 10;

interface Kind {
  mediaType: string;
  extensions: string[];
  matches(bytes: Buffer): boolean;
}

const startsWith = (bytes: Buffer, signature: number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, i) => bytes[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// An Office Open XML file is a zip whose parts live under word/, xl/ or ppt/; the names are stored
// uncompressed in the zip's headers, so finding one tells a document from any other zip.
const zipWith = (folder: string) => (bytes: Buffer) =>
  startsWith(bytes, ZIP) && bytes.includes(Buffer.from(`${folder}/`, 'latin1'));

const KINDS: Kind[] = [
  { mediaType: 'application/pdf', extensions: ['pdf'], matches: (b) => startsWith(b, ascii('%PDF-')) },
  {
    mediaType: 'image/png',
    extensions: ['png'],
    matches: (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { mediaType: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: (b) => startsWith(b, [0xff, 0xd8, 0xff]) },
  { mediaType: 'image/gif', extensions: ['gif'], matches: (b) => startsWith(b, ascii('GIF8')) },
  {
    mediaType: 'image/webp',
    extensions: ['webp'],
    matches: (b) => startsWith(b, ascii('RIFF')) && startsWith(b, ascii('WEBP'), 8),
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: zipWith('word'),
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    matches: zipWith('xl'),
  },
  {
    mediaType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    matches: zipWith('ppt'),
  },
  { mediaType: 'application/msword', extensions: ['doc'], matches: (b) => startsWith(b, OLE) },
  { mediaType: 'application/vnd.ms-excel', extensions: ['xls'], matches: (b) => startsWith(b, OLE) },
  { mediaType: 'application/vnd.ms-powerpoint', extensions: ['ppt'], matches: (b) => startsWith(b, OLE) },
];

const ALLOWED = 'a PDF, an image (PNG, JPEG, GIF, WebP) or an Office document (Word, Excel, PowerPoint)';

/**
 * The media type of an evidence file, from its name and its first bytes together: the name must
 * be an allowed kind and the bytes must be that kind, so a program renamed "certificate.pdf" is
 * refused, and so is a real PDF called "notes.exe".
 */
export function evidenceMediaType(fileName: string, bytes: Buffer): string {
  if (bytes.length === 0) throw new BadInputError('The file is empty. Choose the file again.');
  const extension = fileName.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const kind = KINDS.find((k) => k.extensions.includes(extension));
  if (!kind) throw new BadInputError(`"${fileName}" is not ${ALLOWED}.`);
  if (!kind.matches(bytes)) {
    throw new BadInputError(`"${fileName}" is named .${extension} but its contents are not; upload ${ALLOWED}.`);
  }
  return kind.mediaType;
}
