// What the middleware (src/middleware.ts) tells every on-demand page.
declare namespace App {
  interface Locals {
    /** The signed-in member of staff, if any (set for every route under /officer/). */
    staff?: import('../server/staff/sessions').SignedInStaff;
  }
}
