import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cspDirectives, emulatorOrigins, hostingHeaders, previewHeaders, readHosting } from './hosting-headers';
import { ROOT } from './root';

const FIREBASE_JSON = join(ROOT, 'firebase.json');
const headers = hostingHeaders(FIREBASE_JSON);
const csp = cspDirectives(headers['Content-Security-Policy'] ?? '');

describe('Hosting headers (firebase.json)', () => {
  it('let nobody frame the app, sniff types, or read full URLs as referrers', () => {
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });

  it('run only the app’s own scripts and reCAPTCHA’s, never inline or eval’d code, and no plugins', () => {
    expect(csp.get('script-src')).toEqual([
      "'self'",
      'https://www.google.com/recaptcha/',
      'https://www.gstatic.com/recaptcha/',
    ]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
  });

  it('connect only to the Firebase services the app uses', () => {
    expect(csp.get('connect-src')).toEqual([
      "'self'",
      'https://firestore.googleapis.com',
      'https://identitytoolkit.googleapis.com',
      'https://securetoken.googleapis.com',
      'https://content-firebaseappcheck.googleapis.com',
      'https://*.cloudfunctions.net',
    ]);
  });

  it('publish no source maps', () => {
    expect(readHosting(FIREBASE_JSON).ignore).toContain('**/*.map');
  });

  it('are what vite preview sends too, with the local emulators added to connect-src only', () => {
    expect(emulatorOrigins(FIREBASE_JSON)).toEqual([
      'http://127.0.0.1:9099',
      'http://127.0.0.1:8080',
      'http://127.0.0.1:5001',
    ]);
    const preview = previewHeaders(FIREBASE_JSON);
    const previewCsp = cspDirectives(preview['Content-Security-Policy'] ?? '');
    expect(previewCsp.get('connect-src')).toEqual([
      ...(csp.get('connect-src') ?? []),
      ...emulatorOrigins(FIREBASE_JSON),
    ]);
    expect([...previewCsp.keys()]).toEqual([...csp.keys()]);
    expect(previewCsp.get('script-src')).toEqual(csp.get('script-src'));
    expect({ ...preview, 'Content-Security-Policy': '' }).toEqual({ ...headers, 'Content-Security-Policy': '' });
  });
});
