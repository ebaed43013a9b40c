import type { ClinicDoc, Role } from '@clinicflow/shared/model';
import type { PatientInput } from '@clinicflow/shared/validation';

/** Everyone signs in with this password on the emulators. Never used outside them. */
export const DEMO_PASSWORD = 'clinicflow-demo';

export interface DemoUser {
  uid: string;
  email: string;
  displayName: string;
  /** Absent: a signed-in user with no role, to show what such a user sees. */
  staff?: { clinicId: string; role: Role };
  /** A doctor's shift as the demo starts: on duty in this room. */
  onDutyIn?: string;
}

export interface DemoClinic extends ClinicDoc {
  id: string;
  patients: PatientInput[];
}

export const DEMO_CLINICS: DemoClinic[] = [
  {
    id: 'sunrise',
    name: 'Sunrise Family Clinic',
    timezone: 'Europe/Madrid',
    // The Madrid clinic speaks Spanish by default; a device's own choice (the switch on every screen) wins.
    language: 'es',
    rooms: ['Consulta 1', 'Consulta 2', 'Consulta 3'],
    patients: [
      { fullName: 'Maria Garcia Lopez', phone: '+34 612 345 678', dateOfBirth: '1984-03-12' },
      { fullName: 'John Smith', phone: '+34 611 222 333', dateOfBirth: '1990-07-01' },
      { fullName: 'Aisha Rahman', phone: '+34 699 100 200', dateOfBirth: '2015-11-23' },
      { fullName: 'Pedro Alvarez', phone: '+34 655 987 654', dateOfBirth: '1952-01-30' },
    ],
  },
  {
    id: 'harbor',
    name: 'Harbor Health Center',
    timezone: 'America/New_York',
    language: 'en',
    rooms: ['Room 1', 'Room 2'],
    patients: [{ fullName: 'Emily Chen', phone: '+1 212 555 0147', dateOfBirth: '1978-05-09' }],
  },
];

export const DEMO_USERS: DemoUser[] = [
  {
    uid: 'sunrise-admin',
    email: 'admin@sunrise.demo',
    displayName: 'Ana Admin',
    staff: { clinicId: 'sunrise', role: 'admin' },
  },
  {
    uid: 'sunrise-reception',
    email: 'reception@sunrise.demo',
    displayName: 'Rosa Reception',
    staff: { clinicId: 'sunrise', role: 'receptionist' },
  },
  {
    uid: 'sunrise-dr-lee',
    email: 'dr.lee@sunrise.demo',
    displayName: 'Dr. Daniel Lee',
    staff: { clinicId: 'sunrise', role: 'checkerDoctor' },
    onDutyIn: 'Consulta 1',
  },
  {
    uid: 'sunrise-dr-okafor',
    email: 'dr.okafor@sunrise.demo',
    displayName: 'Dr. Ngozi Okafor',
    staff: { clinicId: 'sunrise', role: 'checkerDoctor' },
    onDutyIn: 'Consulta 2',
  },
  {
    // The waiting room's TV: it reads the clinic's board and nothing else.
    uid: 'sunrise-display',
    email: 'display@sunrise.demo',
    displayName: 'Waiting room TV',
    staff: { clinicId: 'sunrise', role: 'display' },
  },
  {
    uid: 'harbor-admin',
    email: 'admin@harbor.demo',
    displayName: 'Hank Admin',
    staff: { clinicId: 'harbor', role: 'admin' },
  },
  {
    uid: 'harbor-reception',
    email: 'reception@harbor.demo',
    displayName: 'Hana Reception',
    staff: { clinicId: 'harbor', role: 'receptionist' },
  },
  {
    uid: 'harbor-dr-hart',
    email: 'dr.hart@harbor.demo',
    displayName: 'Dr. Helen Hart',
    staff: { clinicId: 'harbor', role: 'checkerDoctor' },
    onDutyIn: 'Room 1',
  },
  { uid: 'no-role', email: 'norole@demo.test', displayName: 'Nora Norole' },
];
