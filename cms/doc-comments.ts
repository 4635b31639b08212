import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Reads the one-line `/** *\/` comment above every field in src/schemas, so the
 * words a developer writes for a field become the hint a navigator sees under
 * it in the CMS. Runs only when the CMS config is generated (Node, not browser).
 *
 * Object literals are remembered by the set of their keys: at run time a zod
 * object only knows its keys, not where in the source it was written.
 */
export interface ObjectComments {
  keys: string[];
  comments: Record<string, string>;
  file: string;
}

function jsDocText(node: ts.Node): string | undefined {
  const docs = (node as ts.Node & { jsDoc?: ts.JSDoc[] }).jsDoc;
  if (!docs?.length) return undefined;
  const comment = docs[docs.length - 1].comment;
  const text = typeof comment === 'string' ? comment : comment?.map((part) => part.text).join('');
  return text?.replace(/\s+/g, ' ').trim() || undefined;
}

function propertyName(node: ts.ObjectLiteralElementLike): string | undefined {
  if (!node.name) return undefined;
  if (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) return node.name.text;
  return undefined;
}

/** Every object literal in the schema folder that has at least one documented key. */
export function readSchemaComments(schemaDir = 'src/schemas'): ObjectComments[] {
  const found: ObjectComments[] = [];
  const files = fs.readdirSync(schemaDir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
  for (const file of files) {
    const full = path.join(schemaDir, file);
    const source = ts.createSourceFile(full, fs.readFileSync(full, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isObjectLiteralExpression(node)) {
        const keys: string[] = [];
        const comments: Record<string, string> = {};
        for (const property of node.properties) {
          const name = propertyName(property);
          if (!name) continue;
          keys.push(name);
          const text = jsDocText(property);
          if (text) comments[name] = text;
        }
        if (Object.keys(comments).length > 0) found.push({ keys, comments, file: full });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/**
 * The comments for a zod object with these keys. Literals sharing more keys
 * with it win, so an exact match beats a look-alike; shapes built with
 * `.extend()` take each missing key from the closest literal that has it.
 */
export function commentsFor(all: ObjectComments[], keys: string[]): Record<string, string> {
  const wanted = new Set(keys);
  const score = (c: ObjectComments) => c.keys.filter((k) => wanted.has(k)).length * 1000 - Math.abs(c.keys.length - wanted.size);
  const ranked = all.filter((c) => score(c) >= 1000).sort((a, b) => score(b) - score(a));
  const comments: Record<string, string> = {};
  for (const key of keys) {
    const source = ranked.find((c) => c.comments[key]);
    if (source) comments[key] = source.comments[key];
  }
  return comments;
}
