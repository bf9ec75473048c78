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
