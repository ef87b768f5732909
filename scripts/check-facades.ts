/**
 * Narrow façades (issue 21 item 1): each module's `src/modules/<m>/index.ts` exports only what
 * other modules, adapters and the bootstrap use. This check lists every symbol an index.ts exports
 * (through `export *` too, as the type checker sees it) and every name that production code outside
 * the module imports from it (src/**, less `*.test.ts(x)`, `*.bench.ts` and `testing/` folders).
 * An exported symbol nobody outside imports fails the check: drop it from the index.ts (tests
 * import internal things from their own files). Kept without an importer, as the façade's contract:
 * the module's event names and error codes (`*_EVENTS`, `*_ERRORS`) and the types named in the
 * public method signatures of an exported class that is used (a service's views and inputs).
 *
 * Run: `npx tsx scripts/check-facades.ts` (npm run lint:facades). `--counts` prints the table of
 * exported and used symbols per module and never fails; `--who` also lists, for each unused
 * symbol, the test or tool files (tests/, bench/, scripts/, src tests) that import it through the index;
 * `--json` prints the symbols each index.ts keeps.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const modulesDir = path.join(root, 'src', 'modules');
const countsOnly = process.argv.includes('--counts');
const who = process.argv.includes('--who');
const json = process.argv.includes('--json');

const modules = readdirSync(modulesDir)
  .filter((m) => existsSync(path.join(modulesDir, m, 'index.ts')))
  .sort();
const indexFiles = new Map(modules.map((m) => [path.join(modulesDir, m, 'index.ts'), m]));

let checker: ts.TypeChecker;
const exportedByModule = new Map<string, Map<string, ts.Symbol>>();

/** Every symbol each index.ts exports, as the checker resolves `export *` and `export type *`. */
function exportedSymbols(): Map<string, string[]> {
  const configFile = ts.readConfigFile(path.join(root, 'tsconfig.json'), (f) => ts.sys.readFile(f));
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, root);
  const program = ts.createProgram({ rootNames: [...indexFiles.keys()], options: { ...parsed.options, noEmit: true } });
  checker = program.getTypeChecker();
  const result = new Map<string, string[]>();
  for (const [file, m] of indexFiles) {
    const source = program.getSourceFile(file);
    const symbol = source && checker.getSymbolAtLocation(source);
    if (!symbol) throw new Error(`cannot read the exports of ${file}`);
    const symbols = checker.getExportsOfModule(symbol);
    exportedByModule.set(m, new Map(symbols.map((s) => [s.getName(), s])));
    result.set(m, symbols.map((s) => s.getName()).sort());
  }
  return result;
}

/** The names of the types in the public method signatures of the exported classes `used` names. */
function signatureTypes(m: string, used: Set<string>): Set<string> {
  const names = new Set<string>();
  const seen = new Set<ts.Type>();
  const collect = (type: ts.Type, depth: number): void => {
    if (depth > 4 || seen.has(type)) return;
    seen.add(type);
    if (type.aliasSymbol) names.add(type.aliasSymbol.getName());
    for (const arg of type.aliasTypeArguments ?? []) collect(arg, depth + 1);
    if (type.symbol && type.flags & ts.TypeFlags.Object) {
      const name = type.symbol.getName();
      if (!name.startsWith('__')) names.add(name);
      // an inline object type ({ created: boolean; view: CandidacyView }): the types of its fields
      else if ((type as ts.ObjectType).objectFlags & ts.ObjectFlags.Anonymous && !type.getCallSignatures().length) {
        for (const property of type.getProperties()) collect(checker.getTypeOfSymbol(property), depth + 1);
      }
    }
    if (type.isUnionOrIntersection()) for (const t of type.types) collect(t, depth + 1);
    if (type.flags & ts.TypeFlags.Object && (type as ts.ObjectType).objectFlags & ts.ObjectFlags.Reference) {
      for (const arg of checker.getTypeArguments(type as ts.TypeReference)) collect(arg, depth + 1);
    }
  };
  for (const [name, exported] of exportedByModule.get(m)!) {
    if (!used.has(name)) continue;
    const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(target.flags & ts.SymbolFlags.Class)) continue;
    for (const member of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))) {
      // methods, and arrow functions held in properties (`apply = (p, input: ApplyInput) => …`)
      const declaration = member.valueDeclaration;
      if (!declaration || !(ts.isMethodDeclaration(declaration) || ts.isPropertyDeclaration(declaration))) continue;
      if (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      if (member.getName().startsWith('#')) continue;
      for (const signature of checker.getTypeOfSymbol(member).getCallSignatures()) {
        for (const parameter of signature.getParameters()) collect(checker.getTypeOfSymbol(parameter), 0);
        collect(signature.getReturnType(), 0);
      }
    }
  }
  return names;
}

