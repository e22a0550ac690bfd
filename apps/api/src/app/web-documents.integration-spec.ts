import 'reflect-metadata';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  ASTNode,
  DocumentNode,
  FragmentDefinitionNode,
  Kind,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  visit,
} from 'graphql';
import { AppConfig, graphqlLimitRules } from '@xiangzhi/server/core';
import { createTestApp, TestApp } from '@xiangzhi/server/testing';
import { SECURITY_MODULES } from '../security/security-world';

const LIBS = resolve(__dirname, '../../../../libs');

/** Every `*.graphql` operation document of the web data-access libs. */
function documents(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (e.name.endsWith('.graphql')) out.push(path);
    }
  };
  for (const domain of readdirSync(LIBS, { withFileTypes: true })) {
    const lib = join(LIBS, domain.name, 'data-access', 'src', 'lib');
    if (domain.isDirectory() && readdirSync(join(LIBS, domain.name)).includes('data-access')) walk(lib);
  }
  return out.sort();
}

/** The fragments of a set of documents (codegen merges the documents of one lib). */
function fragmentsOf(docs: DocumentNode[]): Map<string, FragmentDefinitionNode> {
  return new Map(
    docs
      .flatMap((d) => d.definitions)
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
}

/** Each operation of a file as the client sends it: the operation with the fragments it uses (codegen's documents). */
function operationsOf(
  doc: DocumentNode,
  fragments: Map<string, FragmentDefinitionNode>,
): Array<{ name: string; doc: DocumentNode }> {
  return doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => {
      const used = new Set<string>();
      const collect = (node: ASTNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const name = spread.name.value;
            if (used.has(name)) return;
            used.add(name);
            const f = fragments.get(name);
            if (f) collect(f);
          },
        });
      collect(op);
      const uses = [...used].flatMap((n) => fragments.get(n) ?? []);
      return { name: op.name?.value ?? '(anonymous)', doc: { kind: Kind.DOCUMENT, definitions: [op, ...uses] } };
    });
}

/**
 * The web apps' operations pass the API's own validation: the schema, and the depth, cost and alias limits the
 * server enforces (codegen checks the schema only; a document over a limit is refused by the server at run time).
 */
describe('web operation documents against the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(SECURITY_MODULES);
  });
  afterAll(() => t?.close());

  it('finds the documents of every data-access lib', () => {
    const libs = new Set(documents().map((f) => relative(LIBS, f).split('/')[0]));
    expect([...libs]).toEqual(expect.arrayContaining(['identity', 'registry', 'points', 'shop', 'checklists']));
  });

  it('validates every operation within the limits the server enforces', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const rules = [...specifiedRules, ...graphqlLimitRules(t.app.get(AppConfig))];
    const problems: string[] = [];
    let count = 0;
    const files = documents().map((file) => ({ file, doc: parse(readFileSync(file, 'utf8')) }));
    const libOf = (file: string) => relative(LIBS, file).split('/')[0];
    for (const { file, doc } of files) {
      const fragments = fragmentsOf(files.filter((f) => libOf(f.file) === libOf(file)).map((f) => f.doc));
      for (const op of operationsOf(doc, fragments)) {
        count++;
        for (const e of validate(schema, op.doc, rules))
          problems.push(`${relative(LIBS, file)} ${op.name}: ${e.message}`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(problems).toEqual([]);
  });
});
