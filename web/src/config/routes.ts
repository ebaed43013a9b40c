/** Paths a screen links to besides its own role's home (app/role-routes.ts routes them). */
export const REPORT_PATH = '/report';
