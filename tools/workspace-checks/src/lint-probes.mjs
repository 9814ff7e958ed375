// Lints code snippets as if they sat at given paths; reads [{file, code}] as JSON on stdin
// and prints each one's rule messages. Runs outside Jest because ESLint loads its flat
// config with a native dynamic import.
import { ESLint } from 'eslint';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const results = [];
for (const { file, code } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath: file });
  results.push(result.messages.map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
