import { useState } from 'react';
import { ScreenLink } from '@/components/ui/screen-link';
import toast from 'react-hot-toast';
import { AppShell } from '@/components/ui/app-shell';
import { ticketLabel } from '@/config/labels';
import { REPORT_PATH } from '@/config/routes';
import { useConfirm } from '@/components/ui/confirm-dialog';
import { Counts } from '@/components/ui/counts';
import { Loading } from '@/components/ui/loading';
import { useClinic, useClinicDayClock } from '@/features/clinic/api/clinic';
import { fetchPatient, findDuplicatePatients } from '@/features/patients/api/patients';
import { useDoctors } from '@/features/duty/api/duty';
import { correctVisit, moveVisit, useTodayQueue, type OpenVisitRequest } from '@/features/visits/api/visits';
import { undoToast } from '@/components/ui/undo-toast';
import { DoctorsOnDuty } from '@/components/visits/doctors-on-duty';
import { DeadlineError, SERVER_ANSWER_MS, withDeadline } from '@/lib/deadline';
import { friendlyFirestoreError } from '@/lib/errors';
import { Msg, useI18n } from '@/lib/i18n';
import { useServerReach } from '@/lib/server-reach';
import { useStaffSession } from '@/lib/session';
import { useClinicDay } from '@/lib/use-clinic-day';
import { useNow } from '@/lib/use-now';
import { useOnline } from '@/lib/use-online';
import { CorrectVisitDialog } from './components/correct-visit-dialog';
import type { CorrectionCheck, CorrectionDraft } from './correction';
import { NewVisitForm } from './components/new-visit-form';
import { PatientSearch } from './components/patient-search';
import { TicketConfirmation, type SavedVisit } from './components/ticket-confirmation';
import { TodayQueue } from './components/today-queue';
import { buildQueueRows, openVisitsByPatient, type QueueRow } from './queue-rows';
import { useOutbox } from './hooks/use-outbox';
import { draftFromRequest } from './visit-draft';
import { estimateWait } from './wait-estimate';
import './reception.css';

const TICK_MS = 15_000;

/** The waiting visit being corrected, its patient's record id, and the details as they were. */
interface Correcting {
  row: QueueRow;
  patientId: string;
  original: CorrectionDraft;
}

