import { expect } from 'vitest';
import { withLuhnDigit } from '../support/demo.ts';
import type { TestEnvironment } from '../support/environment.ts';
import type { GraphQLClient } from '../support/graphql.ts';
import { ACCEPT_CURRENT } from './consent-fixture.ts';

export const MEMBER_PASSWORD = 'Quanyi@2026pipl';

const SIGN_UP = `mutation ($input: SignUpInput!) { signUp(input: $input) {
  __typename ... on SignUpSuccess { session { token } } ... on Error { code message } } }`;
const CLAIM = `mutation ($input: ClaimOfferInput!) { claimOffer(input: $input) { __typename ... on ClaimOfferSuccess { claim { id code } } ... on Error { code } } }`;

let sequence = 0;

/** A new member through the password sign-up (with consent), card in 中国一拖's union (Luoyang). */
export async function newMember(env: TestEnvironment, prefix = '13588'): Promise<{ client: GraphQLClient; phone: string; cardNumber: string }> {
  sequence += 1;
  const tag = `${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(3, '0')}`;
  const phone = `${prefix}${tag}`;
  const union = (await env.anonymous.query(`{ unionByCode(code: "G410305001") { id } }`)).unionByCode.id;
  const cardNumber = withLuhnDigit(`623100${prefix.slice(-3)}${tag}`);
  const result = await env.anonymous.query(SIGN_UP, {
    input: { phone, password: MEMBER_PASSWORD, displayName: `会员${tag}`, accepted: ACCEPT_CURRENT, memberCard: { cardNumber, realName: '测试会员', union } },
  });
  expect(result.signUp.__typename).toBe('SignUpSuccess');
  return { client: env.anonymous.withToken(result.signUp.session.token), phone, cardNumber };
}

/** Claims the first seeded offer the member may take; answers the claim's global id. */
export async function claimSomething(env: TestEnvironment, client: GraphQLClient, skip: string[] = []): Promise<string> {
  const list = await env.anonymous.query(`{ offers(first: 30) { nodes { id } } }`);
  for (const offer of list.offers.nodes) {
    if (skip.includes(offer.id)) continue;
    const claimed = await client.query(CLAIM, { input: { offer: offer.id } });
    if (claimed.claimOffer.__typename === 'ClaimOfferSuccess') return claimed.claimOffer.claim.id;
  }
  throw new Error('no seeded offer could be claimed');
}
