// Checks that the TextMate grammar (editors/vscode) colours what the tree-sitter queries
// capture: every character of a capture must carry the TextMate scope it maps to.
// Usage: node compare.js GRAMMAR.json CAPTURES.jsonl  (NODE_PATH: the extension's node_modules)
const fs = require('fs');
const path = require('path');
const textmate = require('vscode-textmate');
const oniguruma = require('vscode-oniguruma');

// tree-sitter capture -> TextMate scope prefix; punctuation is not compared.
const expected = {
  'markup.heading.1': 'markup.heading.1.readout',
  'markup.heading.2': 'markup.heading.2.readout',
  'markup.heading.3': 'markup.heading.3.readout',
  label: 'entity.name.label.meeting-id.readout|punctuation.definition.id',
  property: 'support.type.property-name.readout|punctuation.separator.key-value.readout',
  string: 'string.unquoted',
  'string.special': 'entity.name.person.readout',
  number: 'constant.numeric.date.readout',
  operator: 'keyword.operator.range.readout',
  variable: 'variable.other.handle.readout',
  type: 'entity.name.type.title.readout',
  namespace: 'entity.name.namespace',
  attribute: 'entity.other.attribute-name.flag.readout',
  keyword: 'keyword.other',
  comment: 'comment.block',
  'keyword.directive': 'keyword.control.directive.readout',
  constant: 'constant.other.rule.readout',
};

async function main() {
  const [grammarFile, capturesFile] = process.argv.slice(2);
  const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer);
  const registry = new textmate.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async () => textmate.parseRawGrammar(fs.readFileSync(grammarFile, 'utf8'), grammarFile),
  });
  const grammar = await registry.loadGrammar('source.readout');
  const tokensByFile = new Map();
  const tokensOf = (file) => {
    if (!tokensByFile.has(file)) {
      let state = textmate.INITIAL;
      const lines = fs.readFileSync(file, 'utf8').split(/\r?\n/).map((line) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return { line, tokens: result.tokens };
      });
      tokensByFile.set(file, lines);
    }
    return tokensByFile.get(file);
  };
  let checked = 0;
  const failures = [];
  for (const record of fs.readFileSync(capturesFile, 'utf8').split('\n').filter(Boolean)) {
    const capture = JSON.parse(record);
    const want = expected[capture.capture];
    if (!want) continue;
    const { line, tokens } = tokensOf(capture.file)[capture.row];
    // tree-sitter columns are UTF-8 bytes, TextMate's are UTF-16 code units.
    const bytes = Buffer.from(line, 'utf8');
    const start = bytes.subarray(0, capture.start).toString('utf8').length;
    const end = bytes.subarray(0, capture.end).toString('utf8').length;
    const pattern = new RegExp(`^(${want.split('|').map((s) => s.replace(/\./g, '\\.')).join('|')})`);
    for (const token of tokens) {
      if (token.endIndex <= start || token.startIndex >= end) continue;
      if (!token.scopes.some((scope) => pattern.test(scope))) {
        failures.push(`${path.basename(capture.file)}:${capture.row + 1}:${start + 1} ` +
          `"${line.slice(Math.max(start, token.startIndex), Math.min(end, token.endIndex))}" is @${capture.capture} ` +
          `in tree-sitter but ${token.scopes.slice(1).join(' ') || '(no scope)'} in TextMate`);
        break;
      }
    }
    checked++;
  }
  failures.slice(0, 30).forEach((f) => console.log(f));
  console.log(`${checked} captures compared, ${failures.length} differ`);
  process.exit(failures.length === 0 && checked > 0 ? 0 : 1);
}

main().catch((error) => { console.error(error); process.exit(1); });
