// What `npm run officer` loads through Vite (scripts/officer.ts): the store the settings choose and the commands.
export { openFormsStore } from '../forms/current';
export { runOfficerCommand } from './accounts';
