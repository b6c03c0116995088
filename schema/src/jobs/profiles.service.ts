import { jobSeekerProfiles, type Database } from '@huigong/db';

export interface ProfileInput {
  skills: string[];
  certificates: string[];
  experience: string | null;
  desiredCategories: string[];
}

/** Creates or replaces the member's job-seeker profile (one per member, by unique constraint). */
export async function saveProfile(db: Database, memberId: string, input: ProfileInput) {
  const [profile] = await db
    .insert(jobSeekerProfiles)
    .values({ memberId, ...input })
    .onConflictDoUpdate({ target: jobSeekerProfiles.memberId, set: { ...input, updatedAt: new Date() } })
    .returning();
  return profile!;
}
