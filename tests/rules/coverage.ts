/**
 * The emulator's rules coverage report, read after the tables have run: an expression no test
 * evaluated is a rule nobody has proven, so it fails the suite with its line and column.
 */
import { describe, expect, it } from 'vitest';
import { emulatorEnv } from '../../scripts/lib/emulators';
import { RULES_PROJECT_ID, RULES_SOURCE } from './harness';

interface CoverageNode {
  sourcePosition: { line: number; column: number };
  /**
   * Each distinct value the expression produced. Missing when its rule never ran; an empty value
   * (`{}`) when the rule ran but `&&` or `||` skipped the expression.
   */
  values?: { value: Record<string, unknown> }[];
  children?: CoverageNode[];
}
interface CoverageReport {
  rules: { files: { content: string }[] };
  report: CoverageNode[];
}

function flatten(nodes: readonly CoverageNode[]): CoverageNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
}

function where(node: CoverageNode): string {
  const { line, column } = node.sourcePosition;
  const lineText = RULES_SOURCE.split('\n').at(line - 1) ?? '';
  const text = lineText.slice(column - 1).trim();
  return `firestore.rules:${line}:${column}  ${text}`;
}

export function describeCoverage(): void {
  describe('rules coverage', () => {
    it('every expression in firestore.rules was evaluated by the tests above', async () => {
      const url = `http://${emulatorEnv().firestoreHost}/emulator/v1/projects/${RULES_PROJECT_ID}:ruleCoverage`;
      const response = await fetch(url);
      expect(response.status, url).toBe(200);
      const coverage = (await response.json()) as CoverageReport;
      expect(coverage.rules.files[0]?.content, 'the report is for the rules on disk').toBe(RULES_SOURCE);

      const nodes = flatten(coverage.report);
      expect(nodes.length).toBeGreaterThan(0);
      const neverEvaluated = nodes
        .filter((node) => !(node.values ?? []).some(({ value }) => Object.keys(value).length > 0))
        .map(where);
      expect(neverEvaluated).toEqual([]);
    });
  });
}
