// @ts-check
/**
 * A TypeDoc plugin for the API pages, doing two things.
 *
 * 1. Every rule id named under `@see` (`@see voiceroom.speaker-cap`) becomes a link to that rule's
 *    section of the rule catalogue page (docs/rules.md, a project document). Relative URLs depend on
 *    the page, so links carry a placeholder that is resolved when each page is written.
 * 2. Signatures show the type names the source wrote. TypeDoc converts a parameter or return type
 *    from its resolved type, which loses the name of an alias whose type is computed (`z.input<...>`,
 *    `keyof typeof RULES`): `applyVoiceRoomEvent(room, event: VoiceRoomEvent)` would print the
 *    event union in full, 60 lines. Where the declared type mentions a type alias by name, the type
 *    is converted from the declaration instead, so the page reads `event: VoiceRoomEvent` with a link
 *    to the alias's own page. Inline types and inferred ones are left as TypeDoc converts them.
 */
import ts from 'typescript';
import { Converter, Renderer, DocumentReflection } from 'typedoc';

const RULE_ID = /\b(voiceroom|calls|policy|support|kakaopage)\.[a-z0-9-]+\b/g;
const PLACEHOLDER = '__KAKAO_RULES_CATALOGUE__';

/**
 * Whether the type node names a type alias somewhere (`VoiceRoomEvent`, `readonly RestrictionLevel[]`).
 * @param {ts.Node} node
 * @param {ts.TypeChecker} checker
 * @returns {boolean}
 */
function namesAlias(node, checker) {
  if (ts.isTypeQueryNode(node)) return false; // `typeof x`: keep the resolved type, x may be private
  if (ts.isTypeReferenceNode(node)) {
    let symbol = checker.getSymbolAtLocation(node.typeName);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    if (symbol !== undefined && symbol.flags & ts.SymbolFlags.TypeAlias) return true;
  }
  return ts.forEachChild(node, (child) => (namesAlias(child, checker) ? true : undefined)) === true;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, declaration) => {
    if (declaration === undefined || !ts.isFunctionLike(declaration)) return;
    const scope = context.withScope(signature);
    for (const parameter of signature.parameters ?? []) {
      const node = declaration.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === parameter.name)?.type;
      if (node !== undefined && namesAlias(node, context.checker))
        parameter.type = scope.converter.convertType(scope.withScope(parameter), node);
    }
    const returned = declaration.type;
    if (returned !== undefined && namesAlias(returned, context.checker))
      signature.type = scope.converter.convertType(scope, returned);
  });

  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of Object.values(context.project.reflections)) {
      const comments = [
        reflection.comment,
        ...('signatures' in reflection && Array.isArray(reflection.signatures)
          ? reflection.signatures.map((s) => s.comment)
          : []),
      ];
      for (const comment of comments) {
        for (const tag of comment?.blockTags ?? []) {
          if (tag.tag !== '@see') continue;
          tag.content = tag.content.flatMap((part) => {
            if (part.kind !== 'text') return [part];
            const out = [];
            let last = 0;
            for (const m of part.text.matchAll(RULE_ID)) {
              if (m.index > last) out.push({ kind: 'text', text: part.text.slice(last, m.index) });
              out.push({
                kind: 'inline-tag',
                tag: '@link',
                text: m[0],
                target: `${PLACEHOLDER}#${m[0].replace(/[^a-z0-9-]/g, '')}`,
              });
              last = m.index + m[0].length;
            }
            if (last < part.text.length) out.push({ kind: 'text', text: part.text.slice(last) });
            return /** @type {import('typedoc').CommentDisplayPart[]} */ (out);
          });
        }
      }
    }
  });

  app.renderer.on(Renderer.EVENT_END_PAGE, (page) => {
    if (page.contents === undefined || !page.contents.includes(PLACEHOLDER)) return;
    const doc = Object.values(page.project.reflections).find(
      (r) => r instanceof DocumentReflection && r.name === 'rules',
    );
    if (doc === undefined || app.renderer.router === undefined)
      throw new Error('typedoc-rule-links: docs/rules.md is not among the project documents');
    const target = app.renderer.router.getFullUrl(doc);
    const depth = page.url.split('/').length - 1;
    page.contents = page.contents.replaceAll(PLACEHOLDER, `${'../'.repeat(depth)}${target}`);
  });
}
