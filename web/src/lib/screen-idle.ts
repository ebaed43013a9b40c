/**
 * Is the person in the middle of something? A new version is offered only when not: no dialog
 * open, and no text typed into a field and left there (a half-registered patient). Reloading then
 * would cost them nothing. A focused but empty field does not count: the desk's search field has
 * the focus from the moment the screen opens, and an idle desk must still be offered the update
 * (the offer also waits for a pause in typing, components/ui/update-prompt).
 */
const DIALOG = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
const TEXT_FIELD =
  'textarea, input:not([type="checkbox"], [type="radio"], [type="button"], [type="submit"], [type="reset"], [type="hidden"], [type="range"], [type="color"])';

export function isMidTask(doc: Document): boolean {
  if (doc.querySelector(DIALOG)) return true;
  const focused = doc.activeElement;
  if (focused instanceof HTMLElement && focused.isContentEditable && focused.textContent.trim()) return true;
  return Array.from(doc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(TEXT_FIELD)).some(
    (field) => field.value.trim() !== '',
  );
}
