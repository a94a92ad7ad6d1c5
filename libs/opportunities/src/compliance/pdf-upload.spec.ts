import { readPdfUpload } from './pdf-upload';

const b64 = (text: string) => Buffer.from(text, 'latin1').toString('base64');
const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return (error as { reason: string }).reason;
  }
  return 'accepted';
};

describe('readPdfUpload', () => {
  it('keeps the bytes of a PDF within the limit', () => {
    const pdf = '%PDF-1.7\n%âãÏÓ\n1 0 obj\n';
    expect(readPdfUpload(b64(pdf), 1024, 'pdf').toString('latin1')).toBe(pdf);
  });

  it('refuses anything not starting like a PDF, whatever it claims to be', () => {
    expect(reasonOf(() => readPdfUpload(b64('PK\u0003\u0004 not a pdf'), 1024, 'pdf'))).toBe(
      'DOCUMENT_NOT_PDF',
    );
    expect(reasonOf(() => readPdfUpload(b64('%PD'), 1024, 'pdf'))).toBe('DOCUMENT_NOT_PDF');
  });

  it('refuses a document over the limit, by its length before decoding too', () => {
    const justOver = '%PDF-' + 'x'.repeat(1020);
    expect(reasonOf(() => readPdfUpload(b64(justOver), 1024, 'pdf'))).toBe('DOCUMENT_TOO_LARGE');
    expect(reasonOf(() => readPdfUpload('A'.repeat(4000), 1024, 'pdf'))).toBe('DOCUMENT_TOO_LARGE');
    expect(reasonOf(() => readPdfUpload(b64('%PDF-' + 'x'.repeat(1019)), 1024, 'pdf'))).toBe(
      'accepted',
    );
  });

  it('refuses text that is not base64, and an empty upload', () => {
    expect(reasonOf(() => readPdfUpload('%PDF-1.7 raw', 1024, 'pdf'))).toBe('INVALID_INPUT');
    expect(reasonOf(() => readPdfUpload('', 1024, 'pdf'))).toBe('INVALID_INPUT');
  });
});
