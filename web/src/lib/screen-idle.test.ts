import { afterEach, describe, expect, it } from 'vitest';
import { isMidTask } from './screen-idle';

function field(doc: Document, selector: string): HTMLInputElement {
  const found = doc.querySelector<HTMLInputElement>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}

function screen(html: string, focus?: string): Document {
  document.body.innerHTML = html;
  if (focus) document.querySelector<HTMLElement>(focus)?.focus();
  return document;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('isMidTask: may a new version be offered now?', () => {
  it('is idle on a screen with nothing open, typed or focused', () => {
    expect(isMidTask(screen('<form><input id="name"><textarea></textarea></form><button>Refresh</button>'))).toBe(
      false,
    );
  });

  it('is busy while a dialog is open', () => {
    expect(isMidTask(screen('<dialog open><p>Cancel this visit?</p></dialog>'))).toBe(true);
    expect(isMidTask(screen('<div role="alertdialog">Sure?</div>'))).toBe(true);
  });

  it('is idle once the dialog has closed', () => {
    expect(isMidTask(screen('<dialog><p>closed</p></dialog>'))).toBe(false);
  });

  it('is idle with the focus in an empty text field (the desk opens with its search focused)', () => {
    expect(isMidTask(screen('<form><input id="search" type="search"></form>', '#search'))).toBe(false);
    expect(isMidTask(screen('<textarea id="reason"></textarea>', '#reason'))).toBe(false);
  });

  it('is busy while a focused field holds text, in a form or not', () => {
    const doc = screen('<input id="search" type="search">', '#search');
    field(doc, '#search').value = 'Gar';
    expect(isMidTask(doc)).toBe(true);
  });

  it('is idle with the focus on a button, a checkbox or a radio', () => {
    expect(isMidTask(screen('<button id="b">Start review</button>', '#b'))).toBe(false);
    expect(isMidTask(screen('<input id="c" type="checkbox">', '#c'))).toBe(false);
    expect(isMidTask(screen('<form><input id="r" type="radio" name="p" checked></form>', '#r'))).toBe(false);
  });

  it('is busy when text was typed into a form and left there (a half-registered patient)', () => {
    const doc = screen('<form><input id="name"><button id="b">Save</button></form>');
    field(doc, '#name').value = 'Maria Garcia';
    field(doc, '#b').focus();
    expect(isMidTask(doc)).toBe(true);
  });

  it('is idle when a form holds only blanks', () => {
    const doc = screen('<form><input id="name"><textarea id="why"></textarea></form>');
    field(doc, '#name').value = '   ';
    expect(isMidTask(doc)).toBe(false);
  });
});
