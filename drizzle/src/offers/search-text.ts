/** Chinese labels of the benefit categories, so a search for 体检 or 餐饮 finds offers by category too. */
export const benefitCategoryLabels = {
  daily_life: '生活服务',
  dining: '餐饮美食',
  leisure: '休闲娱乐',
  tourism: '旅游观光',
  culture_sports: '文化体育',
  medical_checkup: '健康体检',
  education_training: '教育培训',
} as const;

/** The text the trigram index covers for one offer: shared by the service and the demo seed. */
export function offerSearchText(parts: {
  title: string;
  description: string;
  merchantName: string;
  category: keyof typeof benefitCategoryLabels;
  stores: { name: string; address: string }[];
}): string {
  return [
    parts.title,
    parts.description,
    parts.merchantName,
    benefitCategoryLabels[parts.category],
    ...parts.stores.flatMap((s) => [s.name, s.address]),
  ].join(' ');
}

/**
 * Overlapping character pairs of a text: 火锅店 → 火锅, 锅店. Chinese has no spaces and most search
 * words are two characters (火锅, 体检, 游泳), shorter than the trigrams pg_trgm can index, so
 * offers also carry their bigrams in an array column with a GIN index; a query's bigrams must all
 * be present. Latin letters and digits are lower-cased and paired the same way. A single
 * character yields no pair, so a one-character query is answered by the trigram index alone.
 */
export function searchGrams(text: string): string[] {
  const grams = new Set<string>();
  const runs = text.toLowerCase().match(/[\p{Script=Han}]+|[a-z0-9]+/gu) ?? [];
  for (const run of runs) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i += 1) grams.add(chars[i]! + chars[i + 1]!);
  }
  return [...grams];
}

/** Both search columns of an offer, from its parts. */
export function offerSearchColumns(parts: Parameters<typeof offerSearchText>[0]) {
  const searchText = offerSearchText(parts);
  return { searchText, searchGrams: searchGrams(searchText) };
}
