import type { IrClient, IrMethod } from "../ir.js";
import { clientToView, methodToView } from "./client.js";
import type { EmitMemo } from "./emit-memo.js";
import { render, type TemplateSet } from "./templates.js";

/**
 * The text of one client module: each method rendered with `method.ts.hbs`,
 * then the class with `client.ts.hbs`.
 *
 * @param client A client of the IR.
 * @param templates The templates.
 * @param source What to name in the do-not-edit header.
 * @param memo Methods rendered by earlier emits of the same session; only methods that are new objects are rendered.
 * @returns The module text, the same with or without a memo.
 */
export function clientFileText(client: IrClient, templates: TemplateSet, source: string, memo?: EmitMemo): string {
  if (!memo) return render(templates.client, clientToView(client, source, client.methods.map((method) => methodText(method, templates))));
  return memo.files.reuse(`client ${client.name}`, [source, templates, ...client.methods], () =>
    render(templates.client, clientToView(client, source, client.methods.map((method) => memoisedMethodText(method, templates, memo)))),
  );
}

function methodText(method: IrMethod, templates: TemplateSet): string {
  return render(templates.method, methodToView(method)).replace(/\n$/, "");
}

function memoisedMethodText(method: IrMethod, templates: TemplateSet, memo: EmitMemo): string {
  let text = memo.methods.get(method);
  if (text === undefined) {
    text = methodText(method, templates);
    memo.methods.set(method, text);
  }
  return text;
}
