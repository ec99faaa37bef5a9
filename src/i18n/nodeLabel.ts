/**
 * The one rule for naming a node wherever it is shown (map labels, tables, CSV, exports): its short name
 * when it has one, and, for a node that is planned and not built, that word beside it.
 */
import type { Lang, Node } from '../data/schema.ts';
import { messagesOf } from './messages.ts';

export function nodeName(node: Pick<Node, 'name' | 'shortName'>, lang: Lang): string {
  return (node.shortName ?? node.name)[lang];
}

export function nodeLabel(node: Pick<Node, 'name' | 'shortName' | 'status'>, lang: Lang): string {
  const name = nodeName(node, lang);
  return node.status === 'planned' ? messagesOf(lang)['node.plannedLabel'].replace('{name}', name) : name;
}
