/**
 * Every word doc2sdk recognises in pages, in English and Chinese, as data:
 * section labels, guide labels, column headers, yes/no words, type words,
 * presence phrases. Parse and lower read these tables and nothing else, and
 * `test/vocabulary.test.ts` enumerates them. Teaching the generator a new label
 * is one line here plus a test row.
 *
 * Patterns match text already normalised by `normaliseLabel` (lower case,
 * markup and punctuation such as `:` `?` `()` made spaces) unless said otherwise.
 */

/** The sections of a method page. */
export type SectionKind = "method-name" | "request" | "response" | "sample-code" | "data-structure" | "other";

/** What a table column holds. */
export type ColumnRole = "name" | "type" | "required" | "default" | "description" | "example";

/** The labelled lines of an endpoint in a guide ("Interface address: `POST` `https://…`"). */
export type EndpointLabel = "address" | "description" | "method-name" | "headers" | "parameters" | "example";

/** Section headings, first match wins (so "request header" is not taken for the request section). */
export const SECTION_LABELS: ReadonlyArray<readonly [SectionKind, RegExp]> = [
  ["method-name", /method name|方法名/],
  ["other", /request header|请求头/],
  ["request", /request param|^param(eter)?s?$|^request$|请求参数|^参数$/],
  ["response", /response|^return(ed)? (data|value)|返回|响应/],
  ["sample-code", /(sample|example|demo) code|^code example|示例代码|代码示例/],
  ["data-structure", /data structure|数据结构/],
];

/** Column headers, first match wins (so "Default value" is not taken for the name column). */
export const COLUMN_LABELS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
  ["required", /requir|mandatory|必填|必选|是否必/],
  ["default", /default|默认/],
  ["example", /example|sample|示例|样例/],
  ["description", /descr|meaning|explanation|comment|描述|说明|含义/],
  ["type", /type|类型/],
  ["name", /name|param|field|key|名称|参数|字段/],
];

/** Column headers as the docs website prints them, glued together when a table is flattened (`NameType`); matched case-insensitively, longest first. */
export const FLATTENED_COLUMN_HEADERS: readonly string[] = [
  "Is it required?", "Is it required", "Default value", "Sample value", "Example value", "Description", "Required", "Name", "Type",
  "是否必填", "默认值", "示例值", "描述", "说明", "必填", "名称", "类型",
];

/** Yes/no words of a required cell glued between a type and a default (`stringYes-…`): only those no type word or value starts with. */
export const FLATTENED_YES_NO: readonly string[] = ["yes", "no", "是", "否"];

/** Labels of an endpoint's lines in a guide, matched on the text before the colon (raw, case-insensitive). */
export const ENDPOINT_LABELS: ReadonlyArray<readonly [EndpointLabel, RegExp]> = [
  ["address", /^(?:interface|endpoint|api|request)\s+(?:address|url)$|^(?:接口|请求)地址$/i],
  ["description", /^(?:interface|endpoint|api)\s+description$|^接口(?:描述|说明)$/i],
  ["method-name", /^sdk\s+method$|^sdk\s*方法$/i],
  ["headers", /^request\s+headers?$|^请求头$/i],
  ["parameters", /^request\s+(?:parameters|body)$|^请求(?:参数|体)$/i],
  ["example", /^(?:return(?:ed)?\s+data|response\s+example|example\s+response)$|^返回(?:数据|示例|值)$|^响应示例$/i],
];

/** The label of the line that names a table's type: `Type: IsSuccessRespDto`, `类型：…` (raw, case-insensitive). */
/** `Client.method` (in backticks or not), as a Method name section or an `SDK method:` line writes it. */
export const QUALIFIED_NAME = /^`?\s*([A-Z]\w*Client)\s*\.\s*([A-Za-z_]\w*)\s*(\(\))?\s*`?$/;

/** A placeholder a reader replaces in a documented URL: `{{CALLBACK_URL}}`, `{state}` or `<state>`. */
export const PLACEHOLDER = /^(?:\{\{[^}]*\}\}|\{[^}]*\}|<[^>]*>)$/;

export const TYPE_LINE_LABEL = /^(?:type|类型)\s*[:：]/i;

