import type { IrObjectType } from "../ir.js";

/**
 * Phrases that say a field is returned only in some answers ("Request ID.
 * Returned when the request fails.", "(successful request does not return)",
 * "当请求失败时会返回"), in English and Chinese. Matched in lower case.
 */
const CONDITIONAL_PRESENCE: readonly RegExp[] = [
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

/** Words that make a field of a response envelope an error detail, present only when a request fails. */
const ERROR_DETAIL: readonly RegExp[] = [/\berror code\b/, /错误码/];

/**
 * Whether a field of a table that has no "required" column is always present.
 * Response tables and DTOs read from the API's answers state what is returned,
 * so a field is required unless its description says it is returned only
 * sometimes; in the response envelope itself, an error detail (an error code)
 * is returned only when the request fails.
 *
 * @param description The field's description.
 * @param role What the table defines.
 * @returns Whether the field is always present.
 */
export function isAlwaysPresent(description: string, role: IrObjectType["role"]): boolean {
  const text = description.toLowerCase();
  if (CONDITIONAL_PRESENCE.some((phrase) => phrase.test(text))) return false;
  return !(role === "response" && ERROR_DETAIL.some((phrase) => phrase.test(text)));
}
