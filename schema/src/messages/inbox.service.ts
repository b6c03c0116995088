import { messages, messageSettings, type Database } from '@huigong/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';

export async function unreadCount(db: Database, userId: string): Promise<number> {
  return db.$count(messages, and(eq(messages.userId, userId), isNull(messages.readAt)));
}

/** Marks the given messages (or all) read; ids of other people's messages match nothing. */
export async function markRead(db: Database, userId: string, ids: string[] | null): Promise<number> {
  const rows = await db
    .update(messages)
    .set({ readAt: sql`now()` })
    .where(and(eq(messages.userId, userId), isNull(messages.readAt), ids ? inArray(messages.id, ids) : undefined))
    .returning({ id: messages.id });
  return rows.length;
}

export const DEFAULT_SETTINGS = { smsEnabled: true, quietStartHour: 22, quietEndHour: 8 };

export async function settingsOf(db: Database, userId: string) {
  const [row] = await db.select().from(messageSettings).where(eq(messageSettings.userId, userId));
  return row ?? DEFAULT_SETTINGS;
}

export async function updateSettings(
  db: Database,
  userId: string,
  input: { smsEnabled?: boolean | null; quietStartHour?: number | null; quietEndHour?: number | null },
) {
  const current = await settingsOf(db, userId);
  const next = {
    smsEnabled: input.smsEnabled ?? current.smsEnabled,
    quietStartHour: input.quietStartHour ?? current.quietStartHour,
    quietEndHour: input.quietEndHour ?? current.quietEndHour,
  };
  await db
    .insert(messageSettings)
    .values({ userId, ...next })
    .onConflictDoUpdate({ target: messageSettings.userId, set: next });
  return next;
}
