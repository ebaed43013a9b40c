import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { activateLanguage } from '@/lib/i18n';

afterEach(() => {
  cleanup();
});

// jsdom has <dialog> but not its modal methods; the browser tests cover the real ones.
HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
  this.open = false;
};

// Components rendered without the app's provider speak English in the browser's zone (lib/i18n.tsx).
await activateLanguage('en');
