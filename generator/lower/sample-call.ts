/**
 * The call a page's sample code makes, without the setup around it (imports,
 * client construction, the async wrapper, logging): the statement that calls
 * the method, through its closing parenthesis, dedented. This is what a reader
 * wants to see when hovering the method.
 *
 * @param code The sample code block.
 * @param method The documented method name (`deleteAccount`, or `delete_account` on a Python page).
 * @returns The call statement, or null when the sample has no call to the method.
 */
export function sampleCall(code: string, method: string): string | null {
  const lines = code.replace(/\r\n?/g, "\n").split("\n");
  const call = new RegExp(`\\.${escape(method)}\\s*\\(`);
  // Only a line that names the method can call it: the others are not matched (sample code is most of a page's lines).
  const named = `.${method}`;
  const callAt = lines.findIndex((line) => line.includes(named) && call.test(line));
  if (callAt < 0) return null;
  let depth = 0;
  let end = -1;
  scan: for (let index = callAt; index < lines.length; index++) {
    const line = stripStrings(lines[index]!);
    const from = index === callAt ? line.search(call) : 0;
    for (const character of line.slice(from)) {
      if (character === "(" || character === "{" || character === "[") depth++;
      else if (character === ")" || character === "}" || character === "]") {
        depth--;
        if (depth === 0) {
          end = index;
          break scan;
        }
      }
    }
  }
  if (end < 0) return null;
  const statement = lines.slice(callAt, end + 1);
  const indent = Math.min(...statement.filter((line) => line.trim() !== "").map((line) => /^\s*/.exec(line)![0].length));
  const text = statement.map((line) => line.slice(indent)).join("\n").replace(/\s+$/, "");
  return /[;)]$/.test(text) && !text.endsWith(";") ? `${text};` : text;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A line with its string literals emptied, so brackets inside strings are not counted. */
function stripStrings(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""').replace(/\/\/.*$/, "");
}
