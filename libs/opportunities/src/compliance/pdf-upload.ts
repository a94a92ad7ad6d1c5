import { DomainError } from '@chn/core';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Every PDF starts with these bytes ("%PDF-"), whatever name or type the upload claims. */
const PDF_MAGIC = Buffer.from('%PDF-', 'ascii');

const megabytes = (bytes: number) => `${Math.floor((bytes / (1024 * 1024)) * 10) / 10} MB`;

/**
 * The bytes of an uploaded PDF sent as base64 in `field`: refused (and nothing kept) when it is
 * not base64, empty or larger than `maxBytes` (checked before decoding), or not a PDF by its
 * first bytes.
 */
export function readPdfUpload(base64: string, maxBytes: number, field: string): Buffer {
  const compact = base64.replace(/\s+/g, '');
  if (Math.floor((compact.length * 3) / 4) - 2 > maxBytes) {
    throw tooLarge(maxBytes, field);
  }
  if (compact.length === 0 || compact.length % 4 !== 0 || !BASE64.test(compact)) {
    throw DomainError.validation('INVALID_INPUT', `${field} is not base64`, [
      { field, messages: [`${field} must be the file's bytes in base64`] },
    ]);
  }
  const bytes = Buffer.from(compact, 'base64');
  if (bytes.length > maxBytes) throw tooLarge(maxBytes, field);
  if (bytes.length < PDF_MAGIC.length || !bytes.subarray(0, PDF_MAGIC.length).equals(PDF_MAGIC)) {
    throw DomainError.validation('DOCUMENT_NOT_PDF', 'The document is not a PDF', [
      { field, messages: ['Upload the risk assessment as a PDF'] },
    ]);
  }
  return bytes;
}

function tooLarge(maxBytes: number, field: string): DomainError {
  return DomainError.validation(
    'DOCUMENT_TOO_LARGE',
    `The document is larger than the ${megabytes(maxBytes)} the service keeps`,
    [{ field, messages: [`At most ${megabytes(maxBytes)}`] }],
  );
}
