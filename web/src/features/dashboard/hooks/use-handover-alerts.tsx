import { useEffect, useRef } from 'react';
import toast from 'react-hot-toast';
import type { VisitDoc } from '@clinicflow/shared/model';
import { BellIcon } from '@/components/ui/icons';
import type { Live } from '@/lib/live-query';
import { useI18n } from '@/lib/i18n';
import { handedOver } from '../handovers';
import type { useAlertSwitches } from './use-alert-switches';

/**
 * A patient a colleague handed to this doctor: a toast naming the colleague, a beep and, in a
 * hidden tab, a system notification. The list as first loaded is not news.
 */
export function useHandoverAlerts(
  mine: readonly Live<VisitDoc>[],
  ready: boolean,
  uid: string,
  names: ReadonlyMap<string, string>,
  switches: ReturnType<typeof useAlertSwitches>,
) {
  const { t } = useI18n();
  const seen = useRef<Set<string> | null>(null);
  useEffect(() => {
    if (!ready) return;
    const fresh = seen.current ? handedOver(seen.current, mine, uid) : [];
    seen.current = new Set(mine.map((v) => v.id));
    for (const v of fresh) {
      const from = v.statusChangedBy ? (names.get(v.statusChangedBy) ?? '') : '';
      const text = t('transfer.received', { ticket: v.ticket ?? '…', name: from, named: from ? 'yes' : 'no' });
      toast(text, { icon: <BellIcon />, id: `handover-${v.id}`, duration: 10_000 });
      switches.notify(text, v.room ?? '', `handover-${v.id}`);
    }
    if (fresh.length > 0) switches.beep(2);
  }, [mine, ready, uid, names, switches, t]);
}
