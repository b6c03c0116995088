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
