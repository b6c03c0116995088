import { session } from '../session';

/** Uploads one photo or PDF through the platform's one upload path; returns the StoredFile id. */
export async function uploadClaimDocument(file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file, file.name);
  const token = session.token;
  const response = await fetch('/files?purpose=mutual_aid_claim_document', {
    method: 'POST',
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body,
  });
  const json = (await response.json().catch(() => null)) as { id?: string; errors?: { message: string }[] } | null;
  if (response.status !== 201 || !json?.id) throw new Error(json?.errors?.[0]?.message ?? '上传失败，请重试');
  return json.id;
}