const isContract = (name: string) => /_(EVENTS|ERRORS)$/.test(name);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    const full = path.join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (/\.tsx?$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier.replace(/\.js$/, ''));
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (indexFiles.has(candidate)) return candidate;
  }
  return undefined;
}

const isProduction = (file: string) => file.startsWith(path.join(root, 'src') + path.sep) && !/\.(test|bench)\.tsx?$/.test(file) && !file.split(path.sep).includes('testing');
const moduleOf = (file: string) => {
  const rel = path.relative(modulesDir, file);
  return rel.startsWith('..') ? undefined : rel.split(path.sep)[0];
};

/** module → imported name → importing files ('*' for a namespace import or a bare dynamic import). */
function importedNames(files: string[]): Map<string, Map<string, Set<string>>> {
  const used = new Map<string, Map<string, Set<string>>>(modules.map((m) => [m, new Map()]));
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('index') && !/modules\//.test(text)) continue;
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const record = (specifier: string, name: string) => {
      const target = resolve(file, specifier);
      if (!target) return;
      const m = indexFiles.get(target)!;
      if (moduleOf(file) === m) return;
      const names = used.get(m)!;
      if (!names.has(name)) names.set(name, new Set());
      names.get(name)!.add(path.relative(root, file));
    };
    const visit = (node: ts.Node): void => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = node.moduleSpecifier.text;
        const clause = node.importClause;
        if (clause?.name) record(spec, 'default');
        const bindings = clause?.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) record(spec, '*');
        if (bindings && ts.isNamedImports(bindings)) for (const e of bindings.elements) record(spec, (e.propertyName ?? e.name).text);
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const spec = node.moduleSpecifier.text;
        if (!node.exportClause || ts.isNamespaceExport(node.exportClause)) record(spec, '*');
        else for (const e of node.exportClause.elements) record(spec, (e.propertyName ?? e.name).text);
      } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
        let q: ts.EntityName | undefined = node.qualifier;
        while (q && ts.isQualifiedName(q)) q = q.left;
        record(node.argument.literal.text, q ? q.text : '*');
      } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
        const [arg] = node.arguments;
        if (arg && ts.isStringLiteral(arg)) {
          // `(await import('…/index')).name`: the name read; otherwise the whole module
          const parent = ts.isAwaitExpression(node.parent) ? node.parent.parent : node.parent;
          const access = ts.isParenthesizedExpression(parent) ? parent.parent : undefined;
          record(arg.text, access && ts.isPropertyAccessExpression(access) ? access.name.text : '*');
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return used;
}

const exported = exportedSymbols();
const allFiles = [...walk(path.join(root, 'src')), ...['tests', 'bench', 'scripts'].flatMap((d) => (existsSync(path.join(root, d)) ? walk(path.join(root, d)) : []))];
const production = importedNames(allFiles.filter(isProduction));
const others = who ? importedNames(allFiles.filter((f) => !isProduction(f))) : undefined;

let failures = 0;
const rows: string[] = [];
const kept: Record<string, string[]> = {};
for (const m of modules) {
  const names = exported.get(m)!;
  const usedNames = production.get(m)!;
  const wholeModule = usedNames.has('*');
  const contract = signatureTypes(m, new Set(usedNames.keys()));
  const unused = wholeModule ? [] : names.filter((n) => !usedNames.has(n) && !isContract(n) && !contract.has(n));
  kept[m] = names.filter((n) => !unused.includes(n));
  rows.push(
    `${m.padEnd(14)} ${String(names.length).padStart(4)} exported ${String(names.length - unused.length).padStart(4)} used outside or contract${wholeModule ? ' (a namespace import reads it all)' : ''}`,
  );
  if (unused.length === 0 || countsOnly || json) continue;
  failures += unused.length;
  console.error(`src/modules/${m}/index.ts exports ${unused.length} symbol(s) no other module, adapter or bootstrap file imports:`);
  for (const n of unused) {
    const users = others?.get(m)?.get(n);
    console.error(`  ${n}${users ? `  (imported through the index by ${[...users].join(', ')})` : ''}`);
  }
}
if (json) {
  // the symbols each index.ts should keep (for a tool that narrows the façades)
  console.log(JSON.stringify(kept));
  process.exit(0);
}
console.log(rows.join('\n'));
if (failures) {
  console.error(`\n${failures} façade export(s) used by no one outside their module: remove them from index.ts (tests import the internal file).`);
  process.exit(1);
}
