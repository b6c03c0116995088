import { createWriteStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DeleteObjectCommand, GetObjectCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { FileSettings, S3Settings } from './settings.ts';

export type StorageBackendName = 'local' | 's3';

/** Where the bytes of stored files live. The database row says which backend and key. */
export interface FileStorage {
  readonly backend: StorageBackendName;
  /** The key a new file with this id is stored under. */
  keyFor(fileId: string): string;
  /** Stores the whole body under `key`, or rejects and leaves nothing behind. */
  put(key: string, body: Readable, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is no such object. */
  get(key: string): Promise<Readable | null>;
  /** Removes the object; one that is already gone is not an error. */
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

const LOCAL_KEY = /^[0-9a-f]{2}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Files on local disk: `<dir>/<first two hex digits>/<id>`, written to a `.partial` file and renamed when complete. */
export class LocalDiskStorage implements FileStorage {
  readonly backend = 'local' as const;
  constructor(readonly dir: string) {}

  keyFor(fileId: string): string {
    return `${fileId.slice(0, 2)}/${fileId}`;
  }

  private pathOf(key: string): string {
    // Keys are ours, but a key read back from the database never leaves the directory.
    if (!LOCAL_KEY.test(key)) throw new Error(`not a local storage key: ${key}`);
    return join(this.dir, key);
  }

  async put(key: string, body: Readable): Promise<void> {
    const target = this.pathOf(key);
    const partial = `${target}.partial`;
    await mkdir(dirname(target), { recursive: true });
    try {
      await pipeline(body, createWriteStream(partial, { flags: 'wx', mode: 0o600 }));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const handle = await open(this.pathOf(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async close(): Promise<void> {}
}

/** S3-compatible object storage through the official client. */
export class S3Storage implements FileStorage {
  readonly backend = 's3' as const;
  readonly client: S3Client;
  constructor(readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials:
        settings.accessKeyId && settings.secretAccessKey
          ? { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey }
          : undefined,
      // The SDK's default CRC checksums (and aws-chunked bodies) are refused by several
      // S3-compatible stores; our own SHA-256 is kept in the database.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
    });
  }

  keyFor(fileId: string): string {
    return `${this.settings.prefix}${fileId.slice(0, 2)}/${fileId}`;
  }

  async put(key: string, body: Readable, contentType: string): Promise<void> {
    // The length is unknown until the stream ends: lib-storage sends a single PutObject when the
    // body fits one 5 MiB part and a multipart upload otherwise, which it aborts on failure.
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.settings.bucket, Key: key, Body: body, ContentType: contentType },
      queueSize: 1,
      leavePartsOnError: false,
    });
    await upload.done();
  }

  async get(key: string): Promise<Readable | null> {
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: key }));
      return (object.Body as Readable | undefined) ?? null;
    } catch (error) {
      if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: key }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}

/**
 * The backend new uploads go to, and every backend rows may name: local disk is always readable,
 * so files stored before S3 was configured are still served.
 */
export interface FileStores {
  current: FileStorage;
  backends: Partial<Record<StorageBackendName, FileStorage>>;
  close(): Promise<void>;
}

export function createFileStores(settings: Pick<FileSettings, 'dir' | 's3'>): FileStores {
  const local = new LocalDiskStorage(settings.dir);
  const s3 = settings.s3 ? new S3Storage(settings.s3) : undefined;
  return {
    current: s3 ?? local,
    backends: { local, ...(s3 && { s3 }) },
    close: async () => {
      await s3?.close();
    },
  };
}
