import { createHash, randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3Request {
  method: string;
  key: string;
  /** The S3 operation, told apart the way S3 does: by method and query parameters. */
  operation: string;
  authorization: string | undefined;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;

/**
 * A tiny S3-compatible server on 127.0.0.1, path-style (`/<bucket>/<key>`), speaking the subset
 * our storage uses: PutObject, GetObject, DeleteObject and the multipart upload calls lib-storage
 * makes for bodies over one part. Requests must be SigV4-signed with the given access key.
 */
export async function startFakeS3(options: { bucket: string; accessKeyId: string }) {
  const objects = new Map<string, { data: Buffer; contentType: string | undefined }>();
  const uploads = new Map<string, { key: string; parts: Map<number, Buffer> }>();
  const requests: FakeS3Request[] = [];

  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake-s3');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const [, bucket, ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const q = url.searchParams;
    const method = req.method ?? 'GET';
    const operation =
      method === 'PUT' && q.has('uploadId')
        ? 'UploadPart'
        : method === 'PUT'
          ? 'PutObject'
          : method === 'POST' && q.has('uploads')
            ? 'CreateMultipartUpload'
            : method === 'POST' && q.has('uploadId')
              ? 'CompleteMultipartUpload'
              : method === 'DELETE' && q.has('uploadId')
                ? 'AbortMultipartUpload'
                : method === 'DELETE'
                  ? 'DeleteObject'
                  : method === 'GET' || method === 'HEAD'
                    ? 'GetObject'
                    : 'Unknown';
    const authorization = req.headers.authorization;
    requests.push({ method, key, operation, authorization });
    const fail = (status: number, code: string) => {
      res.writeHead(status, { 'content-type': 'application/xml' });
      res.end(xml(`<Error><Code>${code}</Code><Message>${code}</Message><Key>${key}</Key></Error>`));
    };
    if (!authorization?.startsWith(`AWS4-HMAC-SHA256 Credential=${options.accessKeyId}/`)) return fail(403, 'InvalidAccessKeyId');
    if (bucket !== options.bucket) return fail(404, 'NoSuchBucket');
    const etag = `"${createHash('md5').update(body).digest('hex')}"`;

    switch (operation) {
      case 'PutObject':
        objects.set(key, { data: body, contentType: req.headers['content-type'] });
        res.writeHead(200, { etag });
        return res.end();
      case 'GetObject': {
        const object = objects.get(key);
        if (!object) return fail(404, 'NoSuchKey');
        res.writeHead(200, {
          'content-type': object.contentType ?? 'application/octet-stream',
          'content-length': String(object.data.length),
          etag: `"${createHash('md5').update(object.data).digest('hex')}"`,
        });
        return res.end(method === 'HEAD' ? undefined : object.data);
      }
      case 'DeleteObject':
        objects.delete(key);
        res.writeHead(204);
        return res.end();
      case 'CreateMultipartUpload': {
        const uploadId = randomUUID();
        uploads.set(uploadId, { key, parts: new Map() });
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(
          xml(`<InitiateMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${key}</Key><UploadId>${uploadId}</UploadId></InitiateMultipartUploadResult>`),
        );
      }
      case 'UploadPart': {
        const upload = uploads.get(q.get('uploadId') ?? '');
        if (!upload) return fail(404, 'NoSuchUpload');
        upload.parts.set(Number(q.get('partNumber')), body);
        res.writeHead(200, { etag });
        return res.end();
      }
      case 'CompleteMultipartUpload': {
        const uploadId = q.get('uploadId') ?? '';
        const upload = uploads.get(uploadId);
        if (!upload) return fail(404, 'NoSuchUpload');
        const numbers = [...upload.parts.keys()].sort((a, b) => a - b);
        objects.set(upload.key, { data: Buffer.concat(numbers.map((n) => upload.parts.get(n)!)), contentType: undefined });
        uploads.delete(uploadId);
        res.writeHead(200, { 'content-type': 'application/xml' });
        return res.end(xml(`<CompleteMultipartUploadResult><Bucket>${bucket}</Bucket><Key>${upload.key}</Key><ETag>${etag}</ETag></CompleteMultipartUploadResult>`));
      }
      case 'AbortMultipartUpload':
        uploads.delete(q.get('uploadId') ?? '');
        res.writeHead(204);
        return res.end();
      default:
        return fail(400, 'NotImplemented');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    objects,
    uploads,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