export default function ReceptionPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const clinic = useClinic(clinicId);
  const { t, clock } = useI18n();
  const now = useNow(TICK_MS);
  const online = useOnline();
  // Online is not enough: the server may not be answering (lib/server-reach), and then a save is
  // only on this computer too.
  const { reachable } = useServerReach();
  const connected = online && reachable !== false;
  const [confirmDialog, confirm] = useConfirm();
  const outbox = useOutbox(clinicId, uid);
  // The form remounts empty after each save, or pre-filled with a visit the server refused.
  const [form, setForm] = useState<{ key: number; initial?: ReturnType<typeof draftFromRequest> }>({ key: 0 });
  const [correcting, setCorrecting] = useState<Correcting | null>(null);
  // The visit saved last: its ticket panel and the highlighted row.
  const [saved, setSaved] = useState<SavedVisit | null>(null);

  // The clinic's day, not the browser's: a new day (at the clinic's day end) starts a new query.
  const clinicDay = useClinicDay(useClinicDayClock(clinicId, clinic), now);
  const sinceMs = clinicDay?.startMs ?? null;
  const queue = useTodayQueue(clinicId, sinceMs, (err) =>
    toast.error(t('reception.queueStopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'queue-error' }),
  );
  const rows = buildQueueRows(queue.docs, outbox.entries, sinceMs);
  const queueLoading = queue.status === 'loading' && rows.open.length === 0;
  const { duty, names } = useDoctors(clinicId, (err) =>
    toast.error(t('duty.stopped', { reason: t(friendlyFirestoreError(err)) }), { id: 'duty-error' }),
  );

  const savedRow = saved ? [...rows.open, ...rows.finished].find((r) => r.id === saved.visitId) : undefined;
  const openByPatient = openVisitsByPatient(rows.open);
  const inQueue = (patientId: string) => openByPatient.get(patientId);

  /** A second open visit for a patient already in today's queue only by a deliberate confirm. */
  async function onSave(request: OpenVisitRequest) {
    const queued = request.patient.kind === 'existing' ? inQueue(request.patient.id) : undefined;
    if (queued) {
      const ok = await confirm({
        title: t('reception.second.title'),
        body: (
          <p>
            <Msg
              id="reception.second.body"
              values={{
                name: queued.patientName,
                ticket: ticketLabel(queued.ticket),
                status: queued.status,
                time: queued.createdAtMs === null ? '—' : clock(new Date(queued.createdAtMs)),
              }}
              components={{ 0: <strong /> }}
            />
          </p>
        ),
        confirmLabel: t('reception.second.confirm'),
        cancelLabel: t('reception.second.keep'),
      });
      if (!ok) return;
    }
    const name = request.patient.kind === 'new' ? request.patient.input.fullName : request.patient.fullName;
    // "Opened" once the server has the visit; until then the ticket panel says where it is.
    const visitId = outbox.save(request, () => toast.success(t('reception.opened', { name })));
    if (!connected) toast(t('reception.savedHere', { name }));
    setSaved({ visitId, patientName: name });
    setForm((f) => ({ key: f.key + 1 }));
  }

  async function onCancel(row: QueueRow) {
    const ok = await confirm({
      title: t('reception.cancel.title'),
      body: (
        <p>
          {row.ticket ? `${row.ticket} · ` : ''}
          <Msg id="reception.cancel.body" values={{ name: row.patientName }} components={{ 0: <strong /> }} />
        </p>
      ),
      confirmLabel: t('reception.cancel.confirm'),
      cancelLabel: t('reception.cancel.keep'),
      danger: true,
    });
    if (!ok) return;
    moveVisit(clinicId, row.id, uid, 'cancel').catch((err: unknown) =>
      toast.error(t('reception.cancel.failed', { name: row.patientName, reason: t(friendlyFirestoreError(err)) })),
    );
  }

  /** A called patient who did not come: marked at once, with Undo for as long as the rules allow it. */
  function onNoShow(row: QueueRow) {
    const failed = (err: unknown) =>
      toast.error(t('reception.noShow.failed', { name: row.patientName, reason: t(friendlyFirestoreError(err)) }));
    moveVisit(clinicId, row.id, uid, 'noShow').catch(failed);
    undoToast({
      id: `undo-${row.id}`,
      message: t('reception.noShow.done', { name: row.patientName }),
      undoLabel: t('action.undo'),
      onUndo: () => void moveVisit(clinicId, row.id, uid, 'undoNoShow').catch(failed),
    });
  }

  async function onChange(row: QueueRow) {
    const { patientId } = row;
    if (!patientId) return;
    try {
      const patient = await fetchPatient(clinicId, patientId);
      if (!patient) throw new Error('not-found');
      const { fullName, phone, dateOfBirth } = patient;
      setCorrecting({
        row,
        patientId,
        original: {
          fullName,
          phone: phone ?? '',
          dateOfBirth: dateOfBirth ?? '',
          reason: row.reason,
          priority: row.priority,
        },
      });
    } catch (err) {
      toast.error(t('reception.correct.loadFailed', { name: row.patientName, reason: t(friendlyFirestoreError(err)) }));
    }
  }

  /** Said "saved" only once the server has it; offline the SDK keeps the batch and sends it later. */
  async function saveCorrection({ row, patientId }: Correcting, change: Extract<CorrectionCheck, { ok: true }>) {
    setCorrecting(null);
    const name = change.patient?.fullName ?? row.patientName;
    if (!change.patient && !change.visit) {
      toast(t('reception.correct.unchanged'));
      return;
    }
    const failed = (err: unknown) =>
      toast.error(t('reception.correct.failed', { name, reason: t(friendlyFirestoreError(err)) }));
    const committed = correctVisit(clinicId, uid, { visitId: row.id, patientId, ...change });
    try {
      await withDeadline(committed, SERVER_ANSWER_MS);
      toast.success(t('reception.correct.saved', { name }));
    } catch (err) {
      if (!(err instanceof DeadlineError)) return void failed(err);
      toast(t('reception.correct.queued', { name }));
      committed.catch(failed);
    }
  }

  function onEditAgain(row: QueueRow) {
    if (!row.request) return;
    outbox.discard(row.id);
    setForm((f) => ({ key: f.key + 1, initial: draftFromRequest(row.request as OpenVisitRequest) }));
  }

  const waiting = rows.open.filter((r) => r.status === 'waiting').length;
  const called = rows.open.filter((r) => r.status === 'called').length;
  const inReview = rows.open.length - waiting - called;
  const done = rows.finished.filter((r) => r.status === 'done').length;

  return (
    <AppShell title={t('reception.title')} clinicName={clinic?.name}>
      <div className="reception">
        <section className="card reception__form" aria-labelledby="new-visit-title">
          <h1 id="new-visit-title">{t('reception.newVisit')}</h1>
          {saved && (
            <TicketConfirmation
              saved={saved}
              row={savedRow}
              estimate={estimateWait(saved.visitId, rows, now)}
              connected={connected}
              clinicName={clinic?.name ?? ''}
              onDismiss={() => setSaved(null)}
            />
          )}
          <NewVisitForm
            key={form.key}
            initial={form.initial}
            renderSearch={(slot) => <PatientSearch clinicId={clinicId} inQueue={inQueue} {...slot} />}
            inQueue={inQueue}
            findDuplicates={(input) => findDuplicatePatients(clinicId, input)}
            onSave={(request) => void onSave(request)}
          />
        </section>
        {/* data-list-source: whether the queue drawn is the server's or the local cache's (the start-up bench waits on it). */}
        <section
          className="card reception__queue"
          aria-labelledby="queue-title"
          data-list-source={queue.status === 'ready' ? (queue.fromCache ? 'cache' : 'server') : undefined}
        >
          <div className="section-head">
            <h2 id="queue-title">{t('reception.queue')}</h2>
            {/* No counts and no doctors on duty before the server (or the cache) has said them. */}
            {!queueLoading && (
              <Counts
                label={t('reception.todaySoFar')}
                items={[
                  { value: waiting, label: t('count.waiting', { count: waiting }) },
                  { value: called, label: t('count.called', { count: called }) },
                  { value: inReview, label: t('count.inReview', { count: inReview }) },
                  { value: done, label: t('count.done', { count: done }) },
                ]}
              />
            )}
            <ScreenLink className="button button--small" href={REPORT_PATH}>
              {t('report.title')}
            </ScreenLink>
          </div>
          <div className="reception__doctors">
            {duty.status !== 'loading' && <DoctorsOnDuty doctors={duty.docs} empty={t('duty.nobody')} />}
          </div>
          {!connected && (
            <p className="notice notice--warn" role="status">
              {online ? t('blocked.unreachable') : t('reception.offline')} {t('reception.keptHere')}
            </p>
          )}
          {queueLoading ? (
            <Loading label={t('reception.loadingQueue')} compact />
          ) : queue.status === 'error' && queue.docs.length === 0 ? (
            <p className="notice notice--error" role="alert">
              {t('reception.queueFailed')} {queue.error ? t(friendlyFirestoreError(queue.error)) : ''}{' '}
              <button className="button button--small" type="button" onClick={() => window.location.reload()}>
                {t('reception.reload')}
              </button>
            </p>
          ) : (
            <TodayQueue
              {...rows}
              now={now}
              online={connected}
              highlightId={saved?.visitId}
              names={names}
              onCancel={(row) => void onCancel(row)}
              onNoShow={onNoShow}
              onChange={(row) => void onChange(row)}
              onEditAgain={onEditAgain}
              onDiscard={(row) => outbox.discard(row.id)}
            />
          )}
        </section>
      </div>
      {confirmDialog}
      {correcting && (
        <CorrectVisitDialog
          ticket={correcting.row.ticket ?? ''}
          original={correcting.original}
          onSave={(change) => void saveCorrection(correcting, change)}
          onClose={() => setCorrecting(null)}
        />
      )}
    </AppShell>
  );
}
