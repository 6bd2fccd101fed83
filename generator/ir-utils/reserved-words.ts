/** Words that cannot name a class, an interface, a type alias or a function of a module. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum", "export", "extends",
  "false", "finally", "for", "function", "if", "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
  "throw", "true", "try", "typeof", "var", "void", "while", "with", "implements", "interface", "let", "package", "private",
  "protected", "public", "static", "yield", "await", "any", "unknown", "never", "object", "string", "number", "boolean",
  "symbol", "bigint", "undefined", "type", "declare", "namespace", "module", "keyof", "readonly", "infer", "is", "asserts",
  "satisfies", "as", "require", "arguments", "eval",
]);
