import { z } from 'zod';

/** The longest period one figures query or export covers: three years of months. */
export const MAX_FIGURES_DAYS = 3 * 366;

export const periodRule = z
  .looseObject({ from: z.string(), to: z.string() })
  .refine((a) => a.from <= a.to && Date.parse(a.to) - Date.parse(a.from) < MAX_FIGURES_DAYS * 86_400_000, {
    message: `日期范围须为 1 到 ${MAX_FIGURES_DAYS} 天，且起始日不晚于截止日`,
  });
