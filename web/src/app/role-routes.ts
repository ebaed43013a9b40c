import type { Role } from '@clinicflow/shared/model';

export const ROLE_HOME: Record<Role, string> = {
  receptionist: '/reception',
  checkerDoctor: '/dashboard',
  admin: '/admin',
  display: '/display',
};
