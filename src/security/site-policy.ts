/**
 * One Content Security Policy for the HTTP header, made from the policies
 * Astro wrote into every built page (<meta http-equiv="content-security-policy">).
 * Each page's own meta policy still applies on top, so a page only ever runs
 * the inline code Astro hashed for it.
 */

/** The policy in a page's CSP meta tag, or undefined. */
export function pagePolicy(html: string): string | undefined {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta?.[1].replace(/&#39;|&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Directive name → its sources, in first-seen order. */
function parse(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The union of the policies: every source any page needs, directive by directive. */
export function mergePolicies(policies: string[]): string {
  const merged = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const [name, sources] of parse(policy)) {
      const set = merged.get(name) ?? new Set<string>();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
