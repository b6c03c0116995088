import type { TypedDocumentString } from './gql/graphql';
import { session } from './session';

/** A top-level GraphQL error (not signed in, not allowed, throttled, transport) shown to the user. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const hasChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

const MESSAGES: Record<string, string> = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限执行此操作',
  THROTTLED: '请求过于频繁，请稍后再试',
  MAX_COST_EXCEEDED: '查询过大，请缩小范围',
  NETWORK: '网络连接失败，请检查网络后重试',
  INTERNAL_SERVER_ERROR: '服务器内部错误，请稍后重试',
};

interface Body<R> {
  data?: R | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

async function post<R>(query: string, variables: unknown, token: string | null): Promise<{ status: number; body: Body<R> }> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError(MESSAGES.NETWORK!, 'NETWORK');
  }
  let body: Body<R>;
  try {
    body = (await response.json()) as Body<R>;
  } catch {
    throw new ApiError(MESSAGES.INTERNAL_SERVER_ERROR!, 'INTERNAL_SERVER_ERROR');
  }
  return { status: response.status, body };
}

type Args<V> = V extends Record<string, never> ? [variables?: V] : [variables: V];

/**
 * Runs one typed operation. Expected failures come back as typed errors inside `data`; only
 * top-level errors (sign-in, permission, limits, transport) throw an ApiError with a zh-CN message.
 */
export async function request<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Args<V>): Promise<R> {
  const token = session.token;
  let { status, body } = await post<R>(document.toString(), variables ?? {}, token);
  // A stored session that expired or was revoked: forget it and ask again as a visitor.
  if (token && status === 401) {
    session.clear();
    ({ status, body } = await post<R>(document.toString(), variables ?? {}, null));
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    throw new ApiError(hasChinese(first.message) ? first.message : (MESSAGES[code] ?? first.message), code);
  }
  if (!body.data) throw new ApiError(MESSAGES.INTERNAL_SERVER_ERROR!, 'INTERNAL_SERVER_ERROR');
  return body.data;
}

/** An upload (POST /files), as the server describes it. */
export interface Uploaded {
  id: string;
  fileName: string;
  contentType: string;
  byteSize: number;
  downloadUrl: string;
}

/**
 * Uploads one file for `purpose` (docs/files.md) with the session's token; the returned id goes
 * into the mutation that attaches it. A refusal (type, size, not signed in) throws an ApiError
 * with the server's zh-CN reason.
 */
export async function uploadFile(file: File, purpose: string): Promise<Uploaded> {
  const form = new FormData();
  form.append('file', file, file.name);
  const token = session.token;
  let response: Response;
  try {
    response = await fetch(`/files?purpose=${encodeURIComponent(purpose)}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
  } catch {
    throw new ApiError(MESSAGES.NETWORK!, 'NETWORK');
  }
  let body: Uploaded & Body<never>;
  try {
    body = (await response.json()) as Uploaded & Body<never>;
  } catch {
    throw new ApiError(MESSAGES.INTERNAL_SERVER_ERROR!, 'INTERNAL_SERVER_ERROR');
  }
  const refused = body.errors?.[0];
  if (!response.ok || refused) {
    const code = refused?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
    throw new ApiError(refused && hasChinese(refused.message) ? refused.message : (MESSAGES[code] ?? '上传失败'), code);
  }
  return body;
}

/**
 * Downloads a stored file (GET /files/:id needs the session's token, which a plain link does
 * not send): fetched with it, then saved by the browser under its name.
 */
export async function openFile(downloadUrl: string, fileName: string): Promise<void> {
  const token = session.token;
  let response: Response;
  try {
    response = await fetch(downloadUrl, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  } catch {
    throw new ApiError(MESSAGES.NETWORK!, 'NETWORK');
  }
  if (!response.ok) throw new ApiError(response.status === 404 ? '文件不存在或无权查看' : (MESSAGES.INTERNAL_SERVER_ERROR ?? ''), 'NOT_FOUND');
  const url = URL.createObjectURL(await response.blob());
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The typed-error shape every mutation result may take (`... on Error { code message }`). */
export interface DomainError {
  __typename: string;
  code: string;
  message: string;
  fieldErrors?: { field: string[]; message: string; code: string }[];
}

export function asError(result: { __typename?: string } | null | undefined): DomainError | null {
  if (!result) return { __typename: 'Null', code: 'EMPTY', message: '操作没有返回结果，请重试' };
  return 'message' in result && 'code' in result ? (result as DomainError) : null;
}
