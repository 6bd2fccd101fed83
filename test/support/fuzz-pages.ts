import fc from "fast-check";
import type { InputPage } from "../../generator/analyse-pages.js";

/** Names that have broken generated code, or could: keywords, built-ins, runtime exports, base-class members, and no identifiers at all. */
const HOSTILE_NAMES = [
  "class", "default", "delete", "new", "constructor", "request", "setAccessToken", "buildUrl", "authorize", "toString", "__proto__",
  "Promise", "Array", "Record", "string", "any", "RequestOptions", "ApiClient", "SDK_INFO", "ClientOptions", "GenAuthApiError",
  "ManagementClientBase", "get.user", "kick--", "2fa", "a b", "名字", "x$y", "_", "$", "AuthenticationClient", "ManagementClient",
  "deleteAccount", "getUser", "UserDto", "IsSuccessDto",
];
const PLAIN_NAMES = ["alpha", "beta", "gamma", "listThings", "getThing", "ThingDto", "OtherDto"];
const TYPES = ["string", "number", "boolean", "object", "array", "string[]", "ThingDto", "OtherDto", "ThingDto[]", "enum", "strnig", "Map<x>", "", "`class`", "UserDto"];
const CELL_TEXT = ["d", "yes", "no", "-", "`x`", "*/ evil", "\\u2028", "${x}", "`\\`", "<br>- `a`: A<br>- `b`: B", "\"quoted\"", "line\\nbreak"];

const name = fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.constantFrom(...PLAIN_NAMES), fc.stringMatching(/^[A-Za-z_$][\w$.-]{0,12}$/));
const cell = fc.oneof(fc.constantFrom(...CELL_TEXT), fc.string({ maxLength: 12 }).map((text) => text.replace(/[|\n\r]/g, " ")));

/** An example result: hostile keys, nested objects and lists, sometimes cut off before its end. */
const exampleValue = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.constantFrom("s", 1, true, null),
    fc.dictionary(name, tie("value"), { maxKeys: 4 }),
    fc.array(tie("value"), { maxLength: 2 }),
  ),
})).value;
const example = fc.record({ data: fc.oneof(fc.dictionary(name, exampleValue, { minKeys: 1, maxKeys: 5 }), exampleValue), cutAt: fc.option(fc.nat()) }).map(({ data, cutAt }) => {
  const text = JSON.stringify({ statusCode: 200, data });
  return cutAt === null ? text : text.slice(0, cutAt % (text.length + 1));
});

const row = fc.record({ name, type: fc.constantFrom(...TYPES), required: fc.constantFrom("Yes", "No", "is", "maybe"), description: cell });

const page = fc.record({
  file: fc.oneof(fc.constantFrom(...HOSTILE_NAMES), fc.constantFrom(...PLAIN_NAMES)).map((stem) => stem.replace(/[\\/\s]/g, "-")),
  client: fc.oneof(fc.constantFrom("AuthenticationClient", "ManagementClient"), fc.constantFrom("ApiClient", "class", "Promise", "Other", "SdkError")),
  method: name,
  withMethodSection: fc.boolean(),
  params: fc.array(row, { maxLength: 4 }),
  responseType: fc.oneof(fc.constantFrom("string", "IsSuccessRespDto"), name),
  // The response's data field is typed ThingDto: often defined, so that its example is read against it.
  dtos: fc.array(fc.record({ name: fc.oneof(fc.constant("ThingDto"), name), rows: fc.array(row, { maxLength: 3 }), cutOff: fc.boolean() }), { maxLength: 2 }),
  example: fc.option(example),
  garbage: fc.option(fc.record({ at: fc.nat(), text: fc.constantFrom("|", "| --- |", "```", "\n\n", "<a id=\"", "## ", "\u0000", "\u2028") })),
});

type PageSpec = typeof page extends fc.Arbitrary<infer T> ? T : never;

/** One page's markdown. */
function pageText(spec: PageSpec): string {
  const table = (rows: typeof spec.params, withRequired: boolean, cutOff = false) => {
    const lines = [
      withRequired ? "| Name | Type | Required | Description |" : "| Name | Type | Description |",
      withRequired ? "| - | - | - | - |" : "| - | - | - |",
      ...rows.map((item) => (withRequired ? `| ${item.name} | ${item.type} | ${item.required} | ${item.description} |` : `| ${item.name} | ${item.type} | ${item.description} |`)),
    ];
    // A page cut off inside the table's last row.
    if (cutOff && rows.length > 0) lines[lines.length - 1] = lines[lines.length - 1]!.replace(/\s*\|[^|]*\|$/, "");
    return lines;
  };
  const lines = [
    "# Title",
    "",
    ...(spec.withMethodSection ? ["## Method name", "", "`" + `${spec.client}.${spec.method}` + "`", ""] : []),
    "## Request parameters",
    "",
    ...table(spec.params, true),
    "",
    "## Request response",
    "",
    `Type: \`${spec.responseType}\``,
    "",
    ...table([{ name: "statusCode", type: "number", required: "Yes", description: "code" }, { name: "data", type: "ThingDto", required: "Yes", description: "data" }], false),
    "",
    ...(spec.example === null ? [] : ["Sample result:", "", "```json", spec.example, "```", ""]),
    "## Data structure",
    "",
    ...spec.dtos.flatMap((dto) => [`### <a id="${dto.name}"></a> ${dto.name}`, "", ...table(dto.rows, true, dto.cutOff), ""]),
  ];
  const text = lines.join("\n");
  if (!spec.garbage) return text;
  const at = spec.garbage.at % (text.length + 1);
  return text.slice(0, at) + spec.garbage.text + text.slice(at);
}

/** A set of 1 to 8 docs pages with hostile names, types and text. */
export const pageSet: fc.Arbitrary<InputPage[]> = fc.array(page, { minLength: 1, maxLength: 8 }).map((specs) =>
  specs.map((spec, index) => ({ file: `docs/${index}/${spec.file}.md`, text: pageText(spec) })),
);
