import { members, users, type Database } from '@huigong/db';
import { issueSession } from '@huigong/schema/accounts/accounts.service';
import { luhnCheckDigit } from '@huigong/schema/common/validators';
import { expect } from 'vitest';
import type { GraphQLClient } from '../support/graphql.ts';

// Shared GraphQL documents and builders for the congress tests.

export const HOSPITAL = 'G410105001';
export const STAFF = '13800000124';

const FRAGMENTS: Record<string, string> = {
  InputValidationError: '... on InputValidationError { fieldErrors { field code message } }',
  InvalidTransition: '... on InvalidTransition { fromState toState }',
  CongressNotUnionMember: '... on CongressNotUnionMember { cardNumbers }',
  CongressAlreadyDelegate: '... on CongressAlreadyDelegate { cardNumbers }',
  CongressAlreadyVoted: '... on CongressAlreadyVoted { changeable }',
  CongressMotionNeedsCosigners: '... on CongressMotionNeedsCosigners { required have }',
};
const errors = (types: string[]) => `${types.map((t) => FRAGMENTS[t] ?? '').join('\n')}\n... on Error { code message }`;

export const SESSION_FIELDS = /* GraphQL */ `
  fragment Session on CongressSession {
    id title stage stageLabel nextStage delegateCount quorumNeeded passNeeded rules publishedAt ballotsChangeable minCosigners viewerSignedIn
    agenda { stage startsAt endsAt enteredAt attendance }
    documents { title body }
    viewerCan { advance manageRoll manageAgenda signIn submitMotion }
    delegates(first: 100) { totalCount nodes { id memberName groupName isGroupLeader isPresidium } }
  }
`;
export const RESOLUTION_FIELDS = /* GraphQL */ `
  fragment Resolution on CongressResolution {
    id title status statusLabel votingOpen turnout delegateCount presentCount passNeeded forCount againstCount abstainCount quorumMet viewerHasVoted attendanceStage
    viewerCan { openVote vote changeBallot closeVote }
  }
`;
export const MOTION_FIELDS = /* GraphQL */ `
  fragment Motion on CongressMotion {
    id title status statusLabel proposerName cosignerCount minCosigners cosignerNames decisionReason answerDueAt answer answeredLate rating viewerCosigned
    viewerCan { cosign accept merge refuse answer rate }
  }
`;

const mutation = (field: string, inputType: string, selection: string, fragment: string, types: string[] = ['InputValidationError', 'InvalidTransition']) => /* GraphQL */ `
  mutation M($input: ${inputType}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { ${selection} }
      ${errors(types)}
    }
  }
  ${fragment}
`;
const sessionMutation = (field: string, inputType: string, types?: string[]) => mutation(field, inputType, 'session { ...Session }', SESSION_FIELDS, types);
const resolutionMutation = (field: string, inputType: string) => mutation(field, inputType, 'resolution { ...Resolution }', RESOLUTION_FIELDS);
const motionMutation = (field: string, inputType: string, types?: string[]) => mutation(field, inputType, 'motion { ...Motion }', MOTION_FIELDS, types);

export const CREATE = sessionMutation('createCongressSession', 'CreateCongressSessionInput', ['InputValidationError']);
export const ADD_DELEGATES = sessionMutation('addCongressDelegates', 'AddCongressDelegatesInput', ['InputValidationError', 'CongressNotUnionMember', 'CongressAlreadyDelegate']);
export const SET_AGENDA = sessionMutation('setCongressAgendaItem', 'SetCongressAgendaItemInput');
export const ADD_DOCUMENT = sessionMutation('addCongressDocument', 'AddCongressDocumentInput');
export const ADVANCE = sessionMutation('advanceCongressSession', 'AdvanceCongressSessionInput');
export const SIGN_IN = sessionMutation('signInCongressStage', 'CongressSessionActionInput');
export const SET_ROLES = mutation('setCongressDelegateRoles', 'SetCongressDelegateRolesInput', 'delegate { id isPresidium isGroupLeader }', '', ['InputValidationError']);
export const ADD_RESOLUTION = resolutionMutation('addCongressResolution', 'AddCongressResolutionInput');
export const OPEN_VOTE = resolutionMutation('openCongressVote', 'OpenCongressVoteInput');
export const CLOSE_VOTE = resolutionMutation('closeCongressVote', 'CongressResolutionActionInput');
export const CAST = mutation('castCongressBallot', 'CastCongressBallotInput', 'ballot { choice receipt changed resolution { id turnout forCount } }', '', ['InputValidationError', 'InvalidTransition', 'CongressAlreadyVoted']);
export const SUBMIT_MOTION = motionMutation('submitCongressMotion', 'SubmitCongressMotionInput');
export const COSIGN = motionMutation('cosignCongressMotion', 'CongressMotionActionInput');
export const DECIDE = motionMutation('decideCongressMotion', 'DecideCongressMotionInput', ['InputValidationError', 'InvalidTransition', 'CongressMotionNeedsCosigners']);
export const ANSWER = motionMutation('answerCongressMotion', 'AnswerCongressMotionInput');
export const RATE = motionMutation('rateCongressMotionAnswer', 'RateCongressMotionAnswerInput');

