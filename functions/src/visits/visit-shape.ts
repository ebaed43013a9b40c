import { Timestamp } from 'firebase-admin/firestore';
import { z } from 'zod';
import { LIMITS, PRIORITIES, VISIT_STATUSES } from '@clinicflow/shared/model';

/**
 * What the triggers need of a stored visit, checked before they act on it. The rules already
 * refuse malformed client writes; this guards against admin tooling and old documents. A
 * problem names fields only, never values: a visit carries a patient's name and complaint.
 */

const lenient = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

const storedVisitBase = z.object({
  status: z.enum(VISIT_STATUSES),
  createdAt: z.instanceof(Timestamp),
  dayKey: lenient(z.string().regex(/^\d{4}-\d{2}-\d{2}$/)),
});

const arrivingVisitSchema = storedVisitBase.extend({ priority: z.enum(PRIORITIES) });
export type ArrivingVisit = z.infer<typeof arrivingVisitSchema>;

/** A status change is recorded even when its stamps are missing: the counters must not drift. */
const changedVisitSchema = storedVisitBase.extend({
  claimedAt: lenient(z.instanceof(Timestamp).nullable()),
  claimedBy: lenient(z.string().min(1).max(LIMITS.idMax).nullable()),
  completedAt: lenient(z.instanceof(Timestamp)),
  closedAtDayEnd: lenient(z.literal(true)),
  statusChangedBy: lenient(z.string().min(1).max(LIMITS.idMax)),
  statusChangedAt: lenient(z.instanceof(Timestamp)),
});
export type ChangedVisit = z.infer<typeof changedVisitSchema>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

function parseWith<T>(schema: z.ZodType<T>, data: unknown): Parsed<T> {
  const result = schema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const fields = new Set(result.error.issues.map((issue) => issue.path.join('.') || '(document)'));
  return { ok: false, problem: `invalid or missing: ${[...fields].join(', ')}` };
}

export const parseArrivingVisit = (data: unknown) => parseWith(arrivingVisitSchema, data);
export const parseChangedVisit = (data: unknown) => parseWith(changedVisitSchema, data);
