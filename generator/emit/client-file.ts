import type { IrClient, IrMethod } from "../ir.js";
import { clientToView, iteratorToView, methodToView } from "./client.js";
import { render, type TemplateSet } from "./templates.js";

/**
 * The text of one client module: each method rendered with `method.ts.hbs`,
 * then the class with `client.ts.hbs`.
 *
 * @param client A client of the IR.
 * @param templates The templates.
 * @param source What to name in the do-not-edit header.
 * @param renderMethod Renders one method (`methodText`, or a cached step in watch mode).
 * @returns The module text.
 */
export function clientFileText(
  client: IrClient,
  templates: TemplateSet,
  source: string,
  renderMethod: (method: IrMethod, templates: TemplateSet) => string = methodText,
): string {
  return render(templates.client, clientToView(client, source, client.methods.map((method) => renderMethod(method, templates))));
}

/**
 * One method rendered with `method.ts.hbs`, without its final line break.
 *
 * @param method A method of the IR.
 * @param templates The templates.
 * @returns The method's text inside the class.
 */
export function methodText(method: IrMethod, templates: TemplateSet): string {
  const text = render(templates.method, methodToView(method)).replace(/\n$/, "");
  if (!method.pagination) return text;
  return `${text}\n\n${render(templates.method, iteratorToView(method, method.pagination)).replace(/\n$/, "")}`;
}
