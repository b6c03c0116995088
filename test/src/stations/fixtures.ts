import { expect } from 'vitest';
import type { GraphQLClient } from '../support/graphql.ts';

export const STATION_FIELDS = /* GraphQL */ `
  fragment Station on Station {
    id kind name address latitude longitude unionName amenities stepFree accessibleToilet contactPhone
    status closedReason openNow inspectionFailed lastInspectionResult lastInspectedOn
    hours { weekday opens closes }
    upcomingExceptions { on closed opens closes note }
    dutyLawyers { weekday name phone }
    lawyerOnDutyToday { name phone }
    navigation { amap baidu tencent apple google }
    viewerCan { edit close reopen inspect report }
  }
`;

const FRAGMENTS: Record<string, string> = {
  InputValidationError: '... on InputValidationError { fieldErrors { field code message } }',
  InvalidTransition: '... on InvalidTransition { fromState toState }',
};
const errors = (transition: boolean) =>
  `${FRAGMENTS.InputValidationError}\n${transition ? FRAGMENTS.InvalidTransition : ''}\n... on Error { code message }`;
const ERRORS = errors(true);

const stationMutation = (field: string, input: string, transition = false) => /* GraphQL */ `
  mutation M($input: ${input}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { station { ...Station } }
      ${errors(transition)}
    }
  }
  ${STATION_FIELDS}
`;

export const CREATE = stationMutation('createStation', 'CreateStationInput');
export const UPDATE = stationMutation('updateStation', 'UpdateStationInput');
export const CLOSE = stationMutation('closeStation', 'CloseStationInput', true);
export const REOPEN = stationMutation('reopenStation', 'StationActionInput', true);
export const SET_EXCEPTION = stationMutation('setStationHoursException', 'SetStationHoursExceptionInput');
export const REMOVE_EXCEPTION = stationMutation('removeStationHoursException', 'RemoveStationHoursExceptionInput');

export const NEAR = /* GraphQL */ `
  query Near($near: GeoPointInput!, $filter: StationSearchFilter, $first: Int, $after: String) {
    stationsNear(near: $near, filter: $filter, first: $first, after: $after) {
      pageInfo { hasNextPage endCursor }
      edges { cursor distanceMetres walkMinutes node { id name openNow inspectionFailed amenities kind navigation { amap } } }
    }
  }
`;

export const INSPECT = /* GraphQL */ `
  mutation M($input: InspectStationInput!) {
    inspectStation(input: $input) {
      __typename
      ... on InspectStationSuccess { inspection { id result present missing note inspectorName photos { id fileName contentType } station { id inspectionFailed lastInspectionResult } } }
      ${ERRORS}
    }
  }
`;

const REPORT_FIELDS = `id kind amenity note status statusLabel resolution reporterName station { id name } viewerCan { take resolve dismiss }`;
const reportMutation = (field: string, input: string, transition = true) => /* GraphQL */ `
  mutation M($input: ${input}!) {
    ${field}(input: $input) {
      __typename
      ... on ${field.charAt(0).toUpperCase()}${field.slice(1)}Success { report { ${REPORT_FIELDS} } }
      ${errors(transition)}
    }
  }
`;
export const REPORT = reportMutation('reportStationProblem', 'ReportStationProblemInput', false);
export const TAKE = reportMutation('takeStationReport', 'StationReportActionInput');
export const RESOLVE = reportMutation('resolveStationReport', 'StationReportResolutionInput');
export const DISMISS = reportMutation('dismissStationReport', 'StationReportResolutionInput');
export const REPORTS = /* GraphQL */ `
  query($union: ID!, $status: StationReportStatus) {
    stationReports(union: $union, status: $status, first: 50) { totalCount nodes { ${REPORT_FIELDS} } }
  }
`;

export const UNION = `query($code: String!) { unionByCode(code: $code) { id } }`;

/** Open around the clock every day: open now whatever the hour the test runs. */
export const ALWAYS = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));

/** A rest station near (lat, lng), with the given amenities. */
export const station = (name: string, lat: number, lng: number, amenities: string[], overrides: Record<string, unknown> = {}) => ({
  kind: 'OUTDOOR_REST',
  name,
  address: `测试路 ${name} 号`,
  location: { latitude: lat, longitude: lng },
  amenities,
  contactPhone: '0379-63211234',
  hours: ALWAYS,
  ...overrides,
});

export async function run(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const data = await client.query(document, { input });
  return Object.values(data)[0] as any;
}

export async function ok(client: GraphQLClient, document: string, input: Record<string, unknown>) {
  const result = await run(client, document, input);
  expect(result.__typename, JSON.stringify(result)).toMatch(/Success$/);
  return result.station ?? result.report ?? result.inspection;
}
