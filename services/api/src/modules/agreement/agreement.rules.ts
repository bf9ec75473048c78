import { AgreementStatus } from './agreement.entity.js';

/** draft → negotiating → signed → in force → expired or terminated; nothing else. */
export const agreementTransitions: Record<AgreementStatus, readonly AgreementStatus[]> = {
  [AgreementStatus.DRAFT]: [AgreementStatus.NEGOTIATING],
  [AgreementStatus.NEGOTIATING]: [AgreementStatus.SIGNED],
  [AgreementStatus.SIGNED]: [AgreementStatus.IN_FORCE],
  [AgreementStatus.IN_FORCE]: [AgreementStatus.EXPIRED, AgreementStatus.TERMINATED],
  [AgreementStatus.EXPIRED]: [],
  [AgreementStatus.TERMINATED]: [],
};

/** Document types an agreement may carry, by declared type and the bytes they must start with. */
export const allowedDocumentTypes: Record<string, { extensions: string[]; magic: (head: Buffer) => boolean }> = {
  'application/pdf': { extensions: ['.pdf'], magic: (h) => h.subarray(0, 5).toString('latin1') === '%PDF-' },
  'image/png': {
    extensions: ['.png'],
    magic: (h) => h.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  },
  'image/jpeg': { extensions: ['.jpg', '.jpeg'], magic: (h) => h[0] === 0xff && h[1] === 0xd8 && h[2] === 0xff },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': {
    extensions: ['.docx'],
    magic: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
  'application/vnd.oasis.opendocument.text': {
    extensions: ['.odt'],
    magic: (h) => h.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  },
};
