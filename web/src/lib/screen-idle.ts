/**
 * Is the person in the middle of something? A new version is offered only when not: no dialog
 * open, no text field focused, and no text typed into a form and left there (a half-registered
 * patient). Reloading then would cost them nothing.
 */
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const TEXT_FIELD =
  'textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="hidden"], [type="range"], [type="color"])';

export function isMidTask(doc: Document): boolean {
  if (doc.querySelector(DIALOG)) return true;
  const focused = doc.activeElement;
  if (focused instanceof HTMLElement && (focused.matches(TEXT_FIELD) || focused.isContentEditable)) return true;
  return Array.from(doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(`form :is(${TEXT_FIELD})`)).some(
    (field) => field.value.trim() !== '',
  );
}
