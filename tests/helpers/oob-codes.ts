/**
 * The Auth emulator's outbox: every email it would have sent (password reset, verification), as
 * listed by its out-of-band codes endpoint. Tests read a member's reset link here, as the member
 * would find it in their inbox.
 */
import { PROJECT_ID, emulatorEnv } from '../../scripts/lib/emulators';
import { eventually } from './clients';

export interface OobCode {
  email: string;
  oobCode: string;
  oobLink: string;
  requestType: string;
}

export async function oobCodes(projectId = PROJECT_ID): Promise<OobCode[]> {
  const { authHost } = emulatorEnv();
  const res = await fetch(`http://${authHost}/emulator/v1/projects/${projectId}/oobCodes`);
  if (!res.ok) throw new Error(`reading the Auth emulator's oobCodes failed: ${res.status}`);
  return ((await res.json()) as { oobCodes: OobCode[] }).oobCodes;
}

/** How many password-reset emails `email` has received so far. */
export async function resetEmailCount(email: string): Promise<number> {
  return (await oobCodes()).filter((c) => c.email === email && c.requestType === 'PASSWORD_RESET').length;
}

/** The newest password-reset email sent to `email` after `seenBefore` others, waiting for it to arrive. */
export function passwordResetEmail(email: string, seenBefore = 0): Promise<OobCode> {
  return eventually(`a password-reset email to ${email}`, async () => {
    const codes = (await oobCodes()).filter((c) => c.email === email && c.requestType === 'PASSWORD_RESET');
    return codes.length > seenBefore ? codes.at(-1) : undefined;
  });
}
