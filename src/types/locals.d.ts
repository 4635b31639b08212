// What the middleware (src/middleware.ts) tells every on-demand page.
declare namespace App {
  interface Locals {
    /** The interface text in the council's wording (set for every page by src/middleware.ts). */
    wording: import('../directory/wording').Wording;
    /** The signed-in member of staff, if any (set for every route under /officer/). */
    staff?: import('../server/staff/sessions').SignedInStaff;
  }
}
