import type { Random } from './random.ts';
import type { Cell } from './writer.ts';

export interface GeneratedRegion {
  id: string;
  path: string;
  cityCode: string;
  name: string;
  lat: number;
  lng: number;
}

/** What the core generator hands to the per-domain parts that follow it. */
export interface GenerationContext {
  rng: Random;
  scale: number;
  now: number;
  write(table: string, columns: readonly string[], rows: Iterable<readonly Cell[]>): Promise<void>;
  memberIds: string[];
  userIds: string[];
  /** Members [0, sessions) have bench sessions; their history is left empty for the write scenarios. */
  sessions: number;
  cities: GeneratedRegion[];
  districts: GeneratedRegion[];
  grassroots: GeneratedRegion[];
  memberUnion: number[];
  ago(maxDays: number): Date;
  /** SQL to run once the load is done and the indexes are back (e.g. counters that follow from rows). */
  afterLoad(statement: string): void;
}

export type GeneratorExtension = (context: GenerationContext) => Promise<void>;

import { generateGrants } from './grants.ts';
import { generateOffers } from './offers.ts';
import { generateStations } from './stations.ts';

/** Domain generators run after the core ones, in this order. */
export const extensions: GeneratorExtension[] = [generateOffers, generateGrants, generateStations];
