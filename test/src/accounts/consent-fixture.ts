import { CURRENT_VERSIONS } from '@huigong/schema/accounts/consent';

/** `accepted` for a sign-up: the user agreement and privacy policy in force. */
export const ACCEPT_CURRENT = [
  { document: 'USER_AGREEMENT', version: CURRENT_VERSIONS.user_agreement },
  { document: 'PRIVACY_POLICY', version: CURRENT_VERSIONS.privacy_policy },
];
