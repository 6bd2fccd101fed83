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
  const source = code.includes("\r") ? code.replace(/\r\n?/g, "\n") : code;
  // The first line that calls the method (spaces between the name and the parenthesis, not a line break), and the
  // lines from it: the sample's setup before it is never split into lines.
  const found = callAt(source, method);
  if (found < 0) return null;
  const lines = source.slice(source.lastIndexOf("\n", found) + 1).split("\n");
  let depth = 0;
  let end = -1;
  scan: for (let index = 0; index < lines.length; index++) {
    const line = stripStrings(lines[index]!);
    const from = index === 0 ? callAt(line, method) : 0;
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
  const statement = lines.slice(0, end + 1);
  const indent = Math.min(...statement.filter((line) => line.trim() !== "").map((line) => /^\s*/.exec(line)![0].length));
  const text = statement.map((line) => line.slice(indent)).join("\n").replace(/\s+$/, "");
  return /[;)]$/.test(text) && !text.endsWith(";") ? `${text};` : text;
}

/** Where `text` first calls `method`: `.method`, spaces or tabs (no line break), then `(`; -1 when it does not. */
function callAt(text: string, method: string): number {
  const name = `.${method}`;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    let next = at + name.length;
    while (next < text.length && text[next] !== "\n" && SPACE.test(text[next]!)) next++;
    if (text[next] === "(") return at;
  }
  return -1;
}

const SPACE = /\s/;

/** A line with its string literals emptied, so brackets inside strings are not counted. */
function stripStrings(line: string): string {
  return line.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""').replace(/\/\/.*$/, "");
}
