import './global-options';
import { initializeApp } from 'firebase-admin/app';

initializeApp();

export { onVisitCreated } from './visits/on-visit-created';
export { onVisitUpdated } from './visits/on-visit-updated';
export { ticketSweeper } from './visits/ticket-sweeper';
export { dayClose } from './days/day-close';
export { onBoardVisitWritten, onBoardClinicUpdated } from './board/on-board-source';
export { onPatientUpdated } from './corrections/on-patient-updated';
export { addStaff } from './staff/add-staff';
export { changeStaffRole } from './staff/change-staff-role';
export { deactivateStaff } from './staff/deactivate-staff';
export { exportDayVisits } from './days/export-day';
export { refuseSignUp } from './accounts/refuse-sign-up';
