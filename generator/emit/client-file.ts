import type { IrClient, IrMethod } from "../ir.js";
import { classMethodView, clientToView, functionsModuleOf, functionsToView, functionView, iteratorToView, methodToView, type ClientView, type FunctionsModule, type FunctionsView } from "./client.js";
import { render, type TemplateSet } from "./templates.js";

/**
 * What `client.ts.hbs` prints for one client: its view, with each method rendered.
 *
 * @param client A client of the IR.
 * @param templates The templates.
 * @param source What to name in the do-not-edit header.
 * @param renderMethod Renders one method.
 * @returns The view.
 */
export function clientFileView(client: IrClient, templates: TemplateSet, source: string, renderMethod: (method: IrMethod, templates: TemplateSet) => string = methodText): ClientView {
  return clientToView(client, source, client.methods.map((method) => renderMethod(method, templates)));
}

/**
 * What `functions.ts.hbs` prints for one client: its view, with each function rendered.
 *
 * @param client A client of the IR.
 * @param templates The templates.
 * @param source What to name in the do-not-edit header.
 * @param renderFunction Renders one method's function.
 * @returns The view.
 */
export function functionsFileView(
  client: IrClient,
  templates: TemplateSet,
  source: string,
  renderFunction: (method: IrMethod, templates: TemplateSet, module: FunctionsModule) => string = functionText,
): FunctionsView {
  const module = functionsModuleOf(client);
  return functionsToView(client, source, client.methods.map((method) => renderFunction(method, templates, module)));
}

/**
 * One class method (and its iterator) rendered with `method.ts.hbs`, without
 * the final line break: each delegates to its standalone function.
 *
 * @param method A method of the IR.
 * @param templates The templates.
 * @returns The method's text inside the class.
 */
export function methodText(method: IrMethod, templates: TemplateSet): string {
  return viewsOf(method)
    .map((view) => render(templates.method, classMethodView(view)).replace(/\n$/, ""))
    .join("\n\n");
}

/**
 * One method's standalone function (and its iterator's) rendered with
 * `function.ts.hbs`, without the final line break.
 *
 * @param method A method of the IR.
 * @param templates The templates.
 * @param module The functions module: the client's runtime class, the type of the functions' first parameter, and the names it binds.
 * @returns The functions' text.
 */
export function functionText(method: IrMethod, templates: TemplateSet, module: FunctionsModule): string {
  return viewsOf(method, module.bound)
    .map((view) => render(templates.function, functionView(view, module)).replace(/\n$/, ""))
    .join("\n\n");
}

function viewsOf(method: IrMethod, bound: ReadonlySet<string> = new Set()) {
  return method.pagination ? [methodToView(method), iteratorToView(method, method.pagination, bound)] : [methodToView(method)];
}
