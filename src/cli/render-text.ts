import type { Choice, Reply } from '../core/message.js';

/** Renders a reply as plain text the way a simple text channel shows it; choices become a numbered list. */
export function renderText(reply: Reply): { text: string; choices: Choice[] } {
  const lines: string[] = [];
  const choices: Choice[] = [];
  for (const part of reply.parts) {
    switch (part.type) {
      case 'text':
        lines.push(part.text);
        break;
      case 'sources':
        lines.push(`— ${part.text}`);
        break;
      case 'choices':
        for (const choice of part.choices) {
          choices.push(choice);
          lines.push(`  ${choices.length}. ${choice.label}`);
        }
        break;
      default: {
        const unreachable: never = part;
        throw new Error(`unknown part ${JSON.stringify(unreachable)}`);
      }
    }
  }
  return { text: lines.join('\n'), choices };
}
