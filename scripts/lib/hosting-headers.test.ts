import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cspDirectives,
  emulatorOrigins,
  globToRegExp,
  type HeaderRule,
  headersForPath,
  hostingHeaders,
  previewHeaderRules,
  readHosting,
} from './hosting-headers';
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
    const preview = headersForPath(previewHeaderRules(FIREBASE_JSON), '/dashboard');
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

describe('Hosting headers per path (firebase.json, as vite preview applies them)', () => {
  const rules = previewHeaderRules(FIREBASE_JSON);
  const cacheControl = (path: string) => headersForPath(rules, path)['Cache-Control'];

  it('serve the service worker, the manifest and every page fresh, so a new version is seen at once', () => {
    for (const path of ['/sw.js', '/manifest.webmanifest', '/', '/index.html', '/dashboard', '/icons/icon-192.png']) {
      expect(cacheControl(path), path).toBe('no-cache');
    }
  });

  it('let browsers keep the hashed build files for a year', () => {
    expect(cacheControl('/assets/index-Dvt9Y1uU.js')).toBe('public, max-age=31536000, immutable');
    expect(cacheControl('/assets/index-Br7PTh5J.css')).toBe('public, max-age=31536000, immutable');
  });

  it('send the security headers and a policy that lets the app register its worker and manifest on every path', () => {
    for (const path of ['/sw.js', '/assets/index-Dvt9Y1uU.js', '/dashboard']) {
      const sent = headersForPath(rules, path);
      const policy = cspDirectives(sent['Content-Security-Policy'] ?? '');
      expect(policy.get('worker-src'), path).toEqual(["'self'"]);
      expect(policy.get('manifest-src'), path).toEqual(["'self'"]);
      expect(sent['X-Content-Type-Options'], path).toBe('nosniff');
    }
  });

  it('match globs as Hosting does: ** across folders, * within one, a later rule winning', () => {
    expect(globToRegExp('**').test('/a/b.js')).toBe(true);
    expect(globToRegExp('/assets/**').test('/assets/x/y.js')).toBe(true);
    expect(globToRegExp('/assets/**').test('/other/assets/y.js')).toBe(false);
    expect(globToRegExp('/sw.js').test('/sw.js')).toBe(true);
    expect(globToRegExp('/sw.js').test('/swajs')).toBe(false);
    expect(globToRegExp('**/*.js').test('/sw.js')).toBe(true);
    expect(globToRegExp('/icons/*.png').test('/icons/a/b.png')).toBe(false);
    expect(() => globToRegExp('**/*.@(js|css)')).toThrow(/only \* and \*\*/);
    const later: HeaderRule[] = [
      { source: globToRegExp('**'), headers: { A: 'first', B: 'kept' } },
      { source: globToRegExp('/x/**'), headers: { A: 'second' } },
    ];
    expect(headersForPath(later, '/x/y')).toEqual({ A: 'second', B: 'kept' });
  });
});
