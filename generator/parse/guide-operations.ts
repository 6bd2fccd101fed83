import type { Nodes, RootContent } from "mdast";
import { diagnostic, type Diagnostic } from "../diagnostics.js";
import type { EndpointSection, LinkTemplate, TextAt } from "../page.js";
import { ENDPOINT_LABELS, firstMatch, PLACEHOLDER, type EndpointLabel } from "../vocabulary.js";
import { inlineText } from "./inline-text.js";
import { locationOf } from "./location.js";
import { readTable } from "./table.js";


const LABELLED_LINE = /^([^:：]{2,40})[:：]\s*([\s\S]*)$/;
const VERB_AND_URL = /^(GET|POST|PUT|PATCH|DELETE)\s+((?:https?:\/\/|\/)\S.*)$/i;
const ABSOLUTE_URL_WITH_QUERY = /^https?:\/\/[^\s?]+\?(\S+)$/;

/** What a guide documents beyond prose: endpoints and link templates. */
export interface GuideOperations {
  endpoints: EndpointSection[];
  links: LinkTemplate[];
  diagnostics: Diagnostic[];
}

/**
 * Find the HTTP endpoints and front-channel link templates a guide page
 * documents. An endpoint starts at an "Interface address: `VERB` `URL`" line;
 * the "Request header", "Request parameters" and "Return data" lines after it
 * (in the same section) name the table or code block that follows them.
 *
 * @param nodes Top-level nodes of the page.
 * @param file Path of the page.
 * @returns The endpoints and links in page order, and diagnostics.
 */
export function readGuideOperations(nodes: readonly RootContent[], file: string): GuideOperations {
  const found: GuideOperations = { endpoints: [], links: [], diagnostics: [] };
  let heading: TextAt | null = null;
  let current: EndpointSection | null = null;
  let slot: "headers" | "parameters" | "example" | null = null;
  let pendingDescription = "";

  const visit = (node: Nodes): void => {
    const place = locationOf(node, file);
    if (node.type === "heading") {
      if (node.depth > 1) heading = { text: inlineText(node).text, place };
      current = null;
      slot = null;
      pendingDescription = "";
      return;
    }
    if (node.type === "list") {
      for (const item of node.children) for (const child of item.children) visit(child);
      return;
    }
    if (node.type === "table") {
      if (!current || (slot !== "headers" && slot !== "parameters")) return;
      const read = readTable(node, file);
      found.diagnostics.push(...read.diagnostics);
      if (read.table) current[slot] = read.table;
      slot = null;
      return;
    }
    if (node.type === "code") {
      if (current && slot === "example") current.example = { text: node.value, place };
      slot = null;
      return;
    }
    if (node.type !== "paragraph") return;
    const text = inlineText(node).text;
    const labelled = LABELLED_LINE.exec(text);
    const label = labelled ? labelOf(labelled[1]!) : null;
    if (!label) {
      collectLinks(node, heading, text, file, found.links);
      return;
    }
    const rest = labelled![2]!.trim();
    if (label === "address") {
      const endpoint = endpointAt(rest, place, heading, pendingDescription);
      if (!endpoint) {
        found.diagnostics.push(diagnostic("warning", "endpoint-address", `Unexpected interface address \`${rest.replace(/`/g, "")}\`, expected a verb and a URL such as \`POST\` \`https://host/api/items\`; endpoint skipped`, place));
        return;
      }
      found.endpoints.push(endpoint);
      current = endpoint;
      slot = null;
      pendingDescription = "";
      return;
    }
    if (label === "description") {
      if (current && current.description === "") current.description = rest;
      else pendingDescription = rest;
      return;
    }
    if (label === "method-name") {
      if (current) current.methodName = { text: rest, place };
      return;
    }
    slot = label;
    if (label === "example" && current && rest.startsWith("{")) current.example = { text: rest, place };
  };

  for (const node of nodes) visit(node);
  return found;
}

function labelOf(text: string): EndpointLabel | null {
  return firstMatch(ENDPOINT_LABELS, text.trim().replace(/\s+/g, " "));
}

function endpointAt(rest: string, place: TextAt["place"], heading: TextAt | null, description: string): EndpointSection | null {
  const match = VERB_AND_URL.exec(rest.replace(/`/g, " ").replace(/\s+/g, " ").trim());
  if (!match) return null;
  return {
    heading,
    description,
    verb: { text: match[1]!, place },
    url: { text: match[2]!, place },
    methodName: null,
    headers: null,
    parameters: null,
    example: null,
  };
}

function collectLinks(node: Nodes, heading: TextAt | null, description: string, file: string, links: LinkTemplate[]): void {
  if (!("children" in node)) return;
  for (const child of node.children) {
    if (child.type === "inlineCode") {
      const url = child.value.trim();
      if (isLinkTemplate(url)) links.push({ heading, description, url: { text: url, place: locationOf(child, file) } });
      continue;
    }
    collectLinks(child, heading, description, file, links);
  }
}

/**
 * Whether inline code is a link template: an absolute URL whose query has a
 * key on every pair and, for at least one, a placeholder or empty value.
 *
 * @param url The inline code, trimmed.
 * @returns True for `https://app/logout?redirect_uri={{CALLBACK_URL}}`, false for `https://app/u?tab=1`.
 */
export function isLinkTemplate(url: string): boolean {
  const query = ABSOLUTE_URL_WITH_QUERY.exec(url)?.[1];
  if (!query) return false;
  const values = query.split("&").map((pair) => (pair.includes("=") ? { key: pair.slice(0, pair.indexOf("=")), value: pair.slice(pair.indexOf("=") + 1) } : { key: pair, value: null }));
  return values.every(({ key }) => key !== "") && values.some(({ value }) => value === "" || (value !== null && PLACEHOLDER.test(value)));
}
