import { randomBytes } from 'node:crypto';
import { openDatabase, type DatabaseHandle } from '@huigong/db';
import postgres from 'postgres';

export interface TestDatabase {
  handle: DatabaseHandle;
  /** The postgres:// URL of this test's database (unset on in-memory PGlite). */
  url?: string;
  /** Drops what was created for this test file. */
  dispose(): Promise<void>;
}

/**
 * A fresh, migrated database per test file: an in-memory PGlite by default, or a new database
 * on the server named by DATABASE_URL, so files never see each other's rows.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) {
    const handle = await openDatabase({ dataDir: 'memory://' });
    await handle.migrate();
    return { handle, dispose: () => handle.close() };
  }

  const name = `huigong_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), maxConnections: 20 });
  await handle.migrate();
  return {
    handle,
    url: url.toString(),
    dispose: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}
