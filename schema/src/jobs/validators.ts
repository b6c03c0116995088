import { z } from 'zod';

// Input rules of the jobs domain that common/validators.ts does not have.

/** A list of short tags (skills, certificates, benefits, categories). */
export const tagList = z.array(z.string().trim().min(1).max(30)).max(20, { message: '最多 20 项' });

/** A monthly salary bound in fen (MoneyInput), up to ¥1,000,000. */
export const monthlyFen = z.object({ amount: z.number().int().min(0).max(100_000_000), currency: z.literal('CNY') });
