import type { Role } from '@clinicflow/shared/model';

export const ROLE_HOME: Record<Role, string> = {
  receptionist: '/reception',
  checkerDoctor: '/dashboard',
  admin: '/admin',
  display: '/display',
};

/** Who may open the day report (REPORT_PATH): the front desk reads it; only the admin exports. */
export const REPORT_ROLES: readonly Role[] = ['admin', 'receptionist'];
