import { evidenceMediaType } from './evidence-file';

const zipWith = (part: string) =>
  Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), Buffer.from(`${part}/document.xml`)]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);

describe('evidence files', () => {
  it('knows an allowed file by its name and its first bytes together', () => {
    expect(evidenceMediaType('Certificate.PDF', Buffer.from('%PDF-1.7\n'))).toBe('application/pdf');
    expect(evidenceMediaType('photo.jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(evidenceMediaType('notes.docx', zipWith('word'))).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(evidenceMediaType('hours.xlsx', zipWith('xl'))).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(evidenceMediaType('old notes.doc', OLE)).toBe('application/msword');
  });

  it('refuses a kind it does not take, a file whose bytes are another kind, and an empty file', () => {
    expect(() => evidenceMediaType('run-me.exe', Buffer.from('MZ'))).toThrow(/is not a PDF, an image/);
    expect(() => evidenceMediaType('no-extension', Buffer.from('%PDF-1.7'))).toThrow(/is not a PDF/);
    // A spreadsheet renamed as a Word document, and a zip of anything else.
    expect(() => evidenceMediaType('notes.docx', zipWith('xl'))).toThrow(/contents are not/);
    expect(() => evidenceMediaType('notes.docx', zipWith('src'))).toThrow(/contents are not/);
    expect(() => evidenceMediaType('scan.png', Buffer.from('%PDF-1.7'))).toThrow(/contents are not/);
    expect(() => evidenceMediaType('scan.pdf', Buffer.alloc(0))).toThrow(/empty/);
  });
});
