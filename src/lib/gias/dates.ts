/** A GIAS date, DD/MM/YYYY (how the extract writes every date), as a UTC date; undefined when empty. Throws on anything else. */
export function giasDate(text: string): Date | undefined {
  if (!text) return undefined;
  const match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  if (!match) throw new Error(`"${text}" is not a date written as DD/MM/YYYY`);
  const [, day, month, year] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  // 31/02/2025 rolls over to March in Date: catch it rather than import the wrong day.
  if (date.getUTCDate() !== day || date.getUTCMonth() !== month - 1) throw new Error(`"${text}" is not a real date`);
  return date;
}
