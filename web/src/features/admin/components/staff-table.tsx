import { ROLES, type Role, type StaffDoc } from '@clinicflow/shared/model';
import { TableHead } from '@/components/ui/table-head';
import { ROLE_LABELS } from '@/config/labels';
import type { Live } from '@/lib/live-query';

export interface StaffTableProps {
  staff: Live<StaffDoc>[];
  uid: string;
  busyUid: string | null;
  onChangeRole: (member: Live<StaffDoc>, role: Role) => void;
  onDeactivate: (member: Live<StaffDoc>) => void;
}

export function StaffTable({ staff, uid, busyUid, onChangeRole, onDeactivate }: StaffTableProps) {
  return (
    <table className="staff-table">
      <TableHead columns={['Name', 'Role', 'Status']} />
      <tbody>
        {staff.map((m) => {
          const self = m.id === uid;
          const busy = busyUid === m.id;
          return (
            <tr key={m.id} className={m.active ? undefined : 'staff-row--inactive'} data-uid={m.id}>
              <td>
                <div className="staff-row__name">
                  {m.displayName}
                  {self && <span className="tag">you</span>}
                </div>
                <div className="muted staff-row__email">{m.email}</div>
              </td>
              <td>
                {m.active && !self ? (
                  <select
                    className="select--compact"
                    aria-label={`Role of ${m.displayName}`}
                    value={m.role}
                    disabled={busy}
                    onChange={(e) => onChangeRole(m, e.target.value as Role)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                ) : (
                  ROLE_LABELS[m.role]
                )}
              </td>
              <td>
                <span className={`status ${m.active ? 'status--active' : 'status--inactive'}`}>
                  {m.active ? 'Active' : 'Deactivated'}
                </span>
                {m.hasPendingWrites && <span className="sync sync--pending">Saving…</span>}
              </td>
              <td className="staff-row__actions">
                {m.active && !self && (
                  <button
                    className="button button--small button--danger"
                    type="button"
                    disabled={busy}
                    onClick={() => onDeactivate(m)}
                    aria-label={`Deactivate ${m.displayName}`}
                  >
                    {busy ? 'Working…' : 'Deactivate'}
                  </button>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
