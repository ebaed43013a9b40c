import { useEffect, useRef, type KeyboardEvent, type ReactNode, type SyntheticEvent } from 'react';
import { Field } from '@/components/ui/field';
import { useI18n } from '@/lib/i18n';
import { useVisitForm, type VisitFormOptions } from '../hooks/use-visit-form';
import type { PatientSummary } from '../visit-draft';
import { ChosenPatient } from './chosen-patient';
import { DuplicateWarning } from './duplicate-warning';
import type { InQueue } from './in-queue-note';
import { FormStep } from './form-step';
import { NewPatientFields } from './new-patient-fields';
import { PriorityPicker } from './priority-picker';

export interface SearchSlotProps {
  onSelect: (patient: PatientSummary) => void;
  onRegisterNew: (term: string) => void;
  error: string | undefined;
}

export interface NewVisitFormProps extends VisitFormOptions {
  /** Today's open visit of a patient on file, shown beside them in the duplicate warning. */
  inQueue?: InQueue;
  /** The patient search box (it talks to Firestore, so the page provides it). */
  renderSearch: (props: SearchSlotProps) => ReactNode;
}

/**
 * Find or register the patient and open their visit, in one step. Messages appear next to
 * each field; what was typed stays until the visit is saved. The page clears the form after a
 * save by remounting it.
 */
export function NewVisitForm({ renderSearch, inQueue, ...options }: NewVisitFormProps) {
  const { t, invalid } = useI18n();
  const form = useVisitForm(options);
  const { choice, draft, errors, duplicates } = form;
  const backToSearch = () => form.choose({ kind: 'none' });
  const reasonRef = useRef<HTMLTextAreaElement>(null);

  // A patient chosen from the search (by keyboard too): the next thing to type is the reason.
  const chosenId = choice.kind === 'existing' ? choice.patient.id : null;
  useEffect(() => {
    if (chosenId) reasonRef.current?.focus();
  }, [chosenId]);

  function onSubmit(e: SyntheticEvent) {
    e.preventDefault();
    void form.submit(false);
  }

  // Enter keeps its line break in the reason; Ctrl+Enter (⌘+Enter) saves from there, and Enter
  // saves from the priority radios, so a registration never needs the mouse.
  function saveOnEnter(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    const target = e.target as HTMLElement;
    const fromReason = target === reasonRef.current && (e.ctrlKey || e.metaKey);
    const fromPriority = target instanceof HTMLInputElement && target.type === 'radio';
    if (fromReason || fromPriority) {
      e.preventDefault();
      e.currentTarget.requestSubmit();
    }
  }

  return (
    <form
      className="new-visit"
      onSubmit={onSubmit}
      onKeyDown={saveOnEnter}
      noValidate
      aria-label={t('reception.newVisit')}
    >
      <FormStep number={1} title={t('reception.step.patient')}>
        {choice.kind === 'none' &&
          renderSearch({
            onSelect: (patient) => form.choose({ kind: 'existing', patient }),
            onRegisterNew: form.registerNew,
            error: errors.patient,
          })}
        {choice.kind === 'existing' && <ChosenPatient patient={choice.patient} onChange={backToSearch} />}
        {choice.kind === 'new' && (
          <NewPatientFields
            draft={draft}
            errors={errors}
            onEdit={form.edit}
            optionalDetails={draft.priority === 'emergency'}
            onBack={backToSearch}
          />
        )}
      </FormStep>

      {duplicates && duplicates.length > 0 && (
        <DuplicateWarning
          patients={duplicates}
          onUse={(patient) => form.choose({ kind: 'existing', patient })}
          onRegisterAnyway={() => void form.submit(true)}
          inQueue={inQueue}
        />
      )}

      <FormStep number={2} title={t('reception.step.visit')}>
        <Field label={t('field.reason')} error={invalid(errors.reason)}>
          {(control) => (
            <textarea
              {...control}
              ref={reasonRef}
              rows={2}
              value={draft.reason}
              onChange={(e) => form.edit('reason', e.target.value)}
            />
          )}
        </Field>
        <PriorityPicker
          value={draft.priority}
          error={invalid(errors.priority)}
          onChange={(priority) => form.edit('priority', priority)}
        />
      </FormStep>

      <button className="button button--primary button--block button--large" type="submit" disabled={form.checking}>
        {form.checking
          ? t('reception.checking')
          : choice.kind === 'new'
            ? t('reception.registerAndOpen')
            : t('reception.open')}
      </button>
    </form>
  );
}
