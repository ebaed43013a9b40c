import { useEffect, useSyncExternalStore } from 'react';
import { Loading } from '@/components/ui/loading';
import { watchOwnClaimsStamp } from '@/features/staff/api/staff';
import { refreshClaims } from '@/lib/auth';
import { audioState, unlockAudio, watchAudio, type AudioState } from '@/lib/beep';
import { useClinicLanguage, useI18n } from '@/lib/i18n';
import { useStaffSession } from '@/lib/session';
import { useNow } from '@/lib/use-now';
import { CallsPanel, RecentCalls, WaitingPanel } from './components/board-panels';
import { ConnectionMark } from './components/connection-mark';
import { useCallAlerts } from './hooks/use-call-alerts';
import { useDisplayFeed } from './hooks/use-display-feed';
import { useWakeLock } from './hooks/use-wake-lock';
import { callKey } from './new-calls';
import './display.css';

const unsupported = (): AudioState => 'unsupported';

/**
 * The waiting-room display, full screen on a 1920×1080 TV: the tickets called with their room,
 * those waiting, the last calls; a chime and a highlight on each new call. Signed in once on a
 * trusted device, it needs nobody after: it follows the board as the server sends it, listens
 * again by itself after a failure, and keeps the screen awake. It reads the board alone, so it
 * takes the clinic's language and time zone from the board too.
 */
export default function DisplayPage() {
  const { uid, claims } = useStaffSession();
  const { clinicId } = claims;
  const { t, clock } = useI18n();
  const feed = useDisplayFeed(clinicId);
  const { board } = feed;
  useClinicLanguage(board && { language: board.language, timezone: board.timezone, shared: true });
  useEffect(() => watchOwnClaimsStamp(clinicId, uid, () => void refreshClaims()), [clinicId, uid]);
  useWakeLock();
  const highlighted = useCallAlerts(board && [...board.called, ...board.recentCalls]);
  const audio = useSyncExternalStore(watchAudio, audioState, unsupported);
  const now = useNow(1_000);

  if (feed.status === 'loading') return <Loading />;
  // A gesture is the only way a browser lets a page start its audio; the TV needs none when its
  // browser allows autoplay (the README's kiosk set-up), and one tap otherwise.
  const wake = () => void unlockAudio();
  return (
    <main className="board" onPointerDown={wake} onKeyDown={wake}>
      <header className="board__bar">
        <h1 className="board__title">{t('display.title')}</h1>
        <div className="board__side">
          {audio === 'suspended' && <span className="board__sound">{t('display.soundOff')}</span>}
          <ConnectionMark connection={feed.connection} />
          {board && (
            <time className="board__clock" data-testid="board-clock">
              {clock(new Date(now))}
            </time>
          )}
        </div>
      </header>
      {(feed.status === 'error' || feed.malformed) && <p className="board__notice">{t('display.stopped')}</p>}
      {board ? (
        <>
          <div className="board__main">
            <CallsPanel calls={board.called} highlighted={highlighted} />
            <WaitingPanel tickets={board.waiting} />
          </div>
          <RecentCalls calls={board.recentCalls} />
        </>
      ) : (
        feed.status === 'missing' && <p className="board__notice">{t('display.noBoard')}</p>
      )}
      <div className="visually-hidden" aria-live="assertive" data-testid="board-announce">
        {board?.called
          .filter((call) => highlighted.has(callKey(call)))
          .map((call) => t('display.call', { ticket: call.ticket, room: call.room }))
          .join('. ')}
      </div>
    </main>
  );
}
