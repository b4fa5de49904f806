import regjsparser, { type AstNode, type RootNode } from 'regjsparser';

// regjsparser is CommonJS; its named export is only reachable through the default import under ESM.
const { parse } = regjsparser;

const MAX_SET = 64;
type Strings = Set<string>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- regjsparser's node union is generic over features
type Node = AstNode<any> | RootNode<any>;

function product(a: Strings, b: Strings): Strings | null {
  if (a.size * b.size > MAX_SET) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/** The exact strings a node can match, when it matches only a few fixed strings; otherwise null. */
function exact(node: Node): Strings | null {
  switch (node.type) {
    case 'value':
      return new Set([String.fromCodePoint(node.codePoint)]);
    case 'alternative':
      return sequence(node.body as Node[]);
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? sequence(node.body as Node[]) : null;
    case 'disjunction': {
      const out = new Set<string>();
      for (const branch of node.body as Node[]) {
        const e = exact(branch);
        if (!e) return null;
        for (const s of e) out.add(s);
        if (out.size > MAX_SET) return null;
      }
      return out;
    }
    case 'quantifier': {
      const body = exact(node.body[0] as Node);
      if (!body) return null;
      if (node.min === 1 && node.max === 1) return body;
      if (node.min === 0 && node.max === 1) return new Set([...body, '']);
      return null;
    }
    case 'characterClass': {
      if (node.negative || node.body.length > 8) return null;
      const out = new Set<string>();
      for (const item of node.body) {
        if (item.type !== 'value') return null;
        out.add(String.fromCodePoint(item.codePoint));
      }
      return out;
    }
    default:
      return null;
  }
}

function sequence(nodes: Node[]): Strings | null {
  let acc: Strings | null = new Set(['']);
  for (const n of nodes) {
    const e = exact(n);
    if (!e || !acc) return null;
    acc = product(acc, e);
  }
  return acc;
}

/** How useful a set of literals is as a filter: the length of its shortest string (an empty string is useless). */
function strength(set: Strings | null): number {
  if (!set || set.size === 0) return 0;
  return Math.min(...[...set].map((s) => [...s].length));
}

/** Literals one of which every match of the node must contain; null when no such set is found. */
function required(node: Node): Strings | null {
  switch (node.type) {
    case 'alternative':
      return requiredInSequence(node.body as Node[]);
    case 'group':
      return node.behavior === 'normal' || node.behavior === 'ignore' ? requiredInSequence(node.body as Node[]) : null;
    case 'disjunction': {
      const out = new Set<string>();
      for (const branch of node.body as Node[]) {
        const r = required(branch) ?? exact(branch);
        if (strength(r) === 0) return null;
        for (const s of r!) out.add(s);
      }
      return out.size <= MAX_SET * 4 ? out : null;
    }
    case 'quantifier':
      return node.min >= 1 ? (required(node.body[0] as Node) ?? exact(node.body[0] as Node)) : null;
    default:
      return exact(node);
  }
}

function requiredInSequence(nodes: Node[]): Strings | null {
  let best: Strings | null = null;
  const consider = (set: Strings | null) => {
    if (strength(set) > strength(best) || (strength(set) === strength(best) && set && best && set.size < best.size)) best = set;
  };
  // Runs of consecutive fixed parts are joined ("not" + " " + "breath") into longer, more selective literals.
  let run: Strings | null = new Set(['']);
  for (const n of nodes) {
    const e = exact(n);
    const joined: Strings | null = e && run ? product(run, e) : null;
    if (joined) {
      run = joined;
      consider(run);
      continue;
    }
    consider(required(n));
    run = e ?? new Set(['']);
    consider(run);
  }
  return best;
}

/**
 * Literal strings one of which must occur in any text the pattern matches, for a fast pre-filter; null when the
 * pattern has no such literal of at least `minLength` characters (it must then always be run).
 */
export function requiredLiterals(pattern: string, minLength = 3): string[] | null {
  let ast: Node;
  try {
    ast = parse(pattern, 'u', { lookbehind: true, namedGroups: true, unicodePropertyEscape: true }) as Node;
  } catch {
    return null;
  }
  const set = required(ast) ?? exact(ast);
  return set && strength(set) >= minLength ? [...set] : null;
}
