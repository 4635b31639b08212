/**
 * Reads a posted HTML form strictly and with a size limit. We parse the
 * urlencoded body ourselves rather than use request.formData(), because that
 * reads any size, accepts file uploads and silently turns broken encodings
 * into U+FFFD; here broken input is refused, so nothing garbled is stored.
 */
export type FormFields = Map<string, string[]>;

export type BodyProblem = 'too-large' | 'not-a-form' | 'malformed';
export type BodyResult = { ok: true; fields: FormFields } | { ok: false; problem: BodyProblem };

const maxFields = 300;
const maxNameLength = 100;

export async function readFormBody(request: Request, limitBytes: number): Promise<BodyResult> {
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const [mediaType, ...params] = type.split(';').map((p) => p.trim());
  if (mediaType !== 'application/x-www-form-urlencoded') return { ok: false, problem: 'not-a-form' };
  const charset = params
    .find((p) => p.startsWith('charset='))
    ?.slice(8)
    .replace(/"/g, '');
  if (charset && charset !== 'utf-8') return { ok: false, problem: 'not-a-form' };

  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared) || Number(declared) > limitBytes)) return { ok: false, problem: 'too-large' };

  // With a Content-Length, Node's HTTP parser delivers exactly that many bytes, so reading it whole is bounded
  // (and faster); without one (chunked), read chunk by chunk and stop at the limit.
  const bytes = declared !== null ? new Uint8Array(await request.arrayBuffer()) : await readLimited(request, limitBytes);
  if (!bytes) return { ok: false, problem: 'too-large' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, problem: 'malformed' };
  }
  const fields = parseUrlEncoded(text);
  return fields ? { ok: true, fields } : { ok: false, problem: 'malformed' };
}

/** The body as bytes, or undefined as soon as it passes the limit (the rest is never read). */
async function readLimited(request: Request, limitBytes: number): Promise<Uint8Array | undefined> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limitBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

/** application/x-www-form-urlencoded to name → values; undefined when any part is not validly encoded. */
export function parseUrlEncoded(text: string): FormFields | undefined {
  const fields: FormFields = new Map();
  if (text === '') return fields;
  const pairs = text.split('&');
  if (pairs.length > maxFields) return undefined;
  for (const pair of pairs) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawName = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    let name: string;
    let value: string;
    try {
      // decodeURIComponent throws on bad escapes and on bytes that are not UTF-8 (including lone surrogates).
      name = decodeURIComponent(rawName.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      return undefined;
    }
    if (name === '' || name.length > maxNameLength) return undefined;
    const list = fields.get(name);
    if (list) list.push(value);
    else fields.set(name, [value]);
  }
  return fields;
}