export const PUBLIC = /* GraphQL */ `
  query($union: ID!) {
    congressPublications(union: $union) {
      title unionName publishedAt
      resolutions { title passed delegateCount presentCount forCount againstCount abstainCount closedAt }
      motions { title statusLabel decisionReason answer answeredAt }
    }
  }
`;
export const UNION = `query($code: String!) { unionByCode(code: $code) { id } }`;

/** Runs a mutation and returns its payload (success or typed error). */
export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

/** Runs a mutation and expects success; returns the payload's object. */
export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const result = await run(client, document, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.session ?? result.resolution ?? result.motion ?? result.ballot ?? result.delegate ?? result.opinion ?? result.paragraph ?? result.summary;
}

export interface Worker {
  cardNumber: string;
  name: string;
  client: GraphQLClient;
}

/**
 * `count` members of the union, each signed in. Written straight to the database (signing up 80
 * people over HTTP would test sign-up, not the congress); each gets a real session token.
 */
export async function workers(db: Database, anonymous: GraphQLClient, unionId: string, count: number, offset: number): Promise<Worker[]> {
  const out: Worker[] = [];
  for (let i = 0; i < count; i += 1) {
    const seq = offset + i;
    const body = `62310099${String(seq).padStart(7, '0')}`;
    const cardNumber = body + luhnCheckDigit(body);
    const name = `代表${String(seq).padStart(3, '0')}`;
    const [user] = await db.insert(users).values({ phone: `136${String(90000000 + seq)}`, displayName: name, passwordHash: 'not-a-login' }).returning({ id: users.id });
    await db.insert(members).values({ userId: user!.id, cardNumber, unionId, realName: name });
    const { token } = await issueSession(db, user!.id, null);
    out.push({ cardNumber, name, client: anonymous.withToken(token) });
  }
  return out;
}

// Opinions on documents and the group leaders' summaries.
export const DOCUMENTS = /* GraphQL */ `
  query Documents($id: ID!) {
    node(id: $id) {
      ... on CongressSession {
        documents {
          id title
          viewerCan { giveOpinion summarise }
          paragraphs { id number body opinions { id body groupName authorName viewerIsAuthor viewerCan { edit withdraw } } }
          groupSummaries { id groupName body leaderName answer answeredAt viewerCan { answer } }
        }
      }
    }
  }
`;
const OPINION_ERRORS = ['InputValidationError', 'CongressOpinionsClosed', 'CongressOutsideWindow'];
FRAGMENTS.CongressOpinionsClosed = '... on CongressOpinionsClosed { stage }';
FRAGMENTS.CongressOutsideWindow = '... on CongressOutsideWindow { startsAt endsAt }';
export const GIVE_OPINION = mutation('giveCongressOpinion', 'GiveCongressOpinionInput', 'opinion { id body groupName authorName viewerIsAuthor paragraph { id number } }', '', OPINION_ERRORS);
export const EDIT_OPINION = mutation('editCongressOpinion', 'EditCongressOpinionInput', 'opinion { id body }', '', OPINION_ERRORS);
export const WITHDRAW_OPINION = mutation('withdrawCongressOpinion', 'WithdrawCongressOpinionInput', 'paragraph { id opinions { id } }', '', OPINION_ERRORS);
export const SUBMIT_SUMMARY = mutation('submitCongressGroupSummary', 'SubmitCongressGroupSummaryInput', 'summary { id groupName body leaderName answer }', '', ['InputValidationError', 'CongressOpinionsClosed']);
export const ANSWER_SUMMARY = mutation('answerCongressGroupSummary', 'AnswerCongressGroupSummaryInput', 'summary { id groupName answer answeredAt viewerCan { answer } }', '', ['InputValidationError']);