/** Required-column words for yes (lower case, markup removed). */
export const YES_WORDS: ReadonlySet<string> = new Set(["yes", "y", "true", "required", "是", "必填", "必须", "✓", "✔"]);
/** Required-column words for no. */
export const NO_WORDS: ReadonlySet<string> = new Set(["no", "n", "false", "optional", "否", "非必填", "可选", "-", ""]);
/** Words that machine translation put where "yes" was meant: read as yes, with a warning. */
export const READ_AS_YES: ReadonlySet<string> = new Set(["is", "yes."]);

/** Type words that name a primitive, and which one (`any` and its kin are `unknown`). */
export const PRIMITIVE_TYPE_WORDS: Readonly<Record<string, "string" | "number" | "boolean" | "unknown">> = {
  string: "string",
  str: "string",
  number: "number",
  integer: "number",
  int: "number",
  float: "number",
  double: "number",
  long: "number",
  boolean: "boolean",
  bool: "boolean",
  any: "unknown",
  unknown: "unknown",
  mixed: "unknown",
};

/** Type words for a container whose element or value type the row gives elsewhere (a link, "Nested type: X"). */
export const ARRAY_TYPE_WORDS: ReadonlySet<string> = new Set(["array", "list"]);
/** Type words for an object of any shape. */
export const OBJECT_TYPE_WORDS: ReadonlySet<string> = new Set(["object", "json", "map"]);
/** The type word of an enum table's rows. */
export const ENUM_TYPE_WORD = "enum";

/**
 * Phrases that say a field is returned only in some answers ("Returned when
 * the request fails", "(successful request does not return)",
 * "当请求失败时会返回"), matched in lower case.
 */
export const CONDITIONAL_PRESENCE: readonly RegExp[] = [
  /\bnot (?:be )?returned\b/,
  /\b(?:does|do|will) not (?:be )?return\b/,
  /\bsuccessful requests? (?:is |are )?not return/,
  /\b(?:only )?returned (?:only )?(?:when|if|on|in case)\b/,
  /\bwhen the (?:request|call) fails\b/,
  /\b(?:present|included|set) (?:only )?(?:when|if|on)\b/,
  /\bonly (?:be )?returned\b/,
  /\bmay be (?:empty|absent|omitted)\b/,
  /失败时(?:会)?返回/,
  /(?:成功|正常)(?:请求|时)?(?:不|不会)返回/,
  /不(?:一定|会)?返回/,
  /仅(?:在|当).{0,20}返回/,
];

/** Parameter names that hold a page number. */
export const PAGE_PARAMETERS: readonly string[] = ["page", "pageNo", "pageNum", "pageNumber", "pageIndex"];
/** Parameter names that hold a page size. */
export const PAGE_SIZE_PARAMETERS: readonly string[] = ["limit", "pageSize", "size", "perPage"];
/** Response fields that hold the total number of items across pages. */
export const TOTAL_FIELD = /^total(count|num|number)?$/i;

/** Words that make a field of a response envelope an error detail, present only when a request fails. */
export const ERROR_DETAIL: readonly RegExp[] = [/\berror code\b/, /错误码/];

/**
 * Words that introduce a list of examples rather than every allowed value
 * ("External identity source type, such as:", "例如："), matched in lower case
 * against the text just before the list: such a field stays a string.
 */
export const EXAMPLE_LIST_LEADS: readonly RegExp[] = [/\bsuch as\s*[:：]?$/, /\bfor (?:example|instance)\s*[:：,]?$/, /\be\.g\.\s*[:：,]?$/, /(?:例如|比如|诸如|如)\s*[:：]?$/];

/** Where the docs website's footer begins, after the page (raw, case-insensitive). */
export const WEBSITE_FOOTER = /^\s*(previous article|next article|上一篇|下一篇)/i;
/** The docs website's chrome inside a page: update time and the edit link (raw, case-insensitive). */
export const WEBSITE_CHROME = /^\s*(update time|更新时间)\s*[:：]|^\s*(edit|编辑)\s*$/i;

/**
 * Reduce a label to its words: lower case, markup and punctuation removed.
 *
 * @param text A heading, a column header or a label.
 * @returns The normalised text the tables above match.
 */
export function normaliseLabel(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`*_:：?？()（）]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The first entry of a table whose pattern matches.
 *
 * @param table A vocabulary table.
 * @param text The text to classify (normalised or raw, as the table says).
 * @returns The entry's value, or null.
 */
export function firstMatch<T>(table: ReadonlyArray<readonly [T, RegExp]>, text: string): T | null {
  for (const [value, pattern] of table) if (pattern.test(text)) return value;
  return null;
}
