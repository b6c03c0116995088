import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** The leading bytes that make content a PNG, a PDF, a JPEG, a Windows executable. */
export const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
export const PDF_HEADER = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
export const EXE_HEADER = Buffer.concat([Buffer.from('4d5a90000300000004000000ffff0000', 'hex'), Buffer.alloc(0x30), Buffer.from('PE\0\0')]);

/** A file of `size` bytes starting with `header` (the rest is deterministic filler). */
export function fileOf(header: Buffer, size: number): Buffer {
  const body = Buffer.alloc(size);
  header.copy(body);
  for (let i = header.length; i < size; i++) body[i] = (i * 31) % 251;
  return body;
}

export interface Part {
  name: string;
  fileName?: string;
  contentType?: string;
  data: Buffer | string;
}

/** A multipart/form-data body, built by hand as any HTTP client would send it. */
export function multipart(parts: Part[]): { body: Buffer; contentType: string } {
  const boundary = `----huigong${Math.random().toString(16).slice(2)}`;
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.fileName === undefined ? '' : `; filename="${part.fileName}"`}`;
    const headers = [`Content-Disposition: ${disposition}`, ...(part.contentType ? [`Content-Type: ${part.contentType}`] : [])];
    chunks.push(Buffer.from(`--${boundary}\r\n${headers.join('\r\n')}\r\n\r\n`, 'utf8'));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface UploadAnswer {
  status: number;
  headers: Headers;
  json: any;
}

/**
 * POST /files with one file part. `streamed` sends the body in chunks with no Content-Length
 * (chunked transfer encoding), so the server only learns the size by reading it.
 */
export async function upload(
  baseUrl: string,
  token: string | null,
  file: { data: Buffer; fileName?: string; contentType?: string },
  options: { purpose?: string | null; streamed?: boolean; parts?: Part[] } = {},
): Promise<UploadAnswer> {
  const purpose = options.purpose === undefined ? 'test_evidence' : options.purpose;
  const { body, contentType } = multipart(
    options.parts ?? [
      { name: 'file', fileName: file.fileName ?? 'upload.bin', contentType: file.contentType ?? 'application/octet-stream', data: file.data },
    ],
  );
  const url = `${baseUrl}/files${purpose === null ? '' : `?purpose=${encodeURIComponent(purpose)}`}`;
  const headers = { 'content-type': contentType, ...(token && { authorization: `Bearer ${token}` }) };
  const response = options.streamed
    ? await fetch(url, {
        method: 'POST',
        headers,
        duplex: 'half',
        body: new ReadableStream({
          start(controller) {
            for (let at = 0; at < body.length; at += 16 * 1024) controller.enqueue(body.subarray(at, at + 16 * 1024));
            controller.close();
          },
        }),
      } as RequestInit)
    : await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`non-JSON answer (${response.status}): ${text.slice(0, 200)}`);
  }
  return { status: response.status, headers: response.headers, json };
}

export async function download(url: string, token: string | null) {
  const response = await fetch(url, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) };
}

/** Every file under `dir` (recursively), `.partial` ones included; none when it does not exist. */
export async function filesUnder(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
